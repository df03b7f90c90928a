"""Classify redacted contacts (pure: the classifier is passed in), one at a time or a batch together."""

from __future__ import annotations

from collections.abc import Sequence

from nlp.classifiers import Classification, Classifier
from nlp.taxonomy import category_of
from nlp.text import contact_text
from topics.records import ClassifiedContact, RedactedContact


def text_of(contact: RedactedContact) -> str:
    """What the customer and agent said plus the agent's tags and notes."""
    return contact_text((turn.text for turn in contact.transcript), contact.agent_tags, contact.agent_notes)


def classify_contact(contact: RedactedContact, classifier: Classifier) -> ClassifiedContact:
    return classified(contact, classifier.classify(text_of(contact), contact.language.value))


def classify_contacts(contacts: Sequence[RedactedContact], classifier: Classifier) -> list[ClassifiedContact]:
    """A batch: a trained classifier runs spaCy over it with `nlp.pipe` (one pass per language)."""
    many = getattr(classifier, "classify_many", None)
    if many is None:
        return [classify_contact(contact, classifier) for contact in contacts]
    results = many([text_of(contact) for contact in contacts], [contact.language.value for contact in contacts])
    return [classified(contact, result) for contact, result in zip(contacts, results, strict=True)]


def classified(contact: RedactedContact, result: Classification) -> ClassifiedContact:
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
