"""The edges of a licence plate that the plate rules leave out, added to a plate they found: the country's code
written before it ("NL GR-48-DJ", "B 1-ABC-234") and a South African plate's province after it ("GY 67 PP GP")."""

from __future__ import annotations

import re

from nlp.redaction.rules import Span, widen

_COUNTRY_BEFORE = re.compile(r"(?<![\w-])(?:NL|B|D|F|GB|UK|CH|PL|L)[ \t-]$")
_PROVINCE_AFTER = re.compile(r"[ \t](?:GP|MP|NW|EC|NC|FS|ZN|WP)(?![\w-])")


def plate_edges(text: str, kept: list[Span], taken: bytearray) -> None:
    """Grow the PLATE spans in `kept` (and `taken`) over a country's code before them and a province after."""
    for index, (start, end, kind) in enumerate(kept):
        if kind != "PLATE":
            continue
        before = _COUNTRY_BEFORE.search(text, max(0, start - 3), start)
        if before and taken.find(1, before.start(), start) == -1:
            start = before.start()
        after = _PROVINCE_AFTER.match(text, end)
        if after and (after.start() + 1, after.end(), "NAME") in kept:  # "GP" taken for a name's initials
            kept[kept.index((after.start() + 1, after.end(), "NAME"))] = (after.end(), after.end(), "NAME")
            taken[after.start() + 1 : after.end()] = bytes(after.end() - after.start() - 1)
        if after and taken.find(1, end, after.end()) == -1:
            end = after.end()
        widen(kept, taken, index, start, end)
    kept[:] = [span for span in kept if span[0] < span[1]]
