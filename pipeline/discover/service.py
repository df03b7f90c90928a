"""Reading candidates and promoting them on any worker (the tables are global): shared by API, page and CLI."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from pipeline.deps import Deps
from pipeline.discover.promotion import PromotionError, decided, promote
from topics.discovery import CANDIDATE_ID, Candidate, Dismissal, DismissalRequest, Promotion, PromotionRequest

APPLY_TIMEOUT_SECONDS = 10.0
GUARD_KEY = "_guard"


class UnknownCandidate(LookupError):
    pass


class CandidateService:
    def __init__(self, deps: Deps, candidates: Any, promotions: Any, dismissals: Any) -> None:
        self.deps, self.candidates, self.promotions, self.dismissals = deps, candidates, promotions, dismissals

    def get(self, candidate_id: str) -> Candidate | None:
        stored = self.candidates.get(candidate_id) if CANDIDATE_ID.match(candidate_id) else None
        return self.as_decided(self.promoted_labels())(Candidate.model_validate_json(stored)) if stored else None

    def list(self, min_size: int = 1, status: str | None = None) -> list[Candidate]:
        """Largest first; a candidate promoted or dismissed on any worker shows so at once."""
        as_decided, chosen = self.as_decided(self.promoted_labels()), []
        for key, stored in list(self.candidates.items()):
            if key == GUARD_KEY or not stored:
                continue
            candidate = as_decided(Candidate.model_validate_json(stored))
            if candidate.size >= min_size and (status is None or candidate.status == status):
                chosen.append(candidate)
        return sorted(chosen, key=lambda c: (-c.size, c.candidate_id))

    def as_decided(self, promoted: dict[str, str]) -> Callable[[Candidate], Candidate]:
        """What people decided, applied to a candidate (the discover agent writes it with its next contact)."""
        return lambda c: decided(c, promoted.get(c.candidate_id), bool(self.dismissals.get(c.candidate_id)))

    def promoted_labels(self) -> dict[str, str]:
        """Candidate id → the label it was promoted to (each promotion parsed once per call)."""
        promotions = (Promotion.model_validate_json(value) for value in list(self.promotions.values()) if value)
        return {promotion.candidate_id: promotion.label for promotion in promotions}

    async def promote(self, candidate_id: str, request: PromotionRequest) -> Promotion:
        """Send the promotion and wait until this worker applied it (the new label classifies from then on).

        Raises UnknownCandidate, or PromotionError when it cannot be promoted (`promote` checks it is open)."""
        candidate = self.get(candidate_id)
        if candidate is None:
            raise UnknownCandidate(f"no candidate {candidate_id!r}")
        promotion = promote(candidate, request, self.deps.services.taxonomy, self.deps.services.clock())
        await self.deps.topics.promotions.send(key=promotion.label.encode(), value=promotion.to_bytes())
        await self.applied(lambda: self.promotions.get(promotion.label))
        self.deps.services.promoted.refresh()
        return promotion

    async def dismiss(self, candidate_id: str, request: DismissalRequest) -> Dismissal:
        """Set the candidate aside (it signals no more); raises UnknownCandidate, or PromotionError when it is
        not open."""
        candidate = self.get(candidate_id)
        if candidate is None:
            raise UnknownCandidate(f"no candidate {candidate_id!r}")
        if candidate.status != "open":
            raise PromotionError(f"candidate {candidate_id} is {candidate.status}, not open")
        at = self.deps.services.clock()
        dismissal = Dismissal(candidate_id=candidate_id, actor=request.actor, note=request.note, at=at)
        await self.deps.topics.dismissals.send(key=candidate_id.encode(), value=dismissal.to_bytes())
        await self.applied(lambda: self.dismissals.get(candidate_id))
        return dismissal

    async def applied(self, done) -> None:
        """Wait until `done()` (what this worker's tables show), at most APPLY_TIMEOUT_SECONDS."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + APPLY_TIMEOUT_SECONDS
        while loop.time() < deadline and not done():
            await asyncio.sleep(0.1)
