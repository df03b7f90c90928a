"""Addresses that start with the home's own number and a comma, as India, Nigeria, Kenya and Jamaica write them:
"No. 59/5, Linking Road, Bandra West", "#250, 3rd Block, Jayanagar", "Flat 9, Block C, 138 Admiralty Way",
"Lot 40, Molynes Road", "#169, Banjara Hills Road No. 12", Ghana's "Hse No. W46/3, Spintex Road", and Singapore
"Apt 11, 317 Ang Mo Kio Avenue 3". The street ends in a street word (or is Pakistan's "Mohallah Islampura"); an
Indian area after it ("Bandra West", "Besant Nagar", "Jayanagar") is part of the address, the town after that is
not."""

from __future__ import annotations

import re

from nlp.redaction.addresses import EN_SUFFIX
from nlp.redaction.rules import Rule

_HOME = r"(?:(?:House|Hse)(?:[ \t]+No\.?)?|Flat|Unit|Lot|Plot|Apt\.?|No\.|#)"
_STREET_WORD = rf"(?:{EN_SUFFIX}|Block|Cross|Main|Mohall?ah[ \t]+[A-Z][a-z]+)"  # Pakistan's "Mohallah Islampura"
_AREA = r"(?:[A-Z][a-z]+[ \t]+(?:West|East|North|South|Nagar|Colony|Extension|Layout)|[A-Z][a-z]+nagar)"

NUMBERED_FIRST = Rule(
    "ADDRESS",
    re.compile(
        rf"(?<![\w-]){_HOME}[ \t]*[A-Z]?\d{{1,4}}[A-Za-z]?(?:/\d{{1,3}})?,[ \t]*(?:Block[ \t]+[A-Z\d]{{1,2}},[ \t]*)?"
        rf"(?:\d{{1,4}}[A-Za-z]?[ \t]+)?(?:(?:[A-Z]|\d{{1,2}}(?:st|nd|rd|th)\b)[\w'’-]*[ \t]+){{0,3}}"
        rf"{_STREET_WORD}(?![\w])(?:[ \t]+(?:(?:No\.[ \t]*)?\d{{1,3}}|Central|North|South|East|West)(?![\w]))?"
        rf"(?:,[ \t]*{_AREA}(?![\w]))?"
    ),
    hints=("house", "flat", "unit", "lot ", "plot", "apt", "no.", "#"),
)
# Malaysia's streets start with "Jalan"; the number comes first, a "Taman" (the estate) after: "No 11 Jalan SS 2/24,
# Taman Bukit Indah", "No. 60, Jalan Gasing".
_JALAN_WORD = r"(?:[A-Z][\w'’-]*|\d{1,3}(?:/\d{1,3})?)"
JALAN = Rule(
    "ADDRESS",
    re.compile(
        rf"(?<![\w-])(?:(?:Unit|Flat|Apt\.?|Lot)[ \t]*\d{{1,4}}[A-Za-z]?,[ \t]*)?(?:No\.?[ \t]*)?\d{{1,4}}[A-Z]?,?"
        rf"[ \t]+Jalan(?:[ \t]+{_JALAN_WORD}){{1,4}}"
        rf"(?:,[ \t]*Taman(?:[ \t]+[A-Z][\w'’-]*){{1,3}})?(?![\w])"
    ),
    hints=("jalan",),
)
