"""Customer, member and volunteer numbers typed in lower case right after the word for their holder: "klant prt
448 592", "Klantnr: prt 270 988", "Member ka1329", "Vrijwilliger vw1681", "vrijwilligersnr vrijw.1339", "Student
s3101943". The cue rules take a value in capitals or digits; a lower-case prefix of a word's length looks like a
word to them ("klantnummer onbekend"), so here it counts only when digits follow it, four or more in all, and it
is no function word ("lid van 2019", "klant per 2024"). And a payment provider's account id
("acct_0Y1TW34TP4FBA0").
"""

from __future__ import annotations

import re

from nlp.redaction.checks import digits
from nlp.redaction.rules import Rule

_HOLDER = (
    r"klant(?:nr|nummer)?|customer|client|member|lid(?:maatschap|nummer|nr)?|hirer|huurder"
    r"|vrijwilliger(?:snr|snummer)?|volunteer|deelnemer|participant|student(?:nr|nummer)?"
)
_NOT_A_PREFIX = (
    r"van|von|de|het|een|sinds|tot|per|voor|met|nr|no|is|was|the|for|from|since|and|en|of|op|in|bij|at|to|vanaf"
)
_HINTS = tuple(
    "klant customer client member lid hirer huurder vrijwillig volunteer deelnem participant student".split()
)
LOWER_CODES = (
    Rule(
        "CUSTOMER_NUMBER",
        re.compile(
            rf"(?i)(?<![\w.])(?:{_HOLDER})\.?[ \t]*+[:#]?[ \t]*"
            rf"(?P<v>(?!(?:{_NOT_A_PREFIX})\b)(?-i:[a-z]{{2,5}})(?:\.?-?\d{{3,9}}|(?:[ \t]\d{{2,4}}){{2,3}})"
            rf"|(?-i:[a-z])\d{{6,9}})(?![\w-])"
        ),
        lambda value: len(digits(value)) >= 4,
        "v",
        hints=_HINTS,
    ),
    # A payment provider's id of a merchant's or customer's account, its kind before an underscore:
    # "acct_0Y1TW34TP4FBA0", "mrc_z3x9t6g08h", "cus_N8a2Kq".
    Rule(
        "CUSTOMER_NUMBER",
        re.compile(r"(?<![\w-])(?:acct|mrc|cus|merch|mch)_[A-Za-z0-9]{6,24}(?![\w-])"),
        lambda value: len(digits(value)) >= 2,
        hints=("acct_", "mrc_", "cus_", "merch_", "mch_"),
    ),
)
