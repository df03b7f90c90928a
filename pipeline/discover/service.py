"""Reading candidates and promoting them on any worker (the tables are global): shared by API, page and CLI."""

from __future__ import annotations

import asyncio
from typing import Any

from pipeline.deps import Deps
from pipeline.discover.promotion import PromotionError, promote
from topics.discovery import CANDIDATE_ID, Candidate, Promotion, PromotionRequest

APPLY_TIMEOUT_SECONDS = 10.0
GUARD_KEY = "_guard"


class UnknownCandidate(LookupError):
    pass


class CandidateService:
    def __init__(self, deps: Deps, candidates: Any, promotions: Any) -> None:
        self.deps, self.candidates, self.promotions = deps, candidates, promotions

    def get(self, candidate_id: str) -> Candidate | None:
        stored = self.candidates.get(candidate_id) if CANDIDATE_ID.match(candidate_id) else None
        return Candidate.model_validate_json(stored) if stored else None

    def list(self, min_size: int = 1, status: str | None = None) -> list[Candidate]:
        """Largest first; a candidate promoted on another worker shows as promoted at once."""
        promoted = {p.candidate_id: p.label for p in self.promotions_made()}
        chosen = []
        for key, stored in list(self.candidates.items()):
            if key == GUARD_KEY or not stored:
                continue
            candidate = Candidate.model_validate_json(stored)
            if candidate.candidate_id in promoted and candidate.status == "open":
                candidate = candidate.model_copy(
                    update={"status": "promoted", "promoted_label": promoted[candidate.candidate_id]}
                )
            if candidate.size >= min_size and (status is None or candidate.status == status):
                chosen.append(candidate)
        return sorted(chosen, key=lambda c: (-c.size, c.candidate_id))

    def promotions_made(self) -> list[Promotion]:
        return [Promotion.model_validate_json(value) for value in list(self.promotions.values()) if value]

    async def promote(self, candidate_id: str, request: PromotionRequest) -> Promotion:
        """Send the promotion and wait until this worker applied it (the new label classifies from then on).

        Raises UnknownCandidate, or PromotionError when it cannot be promoted."""
        candidate = self.get(candidate_id)
        if candidate is None:
            raise UnknownCandidate(f"no candidate {candidate_id!r}")
        if any(p.candidate_id == candidate_id for p in self.promotions_made()):
            raise PromotionError(f"candidate {candidate_id} is already promoted")
        promotion = promote(candidate, request, self.deps.services.taxonomy, self.deps.services.clock())
        await self.deps.topics.promotions.send(key=promotion.label.encode(), value=promotion.to_bytes())
        loop = asyncio.get_running_loop()
        deadline = loop.time() + APPLY_TIMEOUT_SECONDS
        while loop.time() < deadline and not self.promotions.get(promotion.label):
            await asyncio.sleep(0.1)
        self.deps.services.promoted.refresh()
        return promotion
