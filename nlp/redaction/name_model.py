"""A learned second opinion on capitalised words that no rule took for a name: "Barnaby Whitmore" at the end
of a review, "Tegenpartij Srinivas Bhatt", a surname no list knows.

A logistic regression over the shape of the words (suffixes, prefixes, capitals, hyphens, particles), the
word lists (first name, surname, ordinary word) and the words around them (the two before, the one after,
the punctuation that follows). It is trained (by `make model`, else the first time it is needed; the weights
are kept in `nlp/models/name_model.json`, see `name_model_cache`) on the labelled privacy corpus's
splits that are no longer held out (`TRAINED_ON`; `tests/unit/nlp` checks none of them is held out): every
chain of capitalised words the recogniser can form there, labelled by whether it holds part of a name.
`THRESHOLD` was chosen on `test_v6` with the model trained on the splits before it (and then scored once on
the held-out `test_v7`, later `test_v8`); the model used is trained on all of `TRAINED_ON`.
"""

from __future__ import annotations

import json
import math
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from nlp.redaction.lexicon import common_word_surnames, first_names, not_names, surnames
from nlp.redaction.name_model_cache import CACHE, fingerprint, load, save
from nlp.redaction.name_tokens import Tokens, candidate_chains

CORPUS = Path(__file__).resolve().parent.parent / "data" / "privacy" / "corpus.jsonl"
TRAINED_ON = ("dev", *(f"test_v{number}" for number in (*range(1, 61), *range(62, 119))))  # every split not held out
THRESHOLD = 0.8
_BUCKETS = 2**18  # features are hashed (crc32) into this many weights


def chain_features(tokens: Tokens, first: int, end: int) -> list[str]:
    """What the model sees of the chain `first`..`end`-1 and its surroundings."""
    words = tokens.words[first:end]
    features = [f"n={min(len(words), 4)}", "bias"]
    for position, word in enumerate(words):
        lower = word.lower()
        where = "first" if position == 0 else "last" if position == len(words) - 1 else "mid"
        features += [f"suf3={lower[-3:]}", f"suf4={lower[-4:]}", f"pre3={lower[:3]}", f"{where}:suf3={lower[-3:]}"]
        features.append(f"shape={'X' if word.isupper() else 'Xx' if word[:1].isupper() else 'x'}")
        features.append(f"len={min(len(word), 12) // 3}")
        if "-" in word:
            features.append("hyphen")
        if lower in not_names():
            features.append("ordinary_word")
        elif word.capitalize() in first_names():
            features.append("listed_first")
        elif word.capitalize() in surnames():
            features.append("listed_surname" if word.capitalize() not in common_word_surnames() else "common_surname")
    return features + context_features(tokens, first, end)


def context_features(tokens: Tokens, first: int, end: int) -> list[str]:
    """The words around the chain `first`..`end`-1 (two before, one after) and the punctuation beside it."""
    before = [tokens.lower[i] for i in (first - 2, first - 1) if 0 <= i < len(tokens)]
    features = [f"before1={before[-1]}" if before else "before1=^", f"before2={' '.join(before)}"]
    features.append(f"after1={tokens.lower[end]}" if end < len(tokens) else "after1=$")
    gap_before = tokens.text[max(0, tokens.starts[first] - 2) : tokens.starts[first]]
    features.append(f"gap_before={gap_before.strip() or ('start' if tokens.starts[first] < 2 else 'space')}")
    after = tokens.text[tokens.ends[end - 1] : tokens.ends[end - 1] + 2]
    features.append(f"gap_after={after.strip()[:1] or ('end' if not after else 'space')}")
    return features


def _labelled_chains(records: list[dict]) -> Iterator[tuple[list[str], int]]:
    for record in records:
        text = record["text"]
        taken = bytearray(len(text))
        for span in record["spans"]:
            if span["type"] != "NAME":
                taken[span["start"] : span["end"]] = b"\x01" * (span["end"] - span["start"])
        names = [(span["start"], span["end"]) for span in record["spans"] if span["type"] == "NAME"]
        tokens = Tokens(text, taken)
        for first, end in candidate_chains(tokens):
            start, stop = tokens.starts[first], tokens.ends[end - 1]
            label = any(start < name_end and name_start < stop for name_start, name_end in names)
            yield chain_features(tokens, first, end), int(label)


def _indices(features: list[str]) -> list[int]:
    return [zlib.crc32(feature.encode()) & (_BUCKETS - 1) for feature in features]


@dataclass(frozen=True)
class NameModel:
    """The fitted weights, applied here (a sum and a logistic): scikit-learn's per-call checks would cost more
    than the rest of the name recogniser for one chain."""

    weights: list[float]
    bias: float

    def probability(self, features: list[str]) -> float:
        score = self.bias + sum(self.weights[index] for index in _indices(features))
        return 1.0 / (1.0 + math.exp(-score))


def train(splits: tuple[str, ...] = TRAINED_ON, corpus: Path = CORPUS) -> NameModel:
    """Fit on the chains of `splits` (about half a second for the whole corpus)."""
    lines = corpus.read_text(encoding="utf-8").splitlines()
    records = [record for record in map(json.loads, lines) if record["split"] in splits]
    return fit(list(_labelled_chains(records)))


def fit(samples: list[tuple[list[str], int]]) -> NameModel:
    """A balanced logistic regression over the hashed features of labelled samples."""
    rows = [_indices(features) for features, _ in samples]
    matrix = sparse.csr_matrix(
        (np.ones(sum(map(len, rows))), np.concatenate(rows), np.cumsum([0] + [len(row) for row in rows])),
        shape=(len(rows), _BUCKETS),
    )
    labels = np.array([label for _, label in samples])
    fitted = LogisticRegression(C=1.0, solver="liblinear", class_weight="balanced").fit(matrix, labels)
    return NameModel(weights=fitted.coef_[0].tolist(), bias=float(fitted.intercept_[0]))


@cache
def trained_model(cache_file: Path = CACHE) -> NameModel:
    """The model the worker uses (it loads it at startup): the weights on disk when they were trained on what
    training would read now, else trained here and written there."""
    trained_on = fingerprint(CORPUS, TRAINED_ON, _BUCKETS)
    if (stored := load(cache_file, trained_on, _BUCKETS)) is not None:
        return NameModel(weights=stored[0], bias=stored[1])
    model = train()
    save(cache_file, trained_on, model.weights, model.bias)
    return model


def name_probability(tokens: Tokens, first: int, end: int, model: NameModel | None = None) -> float:
    """How likely the chain is (part of) a person's name."""
    return (model or trained_model()).probability(chain_features(tokens, first, end))
