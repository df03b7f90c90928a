"""Contacts the model is unsure about (pure): they may match a label promoted from a discovered candidate, and
those that do not go to discovery.

Unsure means unclassified, or labelled with less confidence than the discovery policy's `max_confidence`: a
classifier is confident about problems it never saw (its scores are spread over the labels it knows), so the
abstain threshold alone would keep most new problems from discovery (see `benchmarks/discovery.py`).
"""

from __future__ import annotations

from nlp.discovery.contact_vectors import ContactVectors, customer_text
from nlp.discovery.promoted import PromotedLabels
from nlp.taxonomy import UNCLASSIFIED, category_of
from topics.records import ClassifiedContact

# A contact the model did label (unsure) must be this close to a promoted candidate to change label: at the
# join threshold (0.2) one shared word is enough ("tv box" took a TV-box defect to a karaoke candidate, 0.42).
LABELLED_SIMILARITY = 0.5


def is_unsure(contact: ClassifiedContact, max_confidence: float) -> bool:
    return contact.label == UNCLASSIFIED or contact.confidence < max_confidence


def with_promoted_label(
    contact: ClassifiedContact, promoted: PromotedLabels, vectors: ContactVectors, max_confidence: float
) -> tuple[ClassifiedContact, bool]:
    """`contact` under the closest promoted label when the model is unsure and one is close enough (compared on
    what the customer said, as discovery grouped it: the join threshold for an unclassified contact,
    LABELLED_SIMILARITY for a labelled one); and whether it goes to discovery (unsure, no match)."""
    if not is_unsure(contact, max_confidence):
        return contact, False
    at_least = None if contact.label == UNCLASSIFIED else LABELLED_SIMILARITY
    match = promoted.match(vectors.of(customer_text(contact.redacted_transcript), contact.language.value), at_least)
    if match is None:
        return contact, True
    label, score, terms = match
    update = {"label": label, "category": category_of(label), "confidence": round(min(score, 1.0), 4)}
    return contact.model_copy(update={**update, "matched_terms": terms}), False
