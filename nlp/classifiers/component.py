"""The spaCy component `contact_classifier`: calibrated label scores in `doc.cats`.

Registered as a spaCy factory, so a saved pipeline (`nlp.to_disk`) loads with `spacy.load(path)` once
this module is imported. `predict` has no side effects; `set_annotations` writes `doc.cats` and
`doc._.decision`: the best label, its score and the terms that drove it (words from the model's own
vocabulary).
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from nlp.classifiers.features import doc_tokens
from nlp.classifiers.linear import Features, LinearTextModel

FACTORY = "contact_classifier"
DEFAULT_THRESHOLD = 0.3  # chosen by 5-fold cross-validation on the training part of the bundled examples
if not Doc.has_extension("decision"):
    Doc.set_extension("decision", default=None)  # (best label, its score, driving terms): one attribute, read once


@dataclass(frozen=True)
class Scores:
    features: Features
    probabilities: np.ndarray  # documents × labels


class ContactClassifier:
    """Wraps a LinearTextModel; `threshold` is the calibrated score below which a contact is unclassified."""

    def __init__(self, nlp: Language, name: str, threshold: float) -> None:
        self.name, self.threshold = name, threshold
        self.stop_words = frozenset(nlp.Defaults.stop_words)
        self.model: LinearTextModel | None = None

    @property
    def labels(self) -> list[str]:
        return list(self.model.labels) if self.model else []

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations([doc], self.predict([doc]))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 1000) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            self.set_annotations(batch, self.predict(batch))
            yield from batch

    def predict(self, docs: list[Doc]) -> Scores:
        if self.model is None:
            raise ValueError(f"{self.name}: no model (train one with `feedback-loop train`)")
        features, probabilities = self.model.predict_proba([doc_tokens(doc) for doc in docs])
        return Scores(features, probabilities)

    def set_annotations(self, docs: list[Doc], scores: Scores) -> None:
        assert self.model is not None
        labels = self.model.labels
        best = scores.probabilities.argmax(axis=1)
        terms = self.model.driving_terms(scores.features, best.tolist(), self.stop_words)
        for doc, probabilities, best_index, driving in zip(
            docs, scores.probabilities.tolist(), best.tolist(), terms, strict=True
        ):
            doc.cats = dict(zip(labels, probabilities, strict=True))
            doc._.decision = (labels[best_index], probabilities[best_index], driving)

    def to_disk(self, path: Path, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "labels.json").write_text(json.dumps({"labels": self.labels, "threshold": self.threshold}, indent=2))
        with (path / "model.pkl").open("wb") as handle:
            pickle.dump(self.model, handle, protocol=pickle.HIGHEST_PROTOCOL)

    def from_disk(self, path: Path, exclude: Iterable[str] = ()) -> ContactClassifier:
        # A pickle runs code when loaded: load models only from paths you control (as with any model file).
        with (Path(path) / "model.pkl").open("rb") as handle:
            self.model = pickle.load(handle)  # noqa: S301
        return self


@Language.factory(FACTORY, default_config={"threshold": DEFAULT_THRESHOLD})
def make_contact_classifier(nlp: Language, name: str, threshold: float) -> ContactClassifier:
    return ContactClassifier(nlp, name, threshold)
