"""One unclassified contact through discovery (pure): taken in once, put in a candidate, signals when due."""

from __future__ import annotations

from dataclasses import dataclass, field

from nlp.discovery.candidates import CandidatePool
from nlp.discovery.known import KNOWN_SHARE, add_contact
from nlp.discovery.vectors import Vector
from pipeline.discover.signals import candidate_signal
from pipeline.runtime.replay import ReplayGuard
from topics.discovery import Candidate
from topics.records import ClassifiedContact, Signal

FORGET_EVERY = 256  # contacts between sweeps for candidates that never recurred


@dataclass
class Discovered:
    guard: ReplayGuard
    changed: list[Candidate] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    absorbed: list[tuple[Candidate, str]] = field(default_factory=list)  # (the one it went into, absorbed id)
    signals: list[Signal] = field(default_factory=list)


def discover(
    pool: CandidatePool,
    guard: ReplayGuard,
    contact: ClassifiedContact,
    offset: int,
    text: str,
    vector: Vector,
    known_share: float = KNOWN_SHARE,
) -> Discovered | None:
    """What taking `contact` (its customer's `text`, as `vector`) in changes; None for a replayed offset."""
    if guard.is_replay(offset):
        return None
    done = Discovered(guard.after(contact.contact_id, offset))
    if guard.is_copy(contact.contact_id):
        return done
    language, at = contact.language.value, contact.occurred_at
    assignment = add_contact(pool, contact.contact_id, vector, language, at, text, contact.label, known_share)
    if assignment is not None:
        done.changed.append(assignment.candidate)
        done.deleted.extend(assignment.absorbed)
        done.absorbed.extend((assignment.candidate, absorbed) for absorbed in assignment.absorbed)
        if assignment.signal is not None:
            done.signals.append(candidate_signal(assignment.candidate, assignment.signal, pool.policy))
    if offset % FORGET_EVERY == 0:
        done.deleted.extend(pool.forget(contact.occurred_at))
    return done
