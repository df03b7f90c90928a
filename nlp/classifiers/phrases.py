"""The cold-start classifier: the taxonomy's own phrases, matched with spaCy's PhraseMatcher.

Used when no trained model is given. Most-matched label wins; phrases are matched case-insensitively
over blank Dutch and English pipelines, and the matched phrases are kept as the terms that recur.
"""

from __future__ import annotations

import re
from collections import Counter

import spacy
from spacy.matcher import PhraseMatcher

from nlp.classifiers import Classification
from nlp.taxonomy import UNCLASSIFIED, Taxonomy, load_taxonomy

LANGUAGES = ("nl", "en")
_SPACES = re.compile(r"[ \t\xa0]+")


class TaxonomyClassifier:
    """Most-matched label wins; ties go to the label matched first in the text."""

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
        for name in self.taxonomy.labels():
            # Both languages' phrases in both matchers: customers mix languages ("mijn refund").
            both = [*self.taxonomy.phrases(name, "nl"), *self.taxonomy.phrases(name, "en")]
            phrases = list(dict.fromkeys(phrase.lower() for phrase in both))
            if not phrases:
                continue
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
            return Classification(category=UNCLASSIFIED, confidence=0.0)
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
