"""Promoting a candidate to a taxonomy label (pure): what may be promoted, and the Promotion record."""

from __future__ import annotations

from datetime import datetime

from nlp.taxonomy import Taxonomy, category_of
from topics.discovery import Candidate, Promotion, PromotionRequest


class PromotionError(ValueError):
    """The promotion cannot be made; the message says why (answered 409/422)."""


def promote(candidate: Candidate, request: PromotionRequest, taxonomy: Taxonomy, at: datetime) -> Promotion:
    category = category_of(request.label)
    if category not in taxonomy.categories:
        known = ", ".join(taxonomy.categories)
        raise PromotionError(f"label: unknown category {category!r}: it brings the owners (known: {known})")
    if request.label in taxonomy.labels():
        raise PromotionError(f"label: {request.label} is already a taxonomy label")
    if candidate.status != "open":
        raise PromotionError(f"candidate {candidate.candidate_id} is {candidate.status}, not open")
    return Promotion(
        label=request.label,
        name=request.name,
        category=category,
        candidate_id=candidate.candidate_id,
        actor=request.actor,
        at=at,
        first_seen=candidate.first_seen,
        size=candidate.size,
        centroid=candidate.centroid,
        examples=candidate.examples,
    )


def decided(candidate: Candidate, promoted_label: str | None = None, dismissed: bool = False) -> Candidate:
    """The candidate with what people decided on it: promoted (to `promoted_label`) before dismissed; a
    candidate already decided stays as it is."""
    if candidate.status != "open":
        return candidate
    if promoted_label:
        return candidate.model_copy(update={"status": "promoted", "promoted_label": promoted_label})
    if dismissed:
        return candidate.model_copy(update={"status": "dismissed"})
    return candidate


def as_examples(promotion: Promotion) -> list[dict[str, str]]:
    """The candidate's contacts as labelled examples (`feedback-loop train` reads these lines)."""
    return [{"text": e.text, "label": promotion.label, "language": e.language} for e in promotion.examples]
