"""Features from a spaCy Doc's tokens: word 1–2-grams and character 2–5-grams within words.

Built from the tokens the pipeline already made, so a contact is tokenised once. Placeholders that
redaction left (`[NAME]`, `[PHONE]`, …) are single tokens here and carry no personal data.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc

CHAR_NGRAMS = (2, 5)


def doc_tokens(doc: Doc) -> list[str]:
    """Lower-cased tokens without spaces and punctuation-only tokens (they carry no topic)."""
    return [token.lower_ for token in doc if not (token.is_space or token.is_punct)]


def word_ngrams(tokens: Sequence[str]) -> list[str]:
    """Unigrams and bigrams (`w:` prefix keeps them apart from character n-grams in one vocabulary)."""
    return [*tokens, *(f"{first} {second}" for first, second in zip(tokens, tokens[1:], strict=False))]


def char_ngrams(tokens: Iterable[str], sizes: tuple[int, int] = CHAR_NGRAMS) -> list[str]:
    """Character n-grams of each token padded with spaces, as scikit-learn's `char_wb` analyzer makes them."""
    low, high = sizes
    grams: list[str] = []
    for token in tokens:
        padded = f" {token} "
        length = len(padded)
        for size in range(low, high + 1):
            if size > length:
                break
            grams.extend(padded[start : start + size] for start in range(length - size + 1))
    return grams


def identity(features: list[str]) -> list[str]:
    """scikit-learn analyzer for features made here (a module function, so models pickle)."""
    return features
