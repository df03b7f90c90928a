"""Contacts the model leaves unclassified but that match a label promoted from a discovered candidate (pure)."""

from __future__ import annotations

from nlp.discovery.contact_vectors import ContactVectors, customer_text
from nlp.discovery.promoted import PromotedLabels
from nlp.taxonomy import UNCLASSIFIED, category_of
from topics.records import ClassifiedContact


def with_promoted_label(
    contact: ClassifiedContact, promoted: PromotedLabels, vectors: ContactVectors
) -> ClassifiedContact:
    """`contact` under the closest promoted label when the model found none and one is close enough
    (compared on what the customer said, as discovery grouped it)."""
    if contact.label != UNCLASSIFIED or not len(promoted):
        return contact
    match = promoted.match(vectors.of(customer_text(contact.redacted_transcript), contact.language.value))
    if match is None:
        return contact
    label, score, terms = match
    return contact.model_copy(
        update={
            "label": label,
            "category": category_of(label),
            "confidence": round(min(score, 1.0), 4),
            "matched_terms": terms,
        }
    )
