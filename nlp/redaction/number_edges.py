"""The edge of a customer number that the cue rules leave out, added to a number they found: the last letter of a
number in the shape of a British National Insurance number ("polis JD 781904 Y", "policy QQ 123456 C"), which a
space sets apart from its digits (any capital: policies borrow the shape; not the word "I" or "A": "… I think").
"""

from __future__ import annotations

import re

from nlp.redaction.rules import Span, widen

_NI_SHAPE = re.compile(r"[A-Z]{2}[ \t]?\d{6}")
_LETTER_AFTER = re.compile(r"[ \t](?![AI][ \t]+[a-z])[A-Z](?![\w-])")


def number_edges(text: str, kept: list[Span], taken: bytearray) -> None:
    """Grow each CUSTOMER_NUMBER span in `kept` (and `taken`) of that shape over the letter after it."""
    for index, (start, end, kind) in enumerate(kept):
        if kind == "CUSTOMER_NUMBER" and _NI_SHAPE.fullmatch(text, start, end):
            after = _LETTER_AFTER.match(text, end)
            if after and taken.find(1, end, after.end()) == -1:
                widen(kept, taken, index, start, after.end())
