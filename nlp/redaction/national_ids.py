"""National identity numbers abroad, after the word that names them: Ireland's PPS number, seven digits and one or
two letters ("PPSN 3780085Q", "PPS number … 7776748 C"), and Pakistan's CNIC, thirteen digits in groups of five, seven
and one ("CNIC 61101-9179292-7", "37405 1400756 3"). The corpus files them with the BSN, the Dutch one."""

from __future__ import annotations

import re

from nlp.redaction.rules import Rule

_BETWEEN = r"(?:[ \t]+(?:number|no\.?|nr\.?))?(?:[ \t]+back[ \t]+home)?(?:[ \t]*[:#]|[ \t]+(?:is|was))*[ \t]*"

NATIONAL_IDS: tuple[Rule, ...] = (
    Rule(
        "BSN",
        re.compile(rf"(?i)(?<!\w)pps(?:n|[ \t]+number)?{_BETWEEN}(?P<v>\d{{7}}[ ]?[a-z]{{1,2}})(?![\w])"),
        group="v",
        hints=("pps",),
    ),
    Rule(
        "BSN",
        re.compile(rf"(?i)(?<!\w)cnic{_BETWEEN}(?P<v>\d{{5}}(?P<s>[- ]?)\d{{7}}(?P=s)\d)(?![\w-])"),
        group="v",
        hints=("cnic",),
    ),
)
