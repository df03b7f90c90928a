"""Which departments hear about an issue change, and what the alert tells them (pure).

Opened, another signal and regressed are `firing`; a verified fix, and a discovered candidate's issue closed
by triage, are `resolved` (Alertmanager ends the alert). A person's transitions tell the department nothing
new: they made them. The alert id is the event id plus the department, so a replayed event makes the same
alert and the delivery log skips it.
"""

from __future__ import annotations

from nlp.taxonomy import Taxonomy, category_of
from pipeline.route.subscriptions import SubscriptionBook
from topics.alerts import Alert, AlertStatus, Severity
from topics.issues import EventKind, IssueEvent
from topics.records import SignalKind

FIRING = {EventKind.opened: "new issue", EventKind.signal: "ongoing", EventKind.regressed: "came back"}
KIND_WORDS = {
    SignalKind.threshold: "over the threshold",
    SignalKind.spike: "spike",
    SignalKind.trend: "rising trend",
    SignalKind.new_issue: "new",
    SignalKind.surge: "whole-center surge",
}


def summary(event: IssueEvent, name: str) -> str:
    if event.kind == EventKind.verified and event.verification is not None:
        v = event.verification
        return (
            f"Fix verified for {name}: contacts dropped {v.drop_percent:.0f} % "
            f"(≈{v.contacts_avoided_per_week:.0f} fewer a week)"
        )
    signal = event.signal
    if event.kind == EventKind.triaged:
        return f"{name}: {event.note}"
    if signal is None:
        return f"{name}: {FIRING.get(event.kind, event.kind.value)}"
    return (
        f"{name} ({FIRING[event.kind]}, {KIND_WORDS[signal.kind]}): {signal.count} contacts between "
        f"{signal.window_start:%Y-%m-%d %H:%M} and {signal.window_end:%H:%M} UTC ({signal.compared_in_words})"
    )


def alerts_for(event: IssueEvent, subscribers: SubscriptionBook, taxonomy: Taxonomy, ui_url: str) -> list[Alert]:
    """One alert per department subscribed to the event's label or its category and hearing a signal this
    strong; none for transitions."""
    if event.kind in (EventKind.verified, EventKind.triaged):
        status = AlertStatus.resolved
    elif event.kind in FIRING and event.signal is not None:
        status = AlertStatus.firing
    else:
        return []
    signal, name = event.signal, taxonomy.readable(event.label)
    observed, expected = (signal.count, signal.compared_with) if signal is not None else (None, None)
    return [
        Alert(
            alert_id=f"{event.event_id}:{department.name}",
            department=department.name,
            status=status,
            severity=signal.severity if status == AlertStatus.firing and signal is not None else Severity.info,
            issue_id=event.issue_id,
            label=event.label,
            category=category_of(event.label),
            name=name,
            owners=event.owners,
            observed=observed,
            expected=expected,
            since=event.first_seen or event.at,
            at=event.at,
            drivers=event.drivers,
            issue_url=f"{ui_url.rstrip('/')}/ui/issues/{event.issue_id}",
            summary=summary(event, name),
            signal=signal,
            verification=event.verification,
        )
        for department in subscribers.subscribers(event.label)
        if signal is None or status == AlertStatus.resolved or department.hears(signal)
    ]
