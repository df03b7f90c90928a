"""The issues API on the worker: list, show, and move issues through their lifecycle (JSON).

`GET /issues?department=&state=` · `GET /issues/{issue_id}` (with its timeline) ·
`POST /issues/{issue_id}/transitions` `{"to": …, "actor": …, "note": …}` → 200 with the issue once the
change is applied (202 if that takes over 10 s), 404 unknown issue, 409 a change the lifecycle forbids,
422 a bad body. Requests for one issue are routed to the worker that holds it (Faust's table_route);
the list shows this worker's issues.
"""

from __future__ import annotations

import asyncio

import faust
from faust.web import Request, Response, View

from pipeline.deps import Deps
from pipeline.issues.service import IssueService, TransitionError, UnknownIssue
from topics.issues import IssueState, TransitionRequest
from topics.validation import InvalidRecord, parse_record

MAX_BODY_BYTES = 16 * 1024


def register(app: faust.App, deps: Deps, service: IssueService) -> None:
    read_timeout = deps.settings.web_read_timeout_seconds

    @app.page("/issues")
    class IssueList(View):
        async def get(self, request: Request) -> Response:
            department, state = request.query.get("department"), request.query.get("state")
            if state is not None and state not in IssueState.__members__:
                return self.json({"error": f"unknown state {state!r}"}, status=422)
            chosen = service.list(department, IssueState(state) if state else None)
            return self.json({"issues": [issue.model_dump(mode="json", exclude={"timeline"}) for issue in chosen]})

    @app.page("/issues/{issue_id}")
    class IssueDetail(View):
        @app.table_route(table=service.issues, match_info="issue_id")
        async def get(self, request: Request, issue_id: str) -> Response:
            issue = service.get(issue_id)
            if issue is None:
                return self.json({"error": f"no issue {issue_id!r}"}, status=404)
            return self.json(issue.model_dump(mode="json"))

    @app.page("/issues/{issue_id}/transitions")
    class IssueTransitions(View):
        @app.table_route(table=service.issues, match_info="issue_id")
        async def post(self, request: Request, issue_id: str) -> Response:
            try:
                body = await asyncio.wait_for(request.content.read(MAX_BODY_BYTES + 1), read_timeout)
                change = parse_record(TransitionRequest, body, max_bytes=MAX_BODY_BYTES)
            except TimeoutError:
                return self.json({"error": f"body not received within {read_timeout:g} s"}, status=408)
            except InvalidRecord as error:
                return self.json({"error": str(error)}, status=422)
            try:
                moved = await service.move(issue_id, change)
            except UnknownIssue as error:
                return self.json({"error": str(error)}, status=404)
            except TransitionError as error:
                current = service.get(issue_id)
                return self.json({"error": str(error), "state": current.state.value if current else None}, status=409)
            return self.json(moved.issue.model_dump(mode="json"), status=200 if moved.applied else 202)
