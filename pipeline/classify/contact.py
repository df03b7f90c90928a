"""Classify one redacted contact (pure: the classifier is passed in)."""

from __future__ import annotations

from nlp.classifiers import Classifier
from nlp.taxonomy import category_of
from nlp.text import contact_text
from topics.records import ClassifiedContact, RedactedContact


def classify_contact(contact: RedactedContact, classifier: Classifier) -> ClassifiedContact:
    """Classify on what the customer and agent said plus the agent's tags and notes."""
    text = contact_text((turn.text for turn in contact.transcript), contact.agent_tags, contact.agent_notes)
    result = classifier.classify(text, contact.language.value)
    return ClassifiedContact(
        contact_id=contact.contact_id,
        channel=contact.channel,
        occurred_at=contact.occurred_at,
        language=contact.language,
        product=contact.product,
        customer_ref=contact.customer_ref,
        agent_id=contact.agent_id,
        label=result.category,
        category=category_of(result.category),
        confidence=result.confidence,
        matched_terms=result.matched_terms,
        repeat_contact=contact.repeat_contact,
        transferred=contact.transferred,
        handle_time_seconds=contact.handle_time_seconds,
        csat=contact.csat,
        nps=contact.nps,
        redacted_transcript=contact.transcript,
    )
