"""The edges of a name that the name recogniser leaves out, added to a name it found: initials in capitals
without dots before a name that signs the text off (". BJ Jansen", "\nHCM van den Berg"), an initial after a
surname and a comma ("Jansen, J."),
and a name wrapped over two lines ("Mark\\nJansen", two names with only a line break between become one).
"""

from __future__ import annotations

import re

from nlp.redaction.lexicon import not_names
from nlp.redaction.rules import Span

_INITIALS_BEFORE = re.compile(r"(?:^|[.!?]\s|\n)[ \t]*([A-Z]{1,3})[ \t]+$")
_END = re.compile(r"[\s.!]*$")
_INITIAL_AFTER = re.compile(r",[ \t]*[A-Z]\.(?:[ \t]?[A-Z]\.)*(?!\w)")


def name_edges(text: str, kept: list[Span], taken: bytearray) -> None:
    """Grow the NAME spans in `kept` (and `taken`); `kept` ends sorted."""
    for index, (start, end, kind) in enumerate(kept):
        if kind != "NAME":
            continue
        before = _INITIALS_BEFORE.search(text, max(0, start - 8), start) if _END.match(text, end) else None
        if before and before.group(1).lower() not in not_names() and taken.find(1, before.start(1), start) == -1:
            start = before.start(1)
        after = _INITIAL_AFTER.match(text, end)
        if after and taken.find(1, end, after.end()) == -1:
            end = after.end()
        taken[start:end] = b"\x01" * (end - start)
        kept[index] = (start, end, kind)
    kept.sort()
    index = 1
    while index < len(kept):
        (start, end, kind), (next_start, next_end, next_kind) = kept[index - 1], kept[index]
        if kind == next_kind == "NAME" and text[end:next_start].strip(" \t") == "\n":
            kept[index - 1 : index + 1] = [(start, next_end, kind)]
            taken[end:next_start] = b"\x01" * (next_start - end)
        else:
            index += 1
