"""Web pages for departments and agents, rendered on the worker: plain HTML forms, no JavaScript, no build step.

`GET /ui` departments · `GET /ui/departments/{department}` its issues, with a note and a button per allowed
change · `POST /ui/issues/{issue_id}/transitions` (form: to, note, actor = the department) → 303 back to the
department, 409 with the reason when the lifecycle forbids it · `GET /ui/issues/{issue_id}` timeline and
verification · `GET /ui/agents/{agent_id}` notifications. Issue and agent pages go to the worker holding the
key (Faust's table_route); department pages show this worker's issues, like `GET /issues`.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from urllib.parse import quote

import faust
import jinja2
from faust.web import Request, Response, View

from pipeline.deps import Deps
from pipeline.issues.lifecycle import ALLOWED
from pipeline.issues.service import IssueService, TransitionError, UnknownIssue
from pipeline.notify.agents import inbox
from topics.issues import AgentNotification, Issue, IssueState, TransitionRequest
from topics.subscriptions import Subscription
from topics.validation import InvalidRecord, parse_record

CHART_DAYS = 30
CHART_HEIGHT = 40  # pixels of the tallest bar
TOP_DRIVERS = 8
CLOSED = frozenset({IssueState.verified, IssueState.wont_fix, IssueState.merged})
# Buttons follow the lifecycle, so the next usual step comes first and reopening last.
BUTTON_ORDER = (IssueState.acknowledged, IssueState.fixing, IssueState.fixed, IssueState.wont_fix, IssueState.open)


@dataclass(frozen=True)
class Bar:
    day: str
    count: int
    height: int


def bars(contacts_per_day: dict[str, int]) -> list[Bar]:
    """One bar per day up to the latest with contacts (at most CHART_DAYS), quiet days included so gaps show."""
    if not contacts_per_day:
        return []
    last = date.fromisoformat(max(contacts_per_day))
    first = max(date.fromisoformat(min(contacts_per_day)), last - timedelta(days=CHART_DAYS - 1))
    days = [(first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]
    counts = {day: contacts_per_day.get(day, 0) for day in days}
    peak = max(counts.values())
    return [
        Bar(day, count, max(1, round(CHART_HEIGHT * count / peak)) if count else 0) for day, count in counts.items()
    ]


def moves(state: IssueState) -> list[IssueState]:
    """The changes a person may make from `state`: one button each."""
    return [target for target in BUTTON_ORDER if target in ALLOWED[state]]


def top_drivers(issue: Issue) -> list[tuple[str, int]]:
    return sorted(issue.drivers.items(), key=lambda item: (-item[1], item[0]))[:TOP_DRIVERS]


def when(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%d %H:%M} UTC"


def segment(value: str) -> str:
    """A value quoted as one URL path segment: ids come from users and may hold '/' or '?'."""
    return quote(str(value), safe="")


def environment() -> jinja2.Environment:
    """Templates with autoescape on everywhere: issue names, notes and agent ids come from people."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("pipeline.web", "templates"), autoescape=True, undefined=jinja2.StrictUndefined
    )
    env.filters.update(when=when, segment=segment)
    env.globals.update(bars=bars, moves=moves, top_drivers=top_drivers)
    return env


def register(app: faust.App, deps: Deps, service: IssueService, notifications: faust.Table) -> None:
    templates = environment()
    book = deps.services.subscriptions
    read_timeout = deps.settings.web_read_timeout_seconds

    def page(view: View, template: str, status: int = 200, **context: object) -> Response:
        return view.html(templates.get_template(template).render(**context), status=status)

    def failure(view: View, status: int, message: str) -> Response:
        return page(view, "error.html", status=status, code=status, message=message)

    def inbox_page(view: View, department: Subscription, error: str = "", status: int = 200) -> Response:
        issues = service.list(department.name)
        return page(view, "department.html", status=status, department=department, issues=issues, error=error)

    @app.page("/ui")
    class Departments(View):
        async def get(self, request: Request) -> Response:
            issues = service.list()
            rows = [
                (department, sum(1 for i in issues if department.name in i.owners and i.state not in CLOSED))
                for department in book.all()
            ]
            return page(self, "index.html", rows=rows)

    @app.page("/ui/departments/{department}")
    class DepartmentInbox(View):
        async def get(self, request: Request, department: str) -> Response:
            subscription = book.get(department)
            if subscription is None:
                return failure(self, 404, f"no department {department!r}")
            return inbox_page(self, subscription)

    @app.page("/ui/issues/{issue_id}/transitions")
    class IssueTransitionForm(View):
        @app.table_route(table=service.issues, match_info="issue_id")
        async def post(self, request: Request, issue_id: str) -> Response:
            try:
                form = await asyncio.wait_for(request.post(), read_timeout)
                fields = {key: form[key] for key in ("to", "actor", "note") if key in form}
                change = parse_record(TransitionRequest, fields)
            except TimeoutError:
                return failure(self, 408, f"form not received within {read_timeout:g} s")
            except InvalidRecord as error:
                return failure(self, 422, str(error))
            department = book.get(change.actor)
            if department is None:
                return failure(self, 422, f"no department {change.actor!r}")
            try:
                await service.move(issue_id, change)
            except UnknownIssue as error:
                return failure(self, 404, str(error))
            except TransitionError as error:
                return inbox_page(self, department, error=str(error), status=409)
            location = f"/ui/departments/{segment(department.name)}#issue-{segment(issue_id)}"
            return self.html("", status=303, headers={"Location": location})  # Post/Redirect/Get: reload is safe

    @app.page("/ui/issues/{issue_id}")
    class IssuePage(View):
        @app.table_route(table=service.issues, match_info="issue_id")
        async def get(self, request: Request, issue_id: str) -> Response:
            issue = service.get(issue_id)
            if issue is None:
                return failure(self, 404, f"no issue {issue_id!r}")
            return page(self, "issue.html", issue=issue)

    @app.page("/ui/agents/{agent_id}")
    class AgentPage(View):
        @app.table_route(table=notifications, match_info="agent_id")
        async def get(self, request: Request, agent_id: str) -> Response:
            pseudonym = deps.services.pseudonyms.agent_lookup(agent_id)
            if pseudonym != agent_id:  # an agent's own id: the inbox (and its partition) is under the pseudonym
                return self.html("", status=303, headers={"Location": f"/ui/agents/{pseudonym}"})
            told = [AgentNotification.model_validate(item) for item in inbox(notifications, agent_id)]
            return page(self, "agent.html", agent_id=agent_id, notifications=told)
