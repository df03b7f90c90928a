"""A name said once is the same name when it comes back: "ik heet Sanne Hogenboom … het is echt Hogenboom", and
when autocorrect or a typo changed a letter of it ("Goossenaerts … not Goossennaerts")."""

from __future__ import annotations

from collections.abc import Iterator

from nlp.redaction.lexicon import not_names
from nlp.redaction.name_tokens import Tokens
from nlp.redaction.rules import Span

_MIN_LENGTH = 4  # shorter name words ("Jan", "Ali") repeat as ordinary words too often
_MIN_VARIANT_LENGTH = 7  # one letter off counts only for long words: "Bakker" and "Banker" are two words


def _one_edit_apart(a: str, b: str) -> bool:
    """One letter added, dropped or changed."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    prefix = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    return a[prefix + (len(a) == len(b)) :] == b[prefix + 1 :]


def repeated_name_spans(tokens: Tokens, names: list[tuple[int, int]]) -> Iterator[Span]:
    """Capitalised words outside the names found (`names`: token ranges) that repeat a word of one of them."""
    said = {
        tokens.lower[index]
        for first, end in names
        for index in range(first, end)
        if len(tokens.words[index]) >= _MIN_LENGTH and not tokens.particle(index)
    }
    if not said:
        return
    inside = {index for first, end in names for index in range(first, end)}
    for index, word in enumerate(tokens.words):
        if index in inside or not word[0].isupper() or tokens.blocked(index):
            continue
        lower = tokens.lower[index]
        if lower in not_names() or len(lower) < _MIN_LENGTH:
            continue
        if lower in said or (len(lower) >= _MIN_VARIANT_LENGTH and any(_one_edit_apart(lower, name) for name in said)):
            yield tokens.starts[index], tokens.ends[index], "NAME"
