"""National identity numbers abroad, after the word that names them: Ireland's PPS number, seven digits and one or
two letters ("PPSN 3780085Q", "PPS number … 7776748 C"), and Pakistan's CNIC, thirteen digits in groups of five, seven
and one ("CNIC 61101-9179292-7", "37405 1400756 3"), Malaysia's IC (MyKad), the birth date and six digits ("IC
830206-12-2094", "NRIC 840523 14 5536"), and Australia's tax file number ("TFN 379 998 862"). The corpus files them
with the BSN, the Dutch one. Australia's Centrelink reference ("CRN 560258229M") is a customer's number."""

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
    Rule(
        "BSN",
        re.compile(
            rf"(?<!\w)(?:(?i:malaysian[ \t]+)?IC|(?i:nric|mykad)){_BETWEEN}"
            r"(?P<v>\d\d(?:0[1-9]|1[0-2])[0-3]\d(?P<s>[- ]?)\d\d(?P=s)\d{4})(?![\w-])"
        ),
        group="v",
        hints=("ic", "nric", "mykad"),
    ),
    Rule(
        "BSN",
        re.compile(
            rf"(?<!\w)(?:TFN|(?i:tax file number)){_BETWEEN}(?P<v>\d{{3}}(?P<s>[ ]?)\d{{3}}(?P=s)\d{{3}})(?![\w])"
        ),
        group="v",
        hints=("tfn", "tax file"),
    ),
    Rule(  # Britain's National Insurance number, spaced as the card prints it: "NI number: HJ 68 92 48 B"
        "BSN",
        re.compile(
            rf"(?i)(?<!\w)(?:ni|nino|national insurance)(?:[ \t]+number)?{_BETWEEN}"
            r"(?P<v>(?-i:[A-CEGHJ-PR-TW-Z]{2} \d\d \d\d \d\d ?[A-D]))(?!\w)"
        ),
        group="v",
        hints=("ni", "national insurance"),
    ),
    Rule(
        "CUSTOMER_NUMBER",
        re.compile(rf"(?<!\w)CRN{_BETWEEN}(?P<v>\d{{3}}(?P<s>[ ]?)\d{{3}}(?P=s)\d{{3}}[A-Z])(?![\w])"),
        group="v",
        hints=("crn",),
    ),
)
