"""Reading and moving issues on this worker: shared by the JSON API and the web pages."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass

import faust

from pipeline.deps import Deps
from pipeline.issues.agents import load_issue, local_issues, with_activity
from pipeline.issues.lifecycle import TransitionError, fold, transition
from topics.issues import Issue, IssueState, TransitionRequest

APPLY_TIMEOUT_SECONDS = 10.0


class UnknownIssue(LookupError):
    pass


@dataclass(frozen=True)
class Moved:
    issue: Issue
    applied: bool  # False: sent, but not yet folded within APPLY_TIMEOUT_SECONDS


class IssueService:
    def __init__(self, deps: Deps, issues: faust.Table, activity: faust.Table) -> None:
        self.deps, self.issues, self.activity = deps, issues, activity

    def get(self, issue_id: str) -> Issue | None:
        issue = load_issue(self.issues, issue_id)
        return with_activity(issue, self.activity) if issue is not None else None

    def list(self, department: str | None = None, state: IssueState | None = None) -> list[Issue]:
        """This worker's issues, most recently seen first."""
        chosen = [
            with_activity(issue, self.activity)
            for issue in local_issues(self.issues)
            if (department is None or department in issue.owners) and (state is None or issue.state == state)
        ]
        return sorted(chosen, key=lambda issue: issue.last_seen, reverse=True)

    async def move(self, issue_id: str, change: TransitionRequest) -> Moved:
        """Send the change to issues.events and wait until it is applied (read-your-writes).

        Raises UnknownIssue, or TransitionError when the lifecycle forbids the change."""
        issue = load_issue(self.issues, issue_id)
        if issue is None:
            raise UnknownIssue(f"no issue {issue_id!r}")
        event = transition(issue, change, self.deps.services.clock(), event_id=f"request:{uuid.uuid4()}")
        await self.deps.topics.issue_events.send(key=issue_id.encode(), value=event.to_bytes())
        loop = asyncio.get_running_loop()
        deadline = loop.time() + APPLY_TIMEOUT_SECONDS
        while loop.time() < deadline:
            current = load_issue(self.issues, issue_id)
            if current is not None and any(seen.event_id == event.event_id for seen in current.timeline):
                return Moved(with_activity(current, self.activity), applied=True)
            await asyncio.sleep(0.02)
        return Moved(with_activity(fold(issue, event, self.deps.services.taxonomy), self.activity), applied=False)


__all__ = ["IssueService", "Moved", "TransitionError", "UnknownIssue"]
