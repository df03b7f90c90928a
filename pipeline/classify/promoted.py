"""Contacts the model is unsure about (pure): they may match a label promoted from a discovered candidate, and
those that do not go to discovery.

Which contacts discovery takes is `DiscoveryPolicy.takes`: unclassified ones, and those labelled with less
confidence than `max_confidence` that do not read like their label's training examples (novelty). A classifier
is confident about problems it never saw (its scores are spread over the labels it knows), so its abstain
threshold alone would keep most new problems from discovery (see `benchmarks/discovery.py`).
"""

from __future__ import annotations

from nlp.discovery.candidates import DiscoveryPolicy
from nlp.discovery.contact_vectors import ContactVectors, customer_text
from nlp.discovery.novelty import model_of, novelty
from nlp.discovery.promoted import PromotedLabels
from nlp.taxonomy import UNCLASSIFIED, category_of
from topics.records import ClassifiedContact

# A contact the model did label (unsure) must be this close to a promoted candidate to change label: at the
# join threshold one shared word is enough ("tv box" took a TV-box defect to a karaoke candidate, 0.42).
LABELLED_SIMILARITY = 0.5


def with_promoted_label(
    contact: ClassifiedContact,
    promoted: PromotedLabels,
    vectors: ContactVectors,
    policy: DiscoveryPolicy,
    classifier: object = None,
) -> tuple[ClassifiedContact, bool]:
    """`contact` under the closest promoted label when discovery would take it and one is close enough
    (compared on what the customer said, as discovery grouped it: the join threshold for an unclassified
    contact, LABELLED_SIMILARITY for a labelled one); and whether it goes to discovery (taken, no match)."""
    label, confidence, language = contact.label, contact.confidence, contact.language.value
    if not policy.takes(label, confidence):  # sure of its label: no vector needed
        return contact, False
    vector = vectors.of(customer_text(contact.redacted_transcript), language)
    if not policy.takes(label, confidence, novelty(vector, label, model_of(classifier, language))):
        return contact, False  # unsure, but it reads like its label's examples
    match = promoted.match(vector, None if label == UNCLASSIFIED else LABELLED_SIMILARITY) if len(promoted) else None
    if match is None:
        return contact, True
    new_label, score, terms = match
    update = {"label": new_label, "category": category_of(new_label), "confidence": round(min(score, 1.0), 4)}
    return contact.model_copy(update={**update, "matched_terms": terms}), False
