"""Words a scanned letter or a PDF hyphenated over a line break ("nalatenschap wijlen Albertus Lan-\nting",
"Adres: Marken-\ndaalseweg 209B"), joined before the rules read the text: no rule sees a name or a street in
two halves. Where each character of the joined text came from maps the spans back onto the text as written.
"""

from __future__ import annotations

import re

from nlp.redaction.rules import Span

_HYPHEN_AT_BREAK = re.compile(r"(?<=[a-zà-ÿ])-[ \t]*\n[ \t]*(?=[a-zà-ÿ])")


def joined_words(text: str) -> tuple[str, list[int] | None]:
    """`text` with its words hyphenated over a line break joined, and the position in `text` of each character
    of it (and of its end); None for the positions when nothing was joined."""
    if "-\n" not in text and "- \n" not in text:
        return text, None
    pieces, origin, cursor = [], [], 0
    for hyphen in _HYPHEN_AT_BREAK.finditer(text):
        pieces.append(text[cursor : hyphen.start()])
        origin.extend(range(cursor, hyphen.start()))
        cursor = hyphen.end()
    if not pieces:
        return text, None
    pieces.append(text[cursor:])
    origin.extend(range(cursor, len(text) + 1))
    return "".join(pieces), origin


def spans_as_written(spans: list[Span], origin: list[int]) -> list[Span]:
    """Spans on the joined text, on the text as written: a span over a joined word covers its hyphen and break."""
    return [(origin[start], origin[end - 1] + 1, kind) for start, end, kind in spans]
