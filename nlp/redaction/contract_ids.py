"""Contract ids that are personal by their shape alone: an e-mobility contract id on a charging card (an EMAID,
ISO 15118: country, provider, "C", eight characters and a check character, "NLTNMC44009686H" or
"NL-TNM-C72716748-F"; a charge point's EVSE id has an "E" and asterisks, and stays), and a relation number
written with its abbreviation ("platform-account rel. 54156"), which is the number as a whole; a charging card's
number after its name in any provider's shape; and the id of a
member's or a customer's object in a webhook's JSON ('"member":{"id":"JMWS27B"').
"""

from __future__ import annotations

import re

from nlp.redaction.checks import digits
from nlp.redaction.rules import Rule

CONTRACT_IDS = (
    Rule(
        "CUSTOMER_NUMBER",
        re.compile(r"(?<![\w*-])[A-Z]{2}(?P<d>-?)[A-Z0-9]{3}(?P=d)C[A-Z0-9]{8}(?P=d)[A-Z0-9](?![\w*-])"),
        lambda value: len(digits(value)) >= 5,
    ),
    Rule(
        "CUSTOMER_NUMBER",
        re.compile(r"(?<![\w.])(?i:rel)\.[ \t]?\d{4,10}(?!\d|[.,]\d)"),
        hints=("rel.",),
    ),
    # A charging card's number after its name, whatever its provider's shape: "laadpas NL-SHL-205694-3".
    Rule(
        "CUSTOMER_NUMBER",
        re.compile(
            r"(?i)(?<!\w)(?:laadpas|laadkaart|charge card|charging card)(?:[ \t]*(?:nummer|nr\.?|number|no\.?|id))?"
            r"[ \t]*+[:#]?[ \t]*(?P<v>(?-i:[A-Z0-9]{2,}(?:[ -][A-Z0-9]+){0,4}))(?![\w-])"
        ),
        lambda value: len(digits(value)) >= 5,
        "v",
        hints=("laadpas", "laadkaart", "charge card", "charging card"),
    ),
    # The id of a person's object in a webhook's JSON: {"member":{"id":"JMWS27B", …}}.
    Rule(
        "CUSTOMER_NUMBER",
        re.compile(
            r'"(?i:member|customer|klant|client|user|account|lid|subscriber|abonnee|patient|patiënt)"[ \t]*:[ \t]*'
            r'\{[ \t]*"(?i:id|nummer|number)"[ \t]*:[ \t]*"(?P<v>[A-Za-z0-9_-]{4,40})"'
        ),
        lambda value: len(digits(value)) >= 1,
        "v",
        hints=('":{', '": {'),
    ),
    # A member's number after the cue and the club it is of: "Lidnummer zeilschool 97389", "lidnummer
    # tuinvereniging #82677" (one lower-case word between, the number right after it).
    Rule(
        "CUSTOMER_NUMBER",
        re.compile(
            r"(?i)(?<!\w)(?:lid|klant|member|customer)(?:nummer|nr\.?|[ ](?:number|no\.?))[ \t]+(?-i:[a-z]{4,24})[ \t]+"
            r"(?P<v>#?(?!(?:19|20)\d\d\b(?! \d))\d{4,10}(?:[ -]\d{3,8})?)(?![\w]|[.,]\d)"  # not a year: "vanaf 2025"
        ),
        group="v",
        hints=("lidn", "klantn", "member n", "customer n"),
    ),
)
