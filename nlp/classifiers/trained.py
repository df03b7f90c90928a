"""The trained classifier: one saved spaCy pipeline per language, loaded by path.

A model folder holds `nl/` and/or `en/` (each a pipeline saved with `nlp.to_disk`) or is itself one
pipeline (then used for every language). A contact whose best calibrated score is below the
component's threshold, or whose best label is `unclassified`, is `unclassified`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import spacy
from spacy.language import Language

from nlp.classifiers import DEFAULT_MODEL, Classification  # noqa: F401 (DEFAULT_MODEL: re-exported)
from nlp.classifiers.component import FACTORY, ContactClassifier  # noqa: F401 (registers the factory)
from nlp.config_file import ConfigError
from nlp.taxonomy import UNCLASSIFIED

LANGUAGES = ("nl", "en")


def is_pipeline(path: Path) -> bool:
    return (path / "config.cfg").is_file()


def load_pipelines(path: Path) -> dict[str, Language]:
    """`{language: pipeline}` from a model folder; ConfigError naming the path when there is none."""
    path = Path(path)
    if is_pipeline(path):
        nlp = spacy.load(path)
        return {language: nlp for language in LANGUAGES}
    found = {language: spacy.load(path / language) for language in LANGUAGES if is_pipeline(path / language)}
    if not found:
        raise ConfigError(f"{path}: no trained model here (expected nl/ or en/ with config.cfg); run `make model`")
    for language in LANGUAGES:  # a missing language falls back to the other one
        found.setdefault(language, next(iter(found.values())))
    return found


class TrainedClassifier:
    def __init__(self, path: Path, known_labels: Sequence[str] | None = None) -> None:
        self.path = Path(path)
        self.pipelines = load_pipelines(self.path)
        if known_labels is not None:
            for language, nlp in self.pipelines.items():
                unknown = sorted(set(component(nlp).labels) - set(known_labels))
                if unknown:
                    raise ConfigError(
                        f"{self.path}: the {language} model knows labels the taxonomy does not: {', '.join(unknown)}"
                    )

    def classify(self, text: str, language: str) -> Classification:
        return self.classify_many([text], [language])[0]

    def classify_many(self, texts: Sequence[str], languages: Sequence[str]) -> list[Classification]:
        """Batch classification: each language's documents go through its pipeline together."""
        results: list[Classification | None] = [None] * len(texts)
        for language, nlp in self.pipelines.items():
            rows = [i for i, lang in enumerate(languages) if (lang if lang in LANGUAGES else LANGUAGES[0]) == language]
            if not rows:
                continue
            threshold = component(nlp).threshold
            for row, doc in zip(rows, nlp.pipe(texts[i] for i in rows), strict=True):
                results[row] = _decide(*doc._.decision, threshold)
        return [result for result in results if result is not None]


def component(nlp: Language) -> ContactClassifier:
    return nlp.get_pipe(FACTORY)


def _decide(label: str, score: float, terms: list[str], threshold: float) -> Classification:
    confidence = round(score, 4)
    if label == UNCLASSIFIED or score < threshold:
        return Classification(category=UNCLASSIFIED, confidence=confidence)
    return Classification(category=label, confidence=confidence, matched_terms=terms)
