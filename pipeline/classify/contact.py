"""Classify one redacted contact (pure: the classifier is passed in)."""

from __future__ import annotations

from nlp.classifier import Classifier
from topics.records import ClassifiedContact, RedactedContact


def classify_contact(contact: RedactedContact, classifier: Classifier) -> ClassifiedContact:
    """Classify on what the customer and agent said plus the agent's tags and notes."""
    parts = [turn.text for turn in contact.transcript] + contact.agent_tags
    if contact.agent_notes:
        parts.append(contact.agent_notes)
    result = classifier.classify("\n".join(parts), contact.language.value)
    return ClassifiedContact(
        contact_id=contact.contact_id,
        channel=contact.channel,
        occurred_at=contact.occurred_at,
        language=contact.language,
        product=contact.product,
        customer_ref=contact.customer_ref,
        agent_id=contact.agent_id,
        category=result.category,
        confidence=result.confidence,
        matched_terms=result.matched_terms,
        repeat_contact=contact.repeat_contact,
        transferred=contact.transferred,
        handle_time_seconds=contact.handle_time_seconds,
        csat=contact.csat,
        nps=contact.nps,
        redacted_transcript=contact.transcript,
    )
