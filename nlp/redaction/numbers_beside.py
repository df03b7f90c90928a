"""Account and member numbers found by where they stand rather than by their shape: a code in brackets right
after a person's name, as a CRM, a planning or a no-show list writes "name (account)" ("Gonçalo Carvalho
(HS-4186)", "W. Van de Velde (trim94843)", "G. dos Santos (HK 83-6631)"). It holds three digits or more and is
no date, time, amount or phone number (those have rules of their own, which run first).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.redaction.rules import Span

_CODE = re.compile(r"[ \t]*\((?P<v>[A-Za-z]{0,5}[ -]?\d[\dA-Za-z]*(?:[ ./-][\dA-Za-z]+){0,2})\)")
_NOT_A_CODE = re.compile(r"\d{1,2}[-./:]\d{1,2}(?:[-./]\d{2,4})?|(?:19|20)\d\d|\d{1,3}(?: jaar| years?| y)?")


def numbers_beside(text: str, kept: list[Span], taken: bytearray) -> Iterator[Span]:
    """CUSTOMER_NUMBER spans in brackets right after the NAME spans in `kept` (not yet claimed)."""
    for _, end, kind in kept:
        if kind != "NAME" or (code := _CODE.match(text, end)) is None:
            continue
        value, (start, stop) = code.group("v"), code.span("v")
        if sum(character.isdigit() for character in value) >= 3 and not _NOT_A_CODE.fullmatch(value):
            if taken.find(1, start, stop) == -1:
                yield start, stop, "CUSTOMER_NUMBER"
