"""Room for a postcode that a row of data runs into, before the postcode rule looks: "+31663556228 2922 XS"
(the phone rule reads four more digits as the number's last group), "0653 771 586 6674xb" (the card rule reads a
phone and the postcode's digits as a card) and "959003 3586 ZX Kortenaerkade" (the street rule reads the
postcode's letters as the street's first word). The span gives back what belongs to the postcode.
"""

from __future__ import annotations

import re

from nlp.redaction.checks import digits
from nlp.redaction.rules import Span

_DIGITS_THEN_LETTERS = re.compile(r"[ \t]([1-9]\d{3})$")  # the last group of a phone or card span
_LETTERS_AFTER = re.compile(r"[ \t]{0,2}[A-Za-z]{2}(?![\w-])")
_LETTERS_FIRST = re.compile(r"[A-Z]{2}[ \t]+")  # an address span that starts with the postcode's letters
_DIGITS_BEFORE = re.compile(r"(?<![\w.,-])[1-9]\d{3}[ \t]{1,2}$")
_PHONE = re.compile(r"\+\d{2}.*|0\d.*")


def _free(taken: bytearray, start: int, end: int) -> None:
    taken[start:end] = bytes(end - start)


def postcode_room(text: str, kept: list[Span], taken: bytearray) -> None:
    """Shrink PHONE, CARD and ADDRESS spans in `kept` (and `taken`) off a postcode they ran into."""
    for index, (start, end, kind) in enumerate(kept):
        if kind in ("PHONE", "CARD") and (group := _DIGITS_THEN_LETTERS.search(text, start, end)):
            rest = text[start : group.start()]
            is_phone = _PHONE.fullmatch(rest) is not None and 10 <= len(digits(rest)) <= 13
            if _LETTERS_AFTER.match(text, end) and is_phone:
                _free(taken, group.start(), end)
                kept[index] = (start, group.start(), "PHONE")
        elif kind == "ADDRESS" and (letters := _LETTERS_FIRST.match(text, start)):
            if _DIGITS_BEFORE.search(text, max(0, start - 8), start) is None:
                continue
            street = letters.end()
            _free(taken, start, street)
            kept[index] = (street, end, kind)
