"""Street addresses: a street name that ends like one (Kerkstraat, Laan van Meerdervoort, 12 High Street)
with a house number, or anything capitalised with a house number after "ik woon op", "my address is" or
before a postcode ("Neude 12, 3512 AB Utrecht").
"""

from __future__ import annotations

import re

from nlp.redaction.rules import Rule

_NL_SUFFIX = (
    r"straat|laan|weg|plein|gracht|kade|singel|dijk|pad|dreef|hof|steeg|park|markt|baan|wal|haven|burgwal|erf"
    r"|plantsoen|boulevard|straatweg|dwarsstraat|hofje"
)
_SAFE_LOWER_SUFFIX = r"straat|laan|gracht|kade|singel|dreef|plein|steeg|burgwal|plantsoen"
_EN_SUFFIX = (
    r"Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Dr\.?|Way|Close|Crescent|Place|Square|Court|Gardens"
    r"|Terrace|Grove|Hill|Park|Row|Walk|Mews|Rise|Parade|Boulevard|Green|View"
)
_PARTICLE = r"(?:van|de|der|den|het|'t|ter|ten|op|aan|in|bij|over|naar|la|le)"
_CAP = r"[A-Z][\w'’.-]*"
_NUMBER = r"\d{1,5}(?:\s?[a-zA-Z](?![\w])|[-/]\d{1,3}(?![\w])|\s?-?\s?(?:bis|hs|huis|II?I?|bg|zw)(?![\w]))?"
_PREFIX = rf"(?:(?:{_CAP}|\d{{1,2}}e)[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}){{0,3}}"  # a street is on one line
_HEAD = r"(?:Laan|Weg|Plein|Kade|Dreef|Singel|Pad|Hof|Park|Straat|Gracht|Dijk|Wal)"

_CUE = (
    r"ik woon (?:op|aan|in de|in het)|wij wonen (?:op|aan)|woonachtig (?:op|aan)"
    r"|(?:mijn|ons|het|nieuwe) adres is|adres:"
    r"|(?:bezorg|aflever|factuur|post)adres(?: is)?:?|address:|(?:my|our|the|new) address is|i live (?:at|on)"
    r"|lives at|(?:delivery|billing|postal) address(?: is)?:?|verhuisd naar|moved to|verhuis naar|move to"
)

ADDRESSES: tuple[Rule, ...] = (
    Rule(
        "ADDRESS",
        re.compile(
            rf"(?<![\w-]){_PREFIX}(?:[A-Z][\w'’-]*(?:{_NL_SUFFIX})|[a-z][\w'’-]*(?:{_SAFE_LOWER_SUFFIX})|[A-Z][a-z]+"
            rf"\s+(?:{_EN_SUFFIX}))\s+{_NUMBER}"
        ),
    ),
    Rule(
        "ADDRESS",
        re.compile(rf"(?<![\w-]){_HEAD}\s+(?:{_PARTICLE}\s+){{1,3}}(?:{_CAP}\s+){{1,3}}{_NUMBER}"),
    ),
    Rule(
        "ADDRESS",
        re.compile(
            rf"(?<![\w-])\d{{1,4}}[A-Za-z]?,?\s+(?:{_CAP}\s+){{1,3}}(?:{_EN_SUFFIX})(?![\w])"
            rf"|(?<![\w-])(?:Flat|Apartment|Apt\.?|Unit)\s+\d{{1,4}}[A-Za-z]?,?\s+\d{{1,4}}[A-Za-z]?\s+(?:{_CAP}\s+)"
            rf"{{1,3}}(?:{_EN_SUFFIX})(?![\w])"
        ),
    ),
    Rule(
        "ADDRESS",
        re.compile(
            rf"(?i:(?<!\w)(?:{_CUE}))\s+(?:(?:de|het|the)\s+)?(?P<v>(?:[A-Z][\w'’.-]*|\d{{1,2}}e)(?:\s+(?:{_CAP}|{_PARTICLE})){{0,4}}\s+"
            rf"{_NUMBER})"
        ),
        group="v",
        hints=("woon", "wonen", "adres", "address", "live", "verhuis", "moved", "move to"),
    ),
    # Any capitalised street name (Neude, Lange Poten, Brink) with a house number, when a postcode follows:
    # "Vredenburg 32, 8910 km Amersfoort", "Oudwijk 166 bis\n5982EN Gouda".
    Rule(
        "ADDRESS",
        re.compile(
            rf"(?<![\w-])(?P<v>(?:[A-Z][\w'’.-]*|\d{{1,2}}e)(?:[ \t]+(?:{_CAP}|{_PARTICLE})){{0,4}}[ \t]+{_NUMBER})"
            r"(?:,[ \t]*\n?|[ \t]*\n|[ \t]+)[ \t]*[1-9]\d{3}\s?[A-Za-z]{2}(?!\w)"
        ),
        group="v",
    ),
)
