"""The issue lifecycle (pure): which changes are allowed, and how events fold into an issue.

open → acknowledged → fixing → fixed → verified, plus wont_fix, and regressed (open again) when the
contacts do not drop after a fix or come back after it was verified; a discovered candidate's issue is closed
by triage (merged when the candidate became a label, wont_fix when it was dismissed). People move issues with
transitions; signals and verification move them by themselves. Folding is idempotent: an event whose
id is already in the timeline changes nothing, so replays after a crash apply nothing twice.
"""

from __future__ import annotations

from datetime import datetime

from nlp.taxonomy import Taxonomy, category_of
from topics.discovery import candidate_label
from topics.issues import EventKind, Issue, IssueEvent, IssueState, TransitionRequest, Verification
from topics.records import Signal

SYSTEM = "feedback-loop"
S = IssueState
ALLOWED: dict[IssueState, frozenset[IssueState]] = {  # what a person may move an issue to, from each state
    S.open: frozenset({S.acknowledged, S.wont_fix}),
    S.regressed: frozenset({S.acknowledged, S.wont_fix}),
    S.acknowledged: frozenset({S.fixing, S.fixed, S.wont_fix, S.open}),
    S.fixing: frozenset({S.fixed, S.wont_fix, S.acknowledged}),
    S.fixed: frozenset({S.open}),
    S.verified: frozenset({S.open}),
    S.wont_fix: frozenset({S.open}),
    S.merged: frozenset(),  # its contacts are the promoted label's issue now
}


class TransitionError(ValueError):
    """A change the lifecycle forbids; the message says from what, to what, and what is allowed."""


def issue_id_for(label: str) -> str:
    """One recurring issue per taxonomy label: its id is stable across restarts, replays and workers."""
    return label


def transition(issue: Issue, request: TransitionRequest, at: datetime, event_id: str) -> IssueEvent:
    """The event for a person's change, or TransitionError when the lifecycle forbids it."""
    target = IssueState(request.to)
    if target not in ALLOWED[issue.state]:
        allowed = ", ".join(sorted(state.value for state in ALLOWED[issue.state])) or "nothing"
        raise TransitionError(f"cannot move an issue from {issue.state.value} to {target.value} (allowed: {allowed})")
    return IssueEvent(
        event_id=event_id,
        issue_id=issue.issue_id,
        kind=EventKind.transition,
        at=at,
        actor=request.actor,
        note=request.note,
        from_state=issue.state,
        to_state=target,
        label=issue.label,
        owners=issue.owners,
    )


def on_signal(issue: Issue | None, signal: Signal, owners: list[str], drivers: list[str] = ()) -> IssueEvent:
    """A signal opens its label's issue, attaches to it, or (after a verified fix) says it regressed.

    The event carries the signal, when the issue was first seen and its top driving terms, so whoever is
    told about it (route → alerts) needs nothing but the event."""
    common = {
        "event_id": f"signal:{signal.signal_id}",
        "issue_id": issue_id_for(signal.label),
        "at": signal.window_end,
        "actor": SYSTEM,
        "label": signal.label,
        "owners": owners,
        "signal_id": signal.signal_id,
        "count": signal.count,
        "signal": signal,
        "first_seen": issue.first_seen if issue is not None else signal.window_start,
        "drivers": list(drivers),
    }
    if issue is None:
        return IssueEvent(**common, kind=EventKind.opened, to_state=S.open, note=f"{signal.count} contacts in a window")
    if issue.state == S.verified:
        note = "the contacts came back after the verified fix"
        return IssueEvent(**common, kind=EventKind.regressed, from_state=issue.state, to_state=S.regressed, note=note)
    return IssueEvent(**common, kind=EventKind.signal, from_state=issue.state, to_state=issue.state)


def on_triage(candidate_id: str, merged: bool, actor: str, note: str, at: datetime) -> IssueEvent:
    """The close of a discovered candidate's issue once its candidate is decided: `merged` when it became a label
    or was folded into another candidate (its contacts are that issue's now), wont_fix when it was dismissed.
    One event per candidate (a replay folds nothing twice); no issue yet (it never recurred): nothing to close."""
    label = candidate_label(candidate_id)
    return IssueEvent(
        event_id=f"triage:{candidate_id}",
        issue_id=issue_id_for(label),
        kind=EventKind.triaged,
        at=at,
        actor=actor,
        note=note,
        to_state=S.merged if merged else S.wont_fix,
        label=label,
        owners=[],
    )


def on_verification(issue: Issue, verified: bool, result: Verification, at: datetime) -> IssueEvent:
    kind, target = (EventKind.verified, S.verified) if verified else (EventKind.regressed, S.regressed)
    return IssueEvent(
        event_id=f"verification:{issue.issue_id}:{issue.fixed_at.isoformat() if issue.fixed_at else ''}",
        issue_id=issue.issue_id,
        kind=kind,
        at=at,
        actor=SYSTEM,
        from_state=issue.state,
        to_state=target,
        label=issue.label,
        owners=issue.owners,
        verification=result,
        first_seen=issue.first_seen,
        drivers=list(issue.drivers)[:10],
        note=f"contacts {'dropped' if verified else 'did not drop significantly'}: {result.drop_percent:.0f} %",
    )


def fold(issue: Issue | None, event: IssueEvent, taxonomy: Taxonomy) -> Issue | None:
    """The issue after `event`; the same issue when the event was applied before or no longer applies."""
    if issue is not None and any(seen.event_id == event.event_id for seen in issue.timeline):
        return issue
    if issue is None:
        if event.kind not in (EventKind.opened, EventKind.signal):
            return None  # a change for an issue that does not exist: nothing to fold into
        return Issue(
            issue_id=event.issue_id,
            label=event.label,
            category=category_of(event.label),
            name=taxonomy.readable(event.label),
            owners=event.owners,
            state=S.open,
            opened_at=event.at,
            first_seen=event.first_seen or event.at,  # a promoted candidate's issue starts at its first contact
            last_seen=event.at,
            signals=1,
            timeline=[event.model_copy(update={"kind": EventKind.opened, "from_state": None, "to_state": S.open})],
        )
    if event.kind == EventKind.transition and event.from_state != issue.state:
        return issue  # raced with another change: the lifecycle was checked against a state that is gone
    if event.kind == EventKind.triaged:  # decided on the candidate, whatever state its issue is in now
        event = event.model_copy(update={"from_state": issue.state})
    if event.signal_id is not None:  # a signal: decided here, on the issue as it is now, not as the sender saw it
        if issue.state == S.verified:
            event = event.model_copy(
                update={"kind": EventKind.regressed, "from_state": issue.state, "to_state": S.regressed}
            )
        else:
            event = event.model_copy(
                update={"kind": EventKind.signal, "from_state": issue.state, "to_state": issue.state}
            )
    update: dict = {"timeline": [*issue.timeline, event], "state": event.to_state}
    if event.signal_id is not None:
        update |= {"signals": issue.signals + 1, "last_seen": max(issue.last_seen, event.at)}
    if event.to_state == S.fixed and issue.state != S.fixed:
        update["fixed_at"] = event.at
    if event.verification is not None:
        update["verification"] = event.verification
    return issue.model_copy(update=update)
