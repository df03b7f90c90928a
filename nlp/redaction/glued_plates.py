"""A Dutch licence plate written without its dashes and with no vehicle word near it ("Inleverafspraak GVHX99",
"accu vervangen bij 7FP344"). Only the side codes that hold both letters and digits in three groups, and only
the consonants Dutch plates are issued with (no vowels, no C, M, Q, W or Y), so a flight ("KL1352") or a product
("HX9911", "SM-A515F") is not one, nor a code after "model" or "type": on the 42 corpus splits this shape was a
plate all 377 times it occurred.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from nlp.redaction.rules import Region, Span

_LETTER = "[BDFGHJKLNPRSTVXZ]"
# The side codes since 1978 (X a letter, 9 a digit), dashes left out; not XX-99-99 and 99-99-XX, shared with
# flight numbers and postcodes.
_SIDE_CODES = ("99XX99", "XX99XX", "XXXX99", "99XXXX", "99XXX9", "9XXX99", "XX999X", "X999XX", "XXX99X", "X99XXX")
_SIDE_CODES += ("9XX999", "999XX9")
_GLUED_PLATE = re.compile(
    r"(?<![\w-])(?:" + "|".join(code.replace("X", _LETTER).replace("9", r"\d") for code in _SIDE_CODES) + r")(?![\w-])"
)


# A product's, a part's or an article's code with the same shape: "het model P38LHT", "art.nr. DX412H".
_PRODUCT_BEFORE = re.compile(
    r"(?i)(?:model|type|artikel|art\.?|product|versie|version|serie|series|sku|onderdeel|part|code|nr\.?|no\.?)"
    r"[ \t:#.]*$"
)


def glued_plate_spans(text: str, regions: Sequence[Region]) -> Iterator[Span]:
    for start, end in regions:
        for match in _GLUED_PLATE.finditer(text, start, end):
            if _PRODUCT_BEFORE.search(text, max(0, match.start() - 16), match.start()) is None:
                yield match.start(), match.end(), "PLATE"
