"""What agents are told, in words they can use (pure): that their reports reached the owner, and what
the fix achieved. The numbers come from the issue; nothing about customers is in them."""

from __future__ import annotations

from topics.issues import AgentNotification, EventKind, Issue, IssueEvent, IssueState


def notifications(issue: Issue, event: IssueEvent) -> list[AgentNotification]:
    """One per agent who fed the issue, when `event` acknowledged it or verified its fix; else none."""
    if event.to_state == IssueState.acknowledged and event.kind == EventKind.transition:
        kind = "acknowledged"
    elif event.kind == EventKind.verified:
        kind = "verified"
    else:
        return []
    owners = " and ".join(issue.owners) or "the owning department"
    return [
        AgentNotification(
            notification_id=f"{event.event_id}:{agent}",
            agent_id=agent,
            issue_id=issue.issue_id,
            kind=kind,
            at=event.at,
            contacts=count,
            message=_message(kind, issue, event, count, owners),
        )
        for agent, count in sorted(issue.agents.items())
    ]


def _message(kind: str, issue: Issue, event: IssueEvent, count: int, owners: str) -> str:
    about = f"Your {count} contact{'s' if count != 1 else ''} about {issue.name.lower()}"
    if kind == "acknowledged":
        note = f": “{event.note}”" if event.note else ""
        return f"{about} reached {owners}, who acknowledged the issue on {event.at:%-d %b}{note}."
    result = event.verification
    assert result is not None and issue.fixed_at is not None
    return (
        f"{about} led to a fix by {owners} on {issue.fixed_at:%-d %b}; since then such contacts dropped "
        f"{result.drop_percent:.0f} % (≈{result.contacts_avoided_per_week:.0f} fewer a week)."
    )
