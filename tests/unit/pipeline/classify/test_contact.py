"""Classifying one redacted contact."""

from nlp.classifier import TaxonomyClassifier
from nlp.contact_redaction import redact_contact
from pipeline.classify.contact import classify_contact
from pipeline.synthetic import generate


def test_classify_contact_keeps_the_redacted_transcript_and_flags():
    item = generate(1, seed=12, categories=["service_outage"])[0]
    classified = classify_contact(redact_contact(item.contact), TaxonomyClassifier())
    assert classified.category == "service_outage"
    assert classified.repeat_contact == item.contact.repeat_contact
    assert all(secret not in classified.model_dump_json() for secret in item.personal_data)
