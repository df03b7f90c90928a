"""What a caller keyed in on an IVR's keypad, by the prompt before it: an IVR log writes the prompt, then the keys
("'toets uw geboortedatum: dag, maand, jaar' | DTMF 2 2 0 6 1 9 7 4#", "> toets de zestien cijfers van uw
betaalpas\\n< DTMF 5271…#", "prompt: polisnummer | DTMF 0-6-5-5-8-2-5-1#"). The prompt says what the digits are,
however the log spaces them; a menu choice (one or two keys) and a prompt that names nothing personal are left.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from nlp.redaction.checks import digits, elfproef_ok, luhn_ok
from nlp.redaction.rules import Span

# The prompt is the log's field before the keys: after a "|", a line's start or a prompt mark.
_ENTRY = re.compile(
    r"(?m)(?P<prompt>[^|\n]{3,120}?)[ \t]*(?:\|[ \t]*|\n[ \t]*<?[ \t]*)DTMF[ \t]*:?[ \t]*"
    r"(?P<v>\d(?:[ ,.-]?\d){2,40})(?![\d,.-]?\d)"
)
_PROMPTS = (
    ("DOB", re.compile(r"(?i)geboortedatum|geb\.? ?datum|date of birth|birth ?date|\bdob\b|born|geboren")),
    ("BSN", re.compile(r"(?i)burgerservice|\bbsn\b|citizen service|sofi|social security|national insurance")),
    ("CARD", re.compile(r"(?i)betaalpas|bankpas|credit ?card|debit card|(?<!library )card ?number|kaartnummer")),
    ("PHONE", re.compile(r"(?i)telefoon|phone|mobiel|mobile")),
    (
        "CUSTOMER_NUMBER",
        re.compile(
            r"(?i)klant|customer|account|polis|policy|lid|member|pas ?nummer|library card|client|contract|dossier"
            r"|patiënt|patient|abonnee|subscriber|relatie"
        ),
    ),
)


def keypad_entry_spans(text: str) -> Iterator[Span]:
    """The keys of each entry whose prompt names a kind of personal data, checked as that kind."""
    if "DTMF" not in text:
        return
    for match in _ENTRY.finditer(text):
        value = digits(match.group("v"))
        kind = next((kind for kind, prompt in _PROMPTS if prompt.search(match.group("prompt"))), None)
        if kind == "CARD" and not (13 <= len(value) <= 19 and luhn_ok(value)):
            kind = "CUSTOMER_NUMBER"  # a pass the prompt calls a card: a library's, a club's
        if kind and _fits(kind, value):
            yield match.start("v"), match.end("v"), kind


def _fits(kind: str, value: str) -> bool:
    if kind == "DOB":
        return _a_birth_date(value)
    if kind == "BSN":
        return elfproef_ok(value)
    if kind == "PHONE":
        return 9 <= len(value) <= 15
    return len(value) >= 4


def _a_birth_date(value: str) -> bool:
    """Day, month and year as keyed (ddmmyyyy or ddmmyy), a date that has been."""
    if len(value) not in (6, 8):
        return False
    day, month, year = int(value[:2]), int(value[2:4]), int(value[4:])
    year += 1900 if len(value) == 6 else 0
    try:
        return date(year, month, day) <= date.today()
    except ValueError:
        return False
