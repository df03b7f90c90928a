"""Word lists for the name recogniser, read once from `nlp/data` (one or more words a line, `#` comments)."""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent.parent / "data"


def without_accents(word: str) -> str:
    """The word as the lists and e-mail addresses write it: "Sofía" → "Sofia", "Koç" → "Koc"."""
    return "".join(char for char in unicodedata.normalize("NFKD", word) if not unicodedata.combining(char))


def _words(name: str) -> frozenset[str]:
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(word for line in lines if not line.startswith("#") for word in line.split())


@cache
def first_names() -> frozenset[str]:
    """Capitalised as written; not_names wins over this list."""
    return frozenset(name for name in _words("first_names.txt") if name.lower() not in not_names())


@cache
def surnames() -> frozenset[str]:
    return _words("surnames.txt")


@cache
def common_word_surnames() -> frozenset[str]:
    """Surnames that are ordinary words too: a name only next to another name part or after a title."""
    return _words("common_word_surnames.txt")


@cache
def not_names() -> frozenset[str]:
    """Lower-cased: function words, calendar words, brands and places."""
    return frozenset(word.lower() for word in _words("not_names.txt"))


def listed_double_surname(word: str) -> bool:
    """A hyphenated name whose parts are all listed names, one a surname that is no word: "Haan-Mulder"."""
    parts, firsts, lasts, common = word.split("-"), first_names(), surnames(), common_word_surnames()
    return all(part in lasts or part in firsts for part in parts) and any(
        part in lasts and part not in common for part in parts
    )


@cache
def brand_names() -> frozenset[tuple[str, ...]]:
    """Multi-word shop and brand names that look like a person's, as lower-case word tuples."""
    lines = (_DATA / "brand_names.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(tuple(brand_words(line.split())) for line in lines if line.strip() and not line.startswith("#"))


@cache
def not_person_words() -> frozenset[str]:
    """Lower-cased: languages and companies; a chain holding one is no person."""
    return frozenset(word.lower() for word in _words("not_person_words.txt"))


@cache
def trade_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Business nouns: (whole words, endings of compounds: every word, and those marked * only as an ending)."""
    words = _words("trade_words.txt")
    return frozenset(w for w in words if not w.startswith("*")), tuple(w.lstrip("*") for w in words)


@cache
def _endings_by_length() -> tuple[frozenset[str], dict[int, frozenset[str]]]:
    whole, endings = trade_words()
    lengths = {len(end) for end in endings}
    return whole, {size: frozenset(end for end in endings if len(end) == size) for size in sorted(lengths)}


@lru_cache(maxsize=65536)
def trade_word(word: str) -> bool:
    """`word` (lower case) is a listed business noun or a compound ending in one (one suffix look-up per ending
    length, and each word once: this runs for every capitalised word)."""
    whole, by_length = _endings_by_length()
    # a short ending needs a longer word before it: "Groentehal", not the name "Vishal"
    return word in whole or any(
        len(word) - size >= max(3, 8 - size) and word[-size:] in ends for size, ends in by_length.items()
    )


def brand_words(words: list[str]) -> list[str]:
    """Lower case, without a possessive 's or a hyphenated ending in lower case ("Heijn-filiaal"; not the "-Jan"
    of "Dirk-Jan van den Broek", a person): how brand names are compared."""
    out = []
    for word in words:
        head, _, tail = word.rstrip(".").partition("-")  # "Dr. Oetker" as listed, "Dr" as tokenised
        word = (head if not tail[:1].isupper() else f"{head}-{tail}").lower()
        out.append(word[:-2] if word.endswith(("'s", "’s")) else word)
    return out
