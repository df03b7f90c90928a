"""Classify a redacted contact into a recurring-issue category.

`Classifier` is the interface the pipeline depends on; `TaxonomyClassifier` is the first real
implementation: spaCy's PhraseMatcher over blank Dutch and English pipelines, matching taxonomy
phrases case-insensitively. The matched phrases are kept: they are what makes an issue recur.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Protocol

import spacy
from spacy.matcher import PhraseMatcher

from nlp.taxonomy import OTHER, Taxonomy, load_taxonomy

LANGUAGES = ("nl", "en")
_SPACES = re.compile(r"[ \t\xa0]+")


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
        # The phrase each match stands for, by its lowercased tokens: matched terms are always the
        # taxonomy's own spelling, a bounded set that is safe as a metrics label.
        self._canonical: dict[tuple[str, ...], str] = {}
        self._matchers = {language: self._build_matcher(language) for language in LANGUAGES}

    def _build_matcher(self, language: str) -> PhraseMatcher:
        nlp = self._nlp[language]
        matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for name, category in self.taxonomy.categories.items():
            # Both languages' phrases in both matchers: customers mix languages ("mijn refund").
            phrases = list(dict.fromkeys(phrase.lower() for phrase in [*category.nl, *category.en]))
            docs = list(nlp.tokenizer.pipe(phrases))
            for phrase, doc in zip(phrases, docs, strict=True):
                self._canonical.setdefault(tuple(token.lower_ for token in doc), phrase)
            matcher.add(name, docs)
        return matcher

    def classify(self, text: str, language: str) -> Classification:
        nlp = self._nlp[language if language in self._nlp else LANGUAGES[0]]
        # Lowercase first: tokenizer exceptions are case-sensitive ("can't" splits, "CAN'T" does not);
        # collapse spaces: extra ones become tokens and break phrases.
        doc = nlp.make_doc(_SPACES.sub(" ", text.lower()))
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
            term = self._canonical[tuple(token.lower_ for token in doc[start:end])]
            terms.setdefault(name, {})[term] = None
        best = max(hits, key=lambda name: (hits[name], -first_seen[name]))
        confidence = round(hits[best] / sum(hits.values()), 4)
        return Classification(category=best, confidence=confidence, matched_terms=list(terms[best]))
