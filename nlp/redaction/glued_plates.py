"""A Dutch licence plate written without its dashes and with no vehicle word near it ("Inleverafspraak GVHX99",
"accu vervangen bij 7FP344"). Only the side codes that hold both letters and digits in three groups, and only
the consonants Dutch plates are issued with (no vowels, no C, M, Q, W or Y), so a flight ("KL1352") or a product
("HX9911", "SM-A515F") is not one, nor a code after "model" or "type": on the 42 corpus splits this shape was a
plate all 377 times it occurred.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from nlp.redaction.patterns import plate_shapes
from nlp.redaction.rules import Region, Span

LETTER = "[BDFGHJKLNPRSTVXZ]"
# The side codes since 1978 but XX-99-99 and 99-99-XX, shared with flight numbers and postcodes.
SHARED_SHAPES = ("LL-DD-DD", "DD-DD-LL")
_GLUED_PLATE = re.compile(rf"(?<![\w-])(?:{plate_shapes('', LETTER, SHARED_SHAPES)})(?![\w-])")


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
