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

LETTER = "[BDFGHJKLNPRSTVXZ]"
# The side codes since 1978 (X a letter, 9 a digit); not XX-99-99 and 99-99-XX, shared with flight numbers and
# postcodes.
SIDE_CODES = ("99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9", "9-XXX-99", "XX-999-X", "X-999-XX")
SIDE_CODES += ("XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9")
_GLUED_PLATE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(code.replace("-", "").replace("X", LETTER).replace("9", r"\d") for code in SIDE_CODES)
    + r")(?![\w-])"
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
