"""Streets whose kind comes first, as Romania and Poland write them, with the flat after the number: "Str. Republicii
nr. 79, bl. B16, sc. 3, ap. 43", "Bd. Unirii 123", "Șos. Pantelimon nr. 30", "ul. Mickiewicza 131 m. 16", "al.
Jerozolimskie 62 m. 34"; and Romania's six-digit postcode before the town right after such an address ("…, ap. 3,
900888 Constanța")."""

from __future__ import annotations

import re

from nlp.redaction.rules import Rule

_KIND = r"(?:Str\.|Strada|Bd\.|Bdul\.|Bulevardul|Șos\.|Şos\.|Sos\.|Calea|Aleea|ul\.|al\.|os\.|pl\.)"
_CAP = r"[A-ZĂÂÎȘŞȚŢĄĆĘŁŃÓŚŹŻ][\w'’.-]*"
_FLAT = r"(?:(?:,[ \t]*|[ \t]+)(?:bl|sc|ap|et|m)\.[ \t]*[A-Z]?\d{1,3}[A-Z]?){0,4}"
_STREET = rf"{_KIND}[ \t]+{_CAP}(?:[ \t]+{_CAP}){{0,2}}[ \t]+(?:nr\.[ \t]*)?\d{{1,4}}[A-Za-z]?{_FLAT}"

PREFIXED_STREETS = (
    Rule("ADDRESS", re.compile(rf"(?<![\w.])(?-i:{_STREET})(?![\w])"), hints=("str.", "bd", "os.", "ul.", "al.")),
    Rule(
        "POSTCODE",
        re.compile(rf"(?<![\w.])(?-i:{_STREET}),[ \t]*(?P<v>\d{{6}})[ \t]+(?-i:[A-ZĂÂÎȘŞȚŢ])"),
        group="v",
        hints=("str.", "bd", "os."),
    ),
)
