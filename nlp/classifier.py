"""Classify a redacted contact into a recurring-issue category.

`Classifier` is the interface the pipeline depends on; `TaxonomyClassifier` is the first real
implementation: spaCy's PhraseMatcher over blank Dutch and English pipelines, matching taxonomy
phrases case-insensitively. The matched phrases are kept: they are what makes an issue recur.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Protocol

import spacy
from spacy.matcher import PhraseMatcher

from nlp.taxonomy import OTHER, Taxonomy, load_taxonomy

LANGUAGES = ("nl", "en")


@dataclass(frozen=True)
class Classification:
    category: str
    confidence: float
    matched_terms: list[str] = field(default_factory=list)


class Classifier(Protocol):
    def classify(self, text: str, language: str) -> Classification: ...


class TaxonomyClassifier:
    """Most-matched taxonomy category wins; ties go to the category matched first in the text."""

    def __init__(self, taxonomy: Taxonomy | None = None) -> None:
        self.taxonomy = taxonomy or load_taxonomy()
        self._nlp = {language: spacy.blank(language) for language in LANGUAGES}
        self._matchers = {language: self._build_matcher(language) for language in LANGUAGES}

    def _build_matcher(self, language: str) -> PhraseMatcher:
        nlp = self._nlp[language]
        matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for name, category in self.taxonomy.categories.items():
            # Both languages' phrases in both matchers: customers mix languages ("mijn refund").
            phrases = [*getattr(category, language), *category.nl, *category.en]
            matcher.add(name, list(nlp.tokenizer.pipe(dict.fromkeys(phrases))))
        return matcher

    def classify(self, text: str, language: str) -> Classification:
        nlp = self._nlp[language if language in self._nlp else LANGUAGES[0]]
        doc = nlp.make_doc(text)
        matches = self._matchers[nlp.lang](doc)
        if not matches:
            return Classification(category=OTHER, confidence=0.0)
        hits: Counter[str] = Counter()
        first_seen: dict[str, int] = {}
        terms: dict[str, dict[str, None]] = {}
        for match_id, start, end in matches:
            name = nlp.vocab.strings[match_id]
            hits[name] += 1
            first_seen.setdefault(name, start)
            terms.setdefault(name, {})[doc[start:end].text.lower()] = None
        best = max(hits, key=lambda name: (hits[name], -first_seen[name]))
        confidence = round(hits[best] / sum(hits.values()), 4)
        return Classification(category=best, confidence=confidence, matched_terms=list(terms[best]))
