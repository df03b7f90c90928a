"""The triage page: candidate issues discovery found among unclassified contacts, and a form to promote one.

`GET /ui/discovery` candidates (largest first, those that recur on top) with their top terms per language
and snippets · `POST /ui/discovery/{candidate_id}/promote` (form: label, name, actor) → 303 back to the page,
409 with the reason when it cannot be promoted · `POST /ui/discovery/{candidate_id}/dismiss` (form: actor,
note) likewise. Every worker answers (the tables are global).
"""

from __future__ import annotations

import asyncio

import faust
from faust.web import Request, Response, View

from pipeline.deps import Deps
from pipeline.discover.promotion import PromotionError
from pipeline.discover.service import CandidateService, UnknownCandidate
from pipeline.web.issue_pages import environment, segment
from topics.discovery import DismissalRequest, PromotionRequest
from topics.validation import InvalidRecord, parse_record

SHOWN_MIN_SIZE = 2  # a single contact is not a candidate anyone can judge yet


def register(app: faust.App, deps: Deps, service: CandidateService) -> None:
    templates = environment()
    read_timeout = deps.settings.web_read_timeout_seconds
    categories = sorted(deps.services.taxonomy.categories)

    def page(view: View, status: int = 200, error: str = "") -> Response:
        candidates = sorted(service.list(SHOWN_MIN_SIZE), key=lambda c: (c.surfaced_at is None, -c.size))
        html = templates.get_template("discovery.html").render(
            candidates=candidates, categories=categories, error=error
        )
        return view.html(html, status=status)

    @app.page("/ui/discovery")
    class Discovery(View):
        async def get(self, request: Request) -> Response:
            return page(self)

    async def decide(view: View, request: Request, candidate_id: str, model: type, action) -> Response:
        """Read the form as `model`, apply `action(candidate_id, request)`; 303 back, or the page with why."""
        try:
            form = await asyncio.wait_for(request.post(), read_timeout)
            wanted = parse_record(model, {key: form[key] for key in model.model_fields if key in form})
            await action(candidate_id, wanted)
        except TimeoutError:
            return page(view, 408, f"form not received within {read_timeout:g} s")
        except InvalidRecord as error:
            return page(view, 422, str(error))
        except UnknownCandidate as error:
            return page(view, 404, str(error))
        except PromotionError as error:
            return page(view, 409, str(error))
        return view.html("", status=303, headers={"Location": f"/ui/discovery#candidate-{segment(candidate_id)}"})

    @app.page("/ui/discovery/{candidate_id}/dismiss")
    class DismissalForm(View):
        async def post(self, request: Request, candidate_id: str) -> Response:
            return await decide(self, request, candidate_id, DismissalRequest, service.dismiss)

    @app.page("/ui/discovery/{candidate_id}/promote")
    class PromotionForm(View):
        async def post(self, request: Request, candidate_id: str) -> Response:
            return await decide(self, request, candidate_id, PromotionRequest, service.promote)
