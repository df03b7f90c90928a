"""Discover agents: `contacts.uncertain` → candidate issues (and new_issue signals); `taxonomy.promotions`
→ the promoted labels every worker applies (and the signal that opens the new label's issue).

Candidates live in a global table (one key per candidate, so every worker can show them and take a
promotion) written by the one worker that holds `contacts.uncertain`'s single partition. It keeps the
candidates in memory as a pool with an index, and the replay guard beside it; both are rebuilt from the table
when a record is not the next one this worker expects (after a restart, or when the partition comes back from
another worker), never from what the table echoes back of this worker's own writes. Each contact's changes
are written with the guard before Faust acks it: a replay changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import faust

from nlp.discovery.candidates import CandidatePool
from nlp.discovery.contact_vectors import customer_text
from pipeline.deps import Deps
from pipeline.discover import http
from pipeline.discover.service import GUARD_KEY, CandidateService
from pipeline.discover.signals import promotion_signal
from pipeline.discover.step import discover
from pipeline.runtime.replay import ReplayGuard
from pipeline.runtime.stage import Out, Stage, run_stage, run_stage_on_events
from topics import catalog
from topics.discovery import Candidate, Promotion
from topics.records import MAX_CONTACT_BYTES, ClassifiedContact
from topics.validation import parse_record

MAX_PROMOTION_BYTES = 256 * 1024


def stored_candidates(table: Any) -> list[Candidate]:
    return [Candidate.model_validate_json(value) for key, value in list(table.items()) if key != GUARD_KEY and value]


class Discovering:
    def __init__(self, deps: Deps, candidates: Any, promotions: Any) -> None:
        self.deps, self.candidates, self.promotions = deps, candidates, promotions
        self.policy, self.known_share = deps.settings.discovery(), deps.settings.discovery_known_share
        self.pool: CandidatePool | None = None
        self.guard = ReplayGuard()

    def current(self, offset: int) -> tuple[CandidatePool, ReplayGuard]:
        """The pool and guard; read from the table first when `offset` is not the next one expected."""
        if self.pool is None or offset > self.guard.last_offset + 1:
            stored = self.candidates.get(GUARD_KEY)
            self.guard = ReplayGuard.model_validate_json(stored) if stored else ReplayGuard()
            self.pool = CandidatePool(self.policy, stored_candidates(self.candidates))
        return self.pool, self.guard

    def process(self, message: Any, payload: bytes) -> Iterable[Out]:
        pool, guard = self.current(message.offset)
        if not guard.is_replay(message.offset):  # a poison record is not expected again either
            self.guard = guard.model_copy(update={"last_offset": message.offset})
        contact = parse_record(ClassifiedContact, payload, max_bytes=2 * MAX_CONTACT_BYTES)
        self.mark_promoted(pool)
        text = customer_text(contact.redacted_transcript)
        vector = self.deps.services.vectors.of(text, contact.language.value)
        done = discover(pool, guard, contact, message.offset, text, vector, self.known_share)
        if done is None:
            return []
        for candidate in done.changed:
            self.candidates[candidate.candidate_id] = candidate.model_dump_json()
        for candidate_id in done.deleted:
            if candidate_id in self.candidates:
                del self.candidates[candidate_id]
        self.guard = done.guard
        self.candidates[GUARD_KEY] = done.guard.model_dump_json()
        return [Out(self.deps.topics.signals, s.label.encode(), s.to_bytes()) for s in done.signals]

    def mark_promoted(self, pool: CandidatePool) -> None:
        """Candidates promoted since (the promotion is decided on any worker) stop signalling."""
        for stored in list(self.promotions.values()):
            promotion = Promotion.model_validate_json(stored) if stored else None
            candidate = pool.candidates.get(promotion.candidate_id) if promotion else None
            if candidate is not None and candidate.status == "open":
                promoted = candidate.model_copy(update={"status": "promoted", "promoted_label": promotion.label})
                pool.replace(promoted)
                self.candidates[promoted.candidate_id] = promoted.model_dump_json()


def promotion_stage(deps: Deps, promotions: Any) -> Stage:
    policy = deps.settings.discovery()

    def process(payload: bytes) -> Iterable[Out]:
        promotion = parse_record(Promotion, payload, max_bytes=MAX_PROMOTION_BYTES)
        promotions[promotion.label] = promotion.model_dump_json()
        deps.services.promoted.refresh()
        signal = promotion_signal(promotion, policy)
        return [Out(deps.topics.signals, signal.label.encode(), signal.to_bytes())]

    return Stage("discover", catalog.PROMOTIONS, process, unexpected="cannot apply promotion")


def register(app: faust.App, deps: Deps) -> CandidateService:
    """Agents, the global `discovery_candidates` and `promotions` tables, the API; the service for the page."""
    candidates = app.GlobalTable("discovery_candidates", default=None, partitions=1)
    promotions = app.GlobalTable("promotions", default=None, partitions=1)
    deps.services.promoted.attach(lambda: {key: value for key, value in promotions.items() if value})
    discovering, promoting = Discovering(deps, candidates, promotions), promotion_stage(deps, promotions)
    stage = Stage("discover", catalog.UNCERTAIN, discovering.process, unexpected="cannot discover")

    @app.agent(deps.topics.uncertain, name="discover_candidates")
    async def discover_candidates(stream: faust.StreamT) -> None:
        await run_stage_on_events(stream, stage, deps.dead_letters, lambda: None)

    @app.agent(deps.topics.promotions, name="apply_promotions")
    async def apply_promotions(stream: faust.StreamT) -> None:
        await run_stage(stream, promoting, deps.dead_letters)

    service = CandidateService(deps, candidates, promotions)
    http.register(app, deps, service)
    return service
