"""Names joined by a word for "son of" or "daughter of", as Malaysia writes them: "Suresh a/l Arumugam" (anak
lelaki), "Thilaga a/p Rajoo" (anak perempuan), "Farah Nadia binti Othman", "Mohd Rizal bin Yusof". The joining
word proves a name whatever its parts are; "bin" only after a word that is no listed ordinary word ("ik bin Gerda"
is Drents for "I am")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from nlp.redaction.lexicon import not_names
from nlp.redaction.name_cues import CUE_HEADS, TITLES
from nlp.redaction.rules import Span

_WORD = r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’-]+"
_PATRONYMIC = re.compile(
    rf"(?<![\w'’-])(?P<v>(?:{_WORD}[ \t]+){{1,3}}(?P<join>a/[lp]|binti|bte|bin)[ \t]+{_WORD}(?:[ \t]+{_WORD})?)"
    r"(?![\w'’-])"
)


def patronymic_name_spans(text: str) -> Iterator[Span]:
    """Each name with "a/l", "a/p", "binti" or "bin" between its given name and its father's; words before it that
    are no name ("Name", "Dad", "Ik") stay."""
    if "a/" not in text and "bin" not in text and "bte" not in text:
        return
    for match in _PATRONYMIC.finditer(text):
        start = match.start("v")
        for word in _LEADING_WORD.finditer(text, start, match.start("join")):
            if word.group(1).lower() not in _no_name_words():
                break
            start = word.end()
        if start < match.start("join") and (match.group("join") != "bin" or start > match.start("v") or _given(match)):
            yield start, match.end("v"), "NAME"


def _given(match: re.Match[str]) -> bool:
    return match.group("v").split()[0].lower() not in not_names()


_LEADING_WORD = re.compile(r"([^\W\d_]+)[ \t]+")


@cache
def _no_name_words() -> frozenset[str]:
    return not_names() | CUE_HEADS | TITLES
