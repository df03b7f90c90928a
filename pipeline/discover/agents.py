"""Discover agents: `contacts.uncertain` → candidate issues (and new_issue signals); `taxonomy.promotions`
→ the promoted labels every worker applies (and the signal that opens the new label's issue); a promotion or
dismissal closes the candidate's own issue (`issues.events`).

Candidates live in a global table (one key per candidate, so every worker can show them and take a
promotion) written by the one worker that holds `contacts.uncertain`'s single partition. It keeps the
candidates in memory as a pool with an index, and the replay guard beside it; both are rebuilt from the table
when a record is not the next one this worker expects (after a restart, or when the partition comes back from
another worker), never from what the table echoes back of this worker's own writes. A batch's changes are
written with the guard before Faust acks the batch: a replay changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import faust

from nlp.discovery.candidates import CandidatePool
from nlp.discovery.contact_vectors import customer_text
from pipeline.deps import Deps
from pipeline.discover import http
from pipeline.discover.promotion import decided
from pipeline.discover.service import GUARD_KEY, CandidateService
from pipeline.discover.signals import promotion_signal
from pipeline.discover.step import discover
from pipeline.issues.lifecycle import SYSTEM, on_triage
from pipeline.runtime.replay import ReplayGuard
from pipeline.runtime.stage import Out, Stage, run_stage, run_stage_in_batches
from pipeline.runtime.write_behind import WriteBehind
from topics import catalog
from topics.discovery import Candidate, Dismissal, Promotion
from topics.records import MAX_CONTACT_BYTES, ClassifiedContact
from topics.validation import parse_record

MAX_PROMOTION_BYTES = 256 * 1024
BATCH, BATCH_SECONDS = 256, 0.2


def stored_candidates(table: Any) -> list[Candidate]:
    return [Candidate.model_validate_json(value) for key, value in list(table.items()) if key != GUARD_KEY and value]


class Discovering:
    """Writes are held until the end of a batch (`flush`, before Faust acks the batch): a candidate that grows
    by many contacts of a batch is written once."""

    def __init__(self, deps: Deps, candidates: Any, promotions: Any, dismissals: Any = None) -> None:
        self.deps, self.candidates, self.promotions = deps, candidates, promotions
        self.dismissals = dismissals if dismissals is not None else {}
        self.policy, self.known_share = deps.settings.discovery(), deps.settings.discovery_known_share
        self.held = WriteBehind(candidates, Candidate, partition_of=lambda _: 0)
        self.held_guard = WriteBehind(candidates, ReplayGuard, partition_of=lambda _: 0)
        self.pool: CandidatePool | None = None
        self.guard = ReplayGuard()
        self.decisions_seen: set[str] = set()

    def flush(self) -> None:
        self.held.flush()
        self.held_guard.flush()  # last: a crash before it replays the batch onto the candidates it wrote

    def current(self, offset: int) -> tuple[CandidatePool, ReplayGuard]:
        """The pool and guard; read from the table first when `offset` is not the next one expected."""
        if self.pool is None or offset > self.guard.last_offset + 1:
            self.flush()
            stored = self.candidates.get(GUARD_KEY)
            self.guard = ReplayGuard.model_validate_json(stored) if stored else ReplayGuard()
            self.pool = CandidatePool(self.policy, stored_candidates(self.candidates))
            self.decisions_seen = set()
        return self.pool, self.guard

    def process(self, message: Any, payload: bytes) -> Iterable[Out]:
        pool, guard = self.current(message.offset)
        if not guard.is_replay(message.offset):  # a poison record is not expected again either
            self.guard = guard.model_copy(update={"last_offset": message.offset})
        contact = parse_record(ClassifiedContact, payload, max_bytes=2 * MAX_CONTACT_BYTES)
        self.mark_decided(pool)
        text = customer_text(contact.redacted_transcript)
        vector = self.deps.services.vectors.of(text, contact.language.value)
        done = discover(pool, guard, contact, message.offset, text, vector, self.known_share)
        if done is None:
            return []
        for candidate in done.changed:
            self.held[candidate.candidate_id] = candidate
        for candidate_id in done.deleted:
            self.held.delete(candidate_id, 0)
        self.guard = self.held_guard[GUARD_KEY] = done.guard
        closed = [
            on_triage(absorbed, True, SYSTEM, f"folded into {into.label}: the same problem", contact.occurred_at)
            for into, absorbed in done.absorbed
        ]
        return [
            *(Out(self.deps.topics.signals, s.label.encode(), s.to_bytes()) for s in done.signals),
            *(Out(self.deps.topics.issue_events, e.issue_id.encode(), e.to_bytes()) for e in closed),
        ]

    def mark_decided(self, pool: CandidatePool) -> None:
        """Candidates promoted or dismissed since (people decide on any worker) stop signalling."""
        decisions = [(f"p:{key}", stored, Promotion) for key, stored in list(self.promotions.items())]
        decisions += [(f"d:{key}", stored, Dismissal) for key, stored in list(self.dismissals.items())]
        for seen, stored, model in decisions:
            if not stored or seen in self.decisions_seen:
                continue
            self.decisions_seen.add(seen)
            decision = model.model_validate_json(stored)
            candidate = pool.candidates.get(decision.candidate_id)
            if candidate is None:
                continue
            promoted_label = decision.label if isinstance(decision, Promotion) else None
            after = decided(candidate, promoted_label, dismissed=promoted_label is None)
            if after is not candidate:
                pool.replace(after)
                self.held[after.candidate_id] = after


def promotion_stage(deps: Deps, promotions: Any) -> Stage:
    policy = deps.settings.discovery()

    def process(payload: bytes) -> Iterable[Out]:
        promotion = parse_record(Promotion, payload, max_bytes=MAX_PROMOTION_BYTES)
        promotions[promotion.label] = promotion.model_dump_json()
        deps.services.promoted.refresh()
        signal = promotion_signal(promotion, policy)
        closed = on_triage(
            promotion.candidate_id, True, promotion.actor, f"promoted to {promotion.label}", promotion.at
        )
        return [
            Out(deps.topics.signals, signal.label.encode(), signal.to_bytes()),
            Out(deps.topics.issue_events, closed.issue_id.encode(), closed.to_bytes()),
        ]

    return Stage("discover", catalog.PROMOTIONS, process, unexpected="cannot apply promotion")


def dismissal_stage(deps: Deps, dismissals: Any) -> Stage:
    def process(payload: bytes) -> Iterable[Out]:
        dismissal = parse_record(Dismissal, payload, max_bytes=MAX_PROMOTION_BYTES)
        dismissals[dismissal.candidate_id] = dismissal.model_dump_json()
        note = f"dismissed in triage: {dismissal.note}" if dismissal.note else "dismissed in triage"
        closed = on_triage(dismissal.candidate_id, False, dismissal.actor, note, dismissal.at)
        return [Out(deps.topics.issue_events, closed.issue_id.encode(), closed.to_bytes())]

    return Stage("discover", catalog.DISMISSALS, process, unexpected="cannot apply dismissal")


def register(app: faust.App, deps: Deps) -> CandidateService:
    """Agents, the global `discovery_candidates`, `promotions` and `dismissals` tables, the API; the service
    for the page."""
    candidates = app.GlobalTable("discovery_candidates", default=None, partitions=1)
    promotions = app.GlobalTable("promotions", default=None, partitions=1)
    dismissals = app.GlobalTable("dismissals", default=None, partitions=1)
    deps.services.promoted.attach(lambda: {key: value for key, value in promotions.items() if value})
    discovering = Discovering(deps, candidates, promotions, dismissals)
    promoting, dismissing = promotion_stage(deps, promotions), dismissal_stage(deps, dismissals)
    stage = Stage("discover", catalog.UNCERTAIN, discovering.process, unexpected="cannot discover")

    @app.agent(deps.topics.uncertain, name="discover_candidates")
    async def discover_candidates(stream: faust.StreamT) -> None:
        await run_stage_in_batches(stream, stage, deps.dead_letters, BATCH, BATCH_SECONDS, discovering.flush)

    @app.agent(deps.topics.promotions, name="apply_promotions")
    async def apply_promotions(stream: faust.StreamT) -> None:
        await run_stage(stream, promoting, deps.dead_letters)

    @app.agent(deps.topics.dismissals, name="apply_dismissals")
    async def apply_dismissals(stream: faust.StreamT) -> None:
        await run_stage(stream, dismissing, deps.dead_letters)

    service = CandidateService(deps, candidates, promotions, dismissals)
    http.register(app, deps, service)
    return service
