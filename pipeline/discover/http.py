"""The discovery API on the worker (JSON); every worker answers, the tables are global.

`GET /discovery/candidates?min_size=&status=` · `GET /discovery/candidates/{id}` ·
`POST /discovery/candidates/{id}/promote` `{"label": "category.subcategory", "name": …, "actor": …}` → 201
with the Promotion (its examples included) once applied, 404 unknown candidate, 409 cannot be promoted
(unknown category, existing label, not open), 422 a bad body ·
`POST /discovery/candidates/{id}/dismiss` `{"actor": …, "note": …}` → 201 with the Dismissal; 404, 409, 422 alike.
"""

from __future__ import annotations

import asyncio
from typing import Any

import faust
from faust.web import Request, Response, View

from pipeline.deps import Deps
from pipeline.discover.promotion import PromotionError
from pipeline.discover.service import CandidateService, UnknownCandidate
from topics.discovery import Candidate, DismissalRequest, PromotionRequest
from topics.validation import InvalidRecord, parse_record

MAX_BODY_BYTES = 16 * 1024


def summary(candidate: Candidate) -> dict[str, Any]:
    """What a person needs to name a candidate: size, since when, top terms per language, snippets."""
    view = candidate.model_dump(mode="json", exclude={"centroid", "examples", "terms"})
    view["label"] = candidate.label
    view["top_terms"] = {language: candidate.top_terms(language) for language in sorted(candidate.terms)}
    view["snippets"] = candidate.snippets()
    return view


def register(app: faust.App, deps: Deps, service: CandidateService) -> None:
    read_timeout = deps.settings.web_read_timeout_seconds

    @app.page("/discovery/candidates")
    class CandidateList(View):
        async def get(self, request: Request) -> Response:
            try:
                min_size = int(request.query.get("min_size", "1"))
            except ValueError:
                return self.json({"error": "min_size must be a whole number"}, status=422)
            chosen = service.list(min_size, request.query.get("status"))
            return self.json({"candidates": [summary(candidate) for candidate in chosen]})

    @app.page("/discovery/candidates/{candidate_id}")
    class CandidateDetail(View):
        async def get(self, request: Request, candidate_id: str) -> Response:
            candidate = service.get(candidate_id)
            if candidate is None:
                return self.json({"error": f"no candidate {candidate_id!r}"}, status=404)
            return self.json(summary(candidate))

    async def decide(view: View, request: Request, candidate_id: str, model: type, action) -> Response:
        """Read the body as `model`, apply `action(candidate_id, request)`: 201 with what was decided."""
        try:
            body = await asyncio.wait_for(request.content.read(MAX_BODY_BYTES + 1), read_timeout)
            wanted = parse_record(model, body, max_bytes=MAX_BODY_BYTES)
        except TimeoutError:
            return view.json({"error": f"body not received within {read_timeout:g} s"}, status=408)
        except InvalidRecord as error:
            return view.json({"error": str(error)}, status=422)
        try:
            decided = await action(candidate_id, wanted)
        except UnknownCandidate as error:
            return view.json({"error": str(error)}, status=404)
        except PromotionError as error:
            return view.json({"error": str(error)}, status=409)
        return view.json(decided.model_dump(mode="json"), status=201)

    @app.page("/discovery/candidates/{candidate_id}/promote")
    class CandidatePromotion(View):
        async def post(self, request: Request, candidate_id: str) -> Response:
            return await decide(self, request, candidate_id, PromotionRequest, service.promote)

    @app.page("/discovery/candidates/{candidate_id}/dismiss")
    class CandidateDismissal(View):
        async def post(self, request: Request, candidate_id: str) -> Response:
            return await decide(self, request, candidate_id, DismissalRequest, service.dismiss)
