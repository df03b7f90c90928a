"""A learned reader of names written in lower case that no rule's cue announces: "customer fiona van acker
disputes it", "CRM-notitie: merel de clercq gaat verhuizen", "phone note floortje bakkali knee swollen".

A name in lower case looks like any other words, save for one thing: its words are not the ones people write
about their contracts and parcels. So a candidate is a run of lower-case words that the ordinary vocabulary
(every word of the training splits' text outside a labelled span) does not hold, or that the lists know as a
first name or surname, with particles between them ("van der") and after a particle any word ("van der sluis").
Each stretch of two to four name words in such a run is scored by a logistic regression over the words' shape
(suffixes, prefixes, length, listed or not, in the vocabulary or not) and the words around it (the two before,
the one after, the punctuation beside it); the best stretch of a run above `THRESHOLD` is a name.

Training sees what held-out text will show: the vocabulary a split is judged by is built from the other
training splits only (five folds by split), so the new words of a new kind of text are unknown, as they will be.
`THRESHOLD` was chosen by five-fold cross-validation over the splits trained on: at 0.7 it found 92 names the
rules miss there for 4 ordinary words, against 14 ordinary words at 0.5 (2026-11-29).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from nlp.redaction.lexicon import common_word_surnames, first_names, surnames
from nlp.redaction.name_cues import PARTICLES
from nlp.redaction.name_model import CORPUS, TRAINED_ON, NameModel, context_features, fit
from nlp.redaction.name_model_cache import fingerprint, load_words, save
from nlp.redaction.name_tokens import Tokens
from nlp.redaction.rules import Span

CACHE = Path(__file__).resolve().parent.parent / "models" / "lower_name_model.json"
THRESHOLD = 0.7
_BUCKETS = 2**18
_FOLDS = 5
_MAX_RUN = 6  # name words in a run; a stretch holds two to four of them
_PARTICLES = frozenset(particle for particle in PARTICLES if particle.islower()) | {"'t"}
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SOURCES = tuple(
    Path(__file__).resolve().parent / name
    for name in ("lower_name_model.py", "name_model.py", "name_tokens.py", "name_cues.py", "lexicon.py")
)


@dataclass(frozen=True)
class LowerNameModel:
    """The fitted weights and the vocabulary of ordinary words they were fitted against."""

    weights: NameModel
    vocabulary: frozenset[str]


def ordinary_vocabulary(records: list[dict]) -> frozenset[str]:
    """Every word (lower-cased) of the records' text outside a labelled span."""
    words: set[str] = set()
    for record in records:
        text, covered = record["text"], bytearray(len(record["text"]))
        for span in record["spans"]:
            covered[span["start"] : span["end"]] = b"\x01" * (span["end"] - span["start"])
        words.update(
            match.group(0).lower() for match in _WORD.finditer(text) if 1 not in covered[match.start() : match.end()]
        )
    return frozenset(words)


@cache
def _listed() -> frozenset[str]:
    """The listed first names and surnames (not those that are ordinary words too), in lower case."""
    names = first_names() | (surnames() - common_word_surnames())
    return frozenset(name.lower() for name in names)


def _name_word(tokens: Tokens, index: int, vocabulary: frozenset[str]) -> bool:
    word = tokens.lower[index]
    return (
        (word not in vocabulary or word in _listed())
        and word == tokens.words[index]
        and len(word) > 1
        and word not in _PARTICLES
        and not tokens.blocked(index)
    )


def _particle(tokens: Tokens, index: int) -> bool:
    return tokens.lower[index] in _PARTICLES and tokens.words[index].islower() and not tokens.blocked(index)


def runs(tokens: Tokens, vocabulary: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Runs of two or more name words on one line, with particles between them, in order."""
    index, count = 0, len(tokens)
    while index < count:
        if not _name_word(tokens, index, vocabulary):
            index += 1
            continue
        probe, words, end = index + 1, 1, index + 1
        while probe < count and words < _MAX_RUN and tokens.joined(probe) and not tokens.dots[probe - 1]:
            if _particle(tokens, probe):
                probe += 1
            elif _name_word(tokens, probe, vocabulary) or (
                _particle(tokens, probe - 1) and tokens.words[probe].islower() and not tokens.blocked(probe)
            ):  # after a particle any word: "van der sluis"
                words, probe, end = words + 1, probe + 1, probe + 1
            else:
                break
        if words >= 2:
            yield index, end
        index = max(end, index + 1)


def stretches(tokens: Tokens, first: int, end: int) -> Iterator[tuple[int, int]]:
    """The stretches of a run a name can be: two to four words, no particle at either end."""
    for start in range(first, end):
        if tokens.lower[start] in _PARTICLES:
            continue
        words = 0
        for stop in range(start + 1, end + 1):
            if tokens.lower[stop - 1] in _PARTICLES:
                continue
            words += 1
            if words > 4:
                break
            if words >= 2:
                yield start, stop


def features(tokens: Tokens, first: int, end: int, vocabulary: frozenset[str]) -> list[str]:
    """What the model sees of the stretch `first`..`end`-1 and its surroundings."""
    words = [word for word in tokens.lower[first:end] if word not in _PARTICLES]
    found = [f"n={len(words)}", "bias", f"particles={end - first - len(words)}"]
    for position, word in enumerate(words):
        where = "first" if position == 0 else "last" if position == len(words) - 1 else "mid"
        found += [f"suf3={word[-3:]}", f"suf4={word[-4:]}", f"pre3={word[:3]}", f"{where}:suf3={word[-3:]}"]
        found += [f"len={min(len(word), 12) // 3}", f"{where}:{'seen' if word in vocabulary else 'unseen'}"]
        if word.capitalize() in first_names():
            found.append(f"{where}:listed_first")
        if word.capitalize() in surnames():
            found.append(f"{where}:listed_surname")
        if "-" in word:
            found.append("hyphen")
    return found + context_features(tokens, first, end)


def _samples(records: list[dict], vocabulary: frozenset[str]) -> Iterator[tuple[list[str], int]]:
    """Every stretch of the records' runs, labelled by whether it is exactly a labelled name."""
    for record in records:
        text, taken = record["text"], bytearray(len(record["text"]))
        for span in record["spans"]:
            if span["type"] != "NAME":
                taken[span["start"] : span["end"]] = b"\x01" * (span["end"] - span["start"])
        names = {(span["start"], span["end"]) for span in record["spans"] if span["type"] == "NAME"}
        tokens = Tokens(text, taken)
        for run_first, run_end in runs(tokens, vocabulary):
            for first, end in stretches(tokens, run_first, run_end):
                exact = (tokens.starts[first], tokens.ends[end - 1]) in names
                yield features(tokens, first, end, vocabulary), int(exact)


def train(splits: tuple[str, ...] = TRAINED_ON, corpus: Path = CORPUS) -> LowerNameModel:
    """Fit on `splits`, each fold judged by the vocabulary of the others (a few seconds for the whole corpus)."""
    records = list(map(json.loads, corpus.read_text(encoding="utf-8").splitlines()))
    records = [record for record in records if record["split"] in splits]
    samples: list[tuple[list[str], int]] = []
    for fold in range(_FOLDS):
        judged = {split for number, split in enumerate(splits) if number % _FOLDS == fold}
        others = ordinary_vocabulary([record for record in records if record["split"] not in judged])
        samples += _samples([record for record in records if record["split"] in judged], others)
    return LowerNameModel(weights=fit(samples), vocabulary=ordinary_vocabulary(records))


@cache
def trained_lower_model(cache_file: Path = CACHE) -> LowerNameModel:
    """The model the worker uses: the one on disk when it was trained on what training would read now."""
    trained_on = fingerprint(CORPUS, TRAINED_ON, _BUCKETS, _SOURCES)
    if (stored := load_words(cache_file, trained_on, _BUCKETS)) is not None:
        weights, bias, vocabulary = stored
        return LowerNameModel(weights=NameModel(weights=weights, bias=bias), vocabulary=vocabulary)
    model = train()
    save(cache_file, trained_on, model.weights.weights, model.weights.bias, model.vocabulary)
    return model


def lower_model_name_spans(
    text: str, taken: bytearray, model: LowerNameModel | None = None, tokens: Tokens | None = None
) -> Iterator[Span]:
    """The best stretch of each run of lower-case name words, where the model holds it a name."""
    model = model or trained_lower_model()
    tokens = Tokens(text, taken) if tokens is None else tokens.taken_again()
    for run_first, run_end in runs(tokens, model.vocabulary):
        scored = (
            (model.weights.probability(features(tokens, first, end, model.vocabulary)), first, end)
            for first, end in stretches(tokens, run_first, run_end)
        )
        probability, first, end = max(scored)
        if probability >= THRESHOLD:
            yield tokens.starts[first], tokens.ends[end - 1], "NAME"
