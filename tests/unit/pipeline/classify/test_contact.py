"""Classifying one redacted contact."""

from nlp.classifiers import Classification
from nlp.contact_redaction import redact_contact
from pipeline.classify.contact import classify_contact
from pipeline.synthetic import generate


class Recording:
    """Answers one label and keeps the text it was asked about."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []

    def classify(self, text: str, language: str) -> Classification:
        self.seen.append((text, language))
        return Classification(category="service.outage", confidence=0.9, matched_terms=["storing"])


def test_classify_contact_keeps_the_redacted_transcript_and_flags():
    item = generate(1, seed=12, labels=["service.outage"])[0]
    classifier = Recording()
    classified = classify_contact(redact_contact(item.contact), classifier)
    assert (classified.label, classified.category, classified.matched_terms) == (
        "service.outage",
        "service",
        ["storing"],
    )
    [(text, language)] = classifier.seen
    assert text.splitlines() == [turn.text for turn in classified.redacted_transcript]
    assert language == classified.language.value
    assert classified.repeat_contact == item.contact.repeat_contact
    assert all(secret not in classified.model_dump_json() for secret in item.personal_data)
