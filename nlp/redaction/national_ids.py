"""National identity numbers abroad, after the word that names them: Ireland's PPS number, seven digits and one or
two letters ("PPSN 3780085Q", "PPS number … 7776748 C"), and Pakistan's CNIC, thirteen digits in groups of five, seven
and one ("CNIC 61101-9179292-7", "37405 1400756 3"), Malaysia's IC (MyKad), the birth date and six digits ("IC
830206-12-2094", "NRIC 840523 14 5536"), Australia's tax file number ("TFN 379 998 862"), Canada's SIN, Nigeria's
NIN, Romania's CNP, Singapore's NRIC ("S1211068E") and Britain's NI number spaced as the card prints it. The corpus
files them with the BSN, the Dutch one. Australia's Centrelink reference ("CRN 560258229M") is a customer's number."""

from __future__ import annotations

import re
from collections.abc import Callable

from nlp.redaction.checks import luhn_ok
from nlp.redaction.rules import Rule

_BETWEEN = r"(?:[ \t]+(?:number|no\.?|nr\.?))?(?:[ \t]+back[ \t]+home)?(?:[ \t]*[:#]|[ \t]+(?:is|was))*[ \t]*"


def _after_cue(cue: str, value: str, hints: tuple[str, ...], accept: Callable[[str], bool] = bool) -> Rule:
    """A national number of `value`'s shape right after its `cue` (case as written: "SIN", not "sin")."""
    return Rule("BSN", re.compile(rf"(?<!\w)(?:{cue}){_BETWEEN}(?P<v>{value})(?![\w-])"), accept, "v", hints)


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
    _after_cue(
        r"(?i:malaysian[ \t]+)?IC|(?i:nric|mykad)",
        r"\d\d(?:0[1-9]|1[0-2])[0-3]\d(?P<s>[- ]?)\d\d(?P=s)\d{4}",
        ("ic", "nric", "mykad"),
    ),
    _after_cue(r"TFN|(?i:tax file number)", r"\d{3}(?P<s>[ ]?)\d{3}(?P=s)\d{3}", ("tfn", "tax file")),
    # Canada's SIN (its Luhn digit checked), Nigeria's NIN, Romania's CNP and Singapore's NRIC or FIN
    _after_cue(r"SIN|(?i:social insurance number)", r"\d{3}(?P<s>[- ]?)\d{3}(?P=s)\d{3}", ("sin", "social"), luhn_ok),
    _after_cue(r"NIN", r"\d{4}(?P<s>[ ]?)\d{3}(?P=s)\d{4}", ("nin",)),
    _after_cue(r"CNP", r"[1-8]\d{12}", ("cnp",)),
    _after_cue(r"NRIC|FIN|(?i:nric)", r"(?i:[STFGM]\d{7}[A-Z])", ("nric", "fin")),
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
