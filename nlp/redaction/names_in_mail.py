"""A name written right before its owner's e-mail address, in any case: the address spells the name, so the words
it repeats are the name ("mail van frits hoogeveen (frits16@ziggo.nl)", "name jelle ter beek, email
jelle.terbeek [at] outlook.com", "Naam: melissa kartowikromo\\nE-mail: …"). Runs once the e-mail addresses are
found. The name starts at the furthest word of the line (up to four back) that the address repeats or whose initial
it gives ("w.beek" for "wim van beek"); a listed ordinary word ends the search, and at least one word must be
repeated in full, so "via zeilen@…" keeps "via".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.redaction.lexicon import not_names, without_accents
from nlp.redaction.rules import Span

_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \t]*$")
_BETWEEN = re.compile(r"(?i)[ \t]*(?:[(<\[]|[,;:-]?[ \t]*\n?[ \t]*(?:(?:e-?mail|mail)(?:adres)?[ \t]*:?)?)[ \t]*$")
_PARTICLES = frozenset("van von de der den ter ten te in 't ’t la le da dos el al".split())
_MAX_WORDS = 4


def _plain(word: str) -> str:
    """Lower case without accents, as an address writes a name: "Koç" → "koc"."""
    return without_accents(word.lower())


def _local_part(text: str, start: int, end: int) -> str:
    address = text[start:end]
    cut = min((i for i in (address.find(at) for at in ("@", "[", "(", "#", " at ", " AT ")) if i > 0), default=-1)
    return _plain(address[:cut]) if cut > 0 else ""


def names_in_mail(text: str, kept: list[Span], taken: bytearray) -> Iterator[Span]:
    """NAME spans of the words right before each EMAIL span in `kept` that its local part repeats."""
    for start, end, kind in list(kept):
        if kind != "EMAIL" or not (local := _local_part(text, start, end)):
            continue
        letters = re.sub(r"[^a-z]", "", local)
        initials = {piece for piece in re.split(r"[^a-z]+", local) if len(piece) == 1}
        gap = _BETWEEN.search(text, max(0, start - 12), start)
        if gap is None:
            continue
        first, repeated, cursor = None, False, gap.start()
        for _ in range(_MAX_WORDS):  # outwards from the address, over the words of its line
            if (word := _WORD_BEFORE.search(text, max(0, cursor - 40), cursor)) is None:
                break
            plain, cursor = _plain(word.group(1)), word.start(1)
            if plain in not_names() and plain not in _PARTICLES:
                break
            if len(plain) >= 3 and plain in letters:  # a particle alone repeats nothing: "Van: s.vanthof@…"
                first, repeated = cursor, repeated or plain not in _PARTICLES
            elif len(plain) >= 2 and plain[0] in initials and plain not in _PARTICLES:
                first = cursor
        if repeated and first is not None and taken.find(1, first, gap.start()) == -1:
            yield first, gap.start(), "NAME"
