"""Telling a new problem from a known one the classifier was merely unsure about (pure).

Discovery also looks at contacts labelled with low confidence, because a classifier is confident about
problems it never saw. Its unsure contacts about a known issue then group too; such a candidate is told
apart by what the classifier called its members: when one known label has `known_share` of them (95 %), the
candidate is that issue, and it does not surface as new (it may still, when later contacts change the mix).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from nlp.discovery.candidates import Assignment, CandidatePool
from nlp.discovery.vectors import Vector
from nlp.taxonomy import UNCLASSIFIED
from topics.discovery import Candidate

KNOWN_SHARE = 0.95  # on the benchmark's three dev sets, lower shares hid new intents (0.6: 19 found, 0.95: 24)


def with_label(candidate: Candidate, label: str) -> Candidate:
    """The candidate with one more member the classifier called `label`."""
    return candidate.model_copy(update={"labels": {**candidate.labels, label: candidate.labels.get(label, 0) + 1}})


def known_label(candidate: Candidate, share: float = KNOWN_SHARE) -> str | None:
    """The known label most of the candidate's members were given, when it has `share` of them."""
    known = {label: n for label, n in candidate.labels.items() if label != UNCLASSIFIED}
    if not known:
        return None
    label, count = max(known.items(), key=lambda item: (item[1], item[0]))
    return label if count >= share * sum(candidate.labels.values()) else None


def held_back(candidate: Candidate) -> Candidate:
    """A candidate kept from surfacing: it may surface later, when its mix of members changes."""
    return candidate.model_copy(update={"surfaced_at": None, "signalled_size": 0})


def add_contact(
    pool: CandidatePool,
    contact_id: str,
    vector: Vector,
    language: str,
    at: datetime,
    text: str,
    label: str,
    known_share: float = KNOWN_SHARE,
) -> Assignment | None:
    """`pool.add` with what the classifier called the contact (`label`) kept on the candidate, and no new_issue
    for a candidate that is a known issue: what the worker does with each contact discovery takes."""
    assignment = pool.add(contact_id, vector, language, at, text)
    if assignment is None:
        return None
    candidate, signal = with_label(assignment.candidate, label), assignment.signal
    if signal == "opened" and known_label(candidate, known_share) is not None:
        candidate, signal = held_back(candidate), None
    pool.replace(candidate)
    return replace(assignment, candidate=candidate, signal=signal)
