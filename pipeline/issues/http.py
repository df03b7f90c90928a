"""The issues API on the worker: list, show, and move issues through their lifecycle (JSON).

`GET /issues?department=&state=` · `GET /issues/{issue_id}` (with its timeline) ·
`POST /issues/{issue_id}/transitions` `{"to": …, "actor": …, "note": …}` → 200 with the issue once the
change is applied (202 if that takes over 10 s), 404 unknown issue, 409 a change the lifecycle forbids,
422 a bad body. Requests for one issue are
routed to the worker that holds it (Faust's table_route); the list shows this worker's issues.
"""

from __future__ import annotations

import asyncio
import uuid

import faust
from faust.web import Request, Response, View

from pipeline.deps import Deps
from pipeline.issues.agents import load_issue, with_activity
from pipeline.issues.lifecycle import TransitionError, fold, transition
from topics.issues import Issue, IssueState, TransitionRequest
from topics.validation import InvalidRecord, parse_record

MAX_BODY_BYTES = 16 * 1024
APPLY_TIMEOUT_SECONDS = 10.0  # then 202: accepted, still being applied


def register(app: faust.App, deps: Deps, tables: tuple[faust.Table, faust.Table]) -> None:
    issues, activity = tables
    taxonomy, clock = deps.services.taxonomy, deps.services.clock
    read_timeout = deps.settings.web_read_timeout_seconds

    @app.page("/issues")
    class IssueList(View):
        async def get(self, request: Request) -> Response:
            department, state = request.query.get("department"), request.query.get("state")
            if state is not None and state not in IssueState.__members__:
                return self.json({"error": f"unknown state {state!r}"}, status=422)
            found = [load_issue(issues, key) for key in list(issues.keys())]
            found = [with_activity(issue, activity) for issue in found if issue is not None]
            chosen = [
                issue
                for issue in found
                if (department is None or department in issue.owners) and (state is None or issue.state == state)
            ]
            chosen.sort(key=lambda issue: issue.last_seen, reverse=True)
            return self.json({"issues": [issue.model_dump(mode="json", exclude={"timeline"}) for issue in chosen]})

    @app.page("/issues/{issue_id}")
    class IssueDetail(View):
        @app.table_route(table=issues, match_info="issue_id")
        async def get(self, request: Request, issue_id: str) -> Response:
            issue = load_issue(issues, issue_id)
            if issue is None:
                return self.json({"error": f"no issue {issue_id!r}"}, status=404)
            return self.json(with_activity(issue, activity).model_dump(mode="json"))

    @app.page("/issues/{issue_id}/transitions")
    class IssueTransitions(View):
        @app.table_route(table=issues, match_info="issue_id")
        async def post(self, request: Request, issue_id: str) -> Response:
            try:
                body = await asyncio.wait_for(request.content.read(MAX_BODY_BYTES + 1), read_timeout)
                change = parse_record(TransitionRequest, body, max_bytes=MAX_BODY_BYTES)
            except TimeoutError:
                return self.json({"error": f"body not received within {read_timeout:g} s"}, status=408)
            except InvalidRecord as error:
                return self.json({"error": str(error)}, status=422)
            issue = load_issue(issues, issue_id)
            if issue is None:
                return self.json({"error": f"no issue {issue_id!r}"}, status=404)
            try:
                event = transition(issue, change, clock(), event_id=f"request:{uuid.uuid4()}")
            except TransitionError as error:
                return self.json({"error": str(error), "state": issue.state.value}, status=409)
            await deps.topics.issue_events.send(key=issue_id.encode(), value=event.to_bytes())
            applied = await _until_applied(issues, issue_id, event.event_id, APPLY_TIMEOUT_SECONDS)
            after = applied or fold(issue, event, taxonomy)
            return self.json(with_activity(after, activity).model_dump(mode="json"), status=200 if applied else 202)


async def _until_applied(issues: faust.Table, issue_id: str, event_id: str, timeout: float) -> Issue | None:
    """Read-your-writes: wait until this worker's fold agent applied the event (it owns the issue)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while asyncio.get_running_loop().time() < deadline:
        issue = load_issue(issues, issue_id)
        if issue is not None and any(seen.event_id == event_id for seen in issue.timeline):
            return issue
        await asyncio.sleep(0.02)
    return None
