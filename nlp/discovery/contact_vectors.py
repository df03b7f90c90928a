"""A contact's text as a discovery vector, with the tokenizer and word weights of its language's pipeline."""

from __future__ import annotations

from collections.abc import Iterable

import spacy

from nlp.classifiers.features import doc_tokens
from nlp.discovery.vectors import Vector, Vectoriser


def customer_text(turns: Iterable[object]) -> str:
    """What the customer said (every turn when no turn is the customer's): what a contact is about,
    without the agent's greetings and scripts."""
    turns = list(turns)
    said = [turn.text for turn in turns if getattr(turn.speaker, "value", turn.speaker) == "customer"]
    return "\n".join(said or [turn.text for turn in turns])


class ContactVectors:
    def __init__(self, classifier: object) -> None:
        self.classifier = classifier
        self._tokenizers: dict[str, object] = {}
        self._vectorisers: dict[str, Vectoriser] = {}

    def of(self, text: str, language: str) -> Vector:
        if language not in self._vectorisers:
            pipelines = getattr(self.classifier, "pipelines", None) or {}
            nlp = pipelines.get(language) or spacy.blank(language)
            self._tokenizers[language] = nlp.tokenizer
            self._vectorisers[language] = Vectoriser.from_classifier(self.classifier, language)
        return self._vectorisers[language].vector(doc_tokens(self._tokenizers[language](text)))
