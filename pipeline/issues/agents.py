"""Issue agents: signals open or feed their label's issue; `issues.events` folds into the `issues` table.

The table is keyed by issue_id (= the label) and so is everything that writes to it: signals are
repartitioned by label, events are keyed by issue_id, so each issue lives on one worker and its changes
are applied in order there. The table's changelog (and `issues.events`, kept forever) rebuild it after
a restart; folding skips events it has already applied.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import faust

from nlp.taxonomy import UNCLASSIFIED
from pipeline.count.keys import label_key
from pipeline.deps import Deps
from pipeline.detect.detectors import CENTER
from pipeline.issues.activity import Activity, record, since, top_drivers
from pipeline.issues.lifecycle import fold, issue_id_for, on_signal
from pipeline.issues.metrics import IssueGauge
from pipeline.metrics import Metrics
from pipeline.notify.messages import notifications
from pipeline.runtime.stage import Out, Stage, run_stage, run_stage_in_batches
from pipeline.runtime.write_behind import WriteBehind
from topics import catalog
from topics.issues import Issue, IssueEvent, IssueState
from topics.records import MAX_CONTACT_BYTES, ClassifiedContact, Signal
from topics.validation import parse_record

MAX_RECORD_BYTES = 64 * 1024


def signal_label_key(payload: bytes) -> bytes:
    """Repartition key for signals: the label (never raises; a bad record is dead-lettered by the stage)."""
    try:
        return Signal.model_validate_json(payload).label.encode()
    except Exception:  # noqa: BLE001 (any malformed signal goes to one key and then to the dead-letter topic)
        return b"__unreadable__"


def load_issue(table: faust.Table, issue_id: str) -> Issue | None:
    stored = table.get(issue_id)
    return Issue.model_validate_json(stored) if stored else None


def local_issues(table: faust.Table) -> list[Issue]:
    """The issues of the partitions this worker holds."""
    return [issue for key in list(table.keys()) if (issue := load_issue(table, key)) is not None]


def with_activity(issue: Issue, activity_table: faust.Table, drivers_shown: int = 5) -> Issue:
    """The issue with what its contacts look like since it was first seen (kept apart: it changes per contact)."""
    stored = activity_table.get(issue.label)
    if not stored:
        return issue
    activity = Activity.model_validate_json(stored)
    days, agents = since(activity, issue.first_seen)
    drivers = top_drivers(activity, drivers_shown)
    return issue.model_copy(
        update={
            "contacts_per_day": days,
            "agents": agents,
            "drivers": drivers,
            "example_contact_ids": activity.examples,
        }
    )


def activity_stage(deps: Deps, activity_table: WriteBehind[Activity]) -> Stage:
    def process(message: Any, payload: bytes) -> Iterable[Out]:
        contact = parse_record(ClassifiedContact, payload, max_bytes=2 * MAX_CONTACT_BYTES)
        if contact.label != UNCLASSIFIED:
            before = activity_table.get(contact.label) or Activity()
            after = record(before, contact, message.offset)
            if after is not before:
                activity_table.set(contact.label, after, message.partition)
        return []

    return Stage("issue", catalog.CLASSIFIED, process, unexpected="cannot track issue activity")


def signal_stage(deps: Deps, issues: faust.Table, activity: faust.Table) -> Stage:
    taxonomy = deps.services.taxonomy

    def process(payload: bytes) -> Iterable[Out]:
        signal = parse_record(Signal, payload, max_bytes=MAX_RECORD_BYTES)
        if signal.label == CENTER or signal.update > 0:
            # a whole-center surge is no category's issue, and a later window of an episode opened nothing new:
            # both stay on the signals topic (and the metric)
            return []
        issue = load_issue(issues, issue_id_for(signal.label))
        stored = activity.get(signal.label)
        drivers = list(top_drivers(Activity.model_validate_json(stored))) if stored else []
        event = on_signal(issue, signal, taxonomy.owners(signal.label), drivers)
        return [Out(deps.topics.issue_events, event.issue_id.encode(), event.to_bytes())]

    return Stage("issue", catalog.SIGNALS, process, unexpected="cannot open issue")


def fold_stage(deps: Deps, issues: faust.Table, activity: faust.Table) -> Stage:
    """Applies an event; when it acknowledged an issue or verified its fix, tells the agents who fed it."""
    taxonomy, metrics = deps.services.taxonomy, deps.services.metrics

    def process(payload: bytes) -> Iterable[Out]:
        event = parse_record(IssueEvent, payload, max_bytes=MAX_RECORD_BYTES)
        before = load_issue(issues, event.issue_id)
        after = fold(before, event, taxonomy)
        if after is None or after == before:
            return []  # nothing new (a replay, or a change that no longer applies): nothing to tell anyone
        issues[event.issue_id] = after.model_dump_json()
        if before is not None and after.state != before.state:
            observe_durations(metrics, after)
        told = notifications(with_activity(after, activity), after.timeline[-1])
        return [Out(deps.topics.notifications, n.agent_id.encode(), n.to_bytes()) for n in told]

    return Stage("issue", catalog.ISSUE_EVENTS, process, unexpected="cannot apply issue event")


def observe_durations(metrics: Metrics, issue: Issue) -> None:
    """Time to acknowledge and to fix, measured when the issue first gets there (folding never repeats it)."""
    histogram = {IssueState.acknowledged: metrics.time_to_acknowledge, IssueState.fixed: metrics.time_to_fix}.get(
        issue.state
    )
    if histogram is not None:
        seconds = (issue.timeline[-1].at - issue.opened_at).total_seconds()
        for owner in issue.owners:
            histogram.labels(department=owner).observe(max(seconds, 0.0))


def register(app: faust.App, deps: Deps) -> tuple[faust.Table, faust.Table]:
    """Returns the `issues` and `issue_activity` tables (both keyed by label), for the HTTP views."""
    issues = app.Table("issues", default=None, partitions=deps.settings.topic_partitions)
    activity = app.Table("issue_activity", default=None, partitions=deps.settings.topic_partitions)
    held_activity = WriteBehind(activity, Activity)  # written once per label and batch
    opening, tracking = signal_stage(deps, issues, activity), activity_stage(deps, held_activity)
    folding = fold_stage(deps, issues, activity)
    deps.services.metrics.registry.register(IssueGauge(lambda: local_issues(issues)))

    @app.agent(deps.topics.signals, name="open_issues")
    async def open_issues(stream: faust.StreamT) -> None:
        await run_stage(stream.group_by(signal_label_key, name="issue"), opening, deps.dead_letters)

    @app.agent(deps.topics.issue_events, name="fold_issue_events")
    async def fold_issue_events(stream: faust.StreamT) -> None:
        await run_stage(stream, folding, deps.dead_letters)

    @app.agent(deps.topics.classified, name="track_issue_activity")
    async def track_issue_activity(stream: faust.StreamT) -> None:
        by_label = stream.group_by(label_key, name="issue-activity")
        size, within = deps.settings.classify_batch_size, deps.settings.classify_batch_seconds
        await run_stage_in_batches(by_label, tracking, deps.dead_letters, size, within, held_activity.flush)

    return issues, activity
