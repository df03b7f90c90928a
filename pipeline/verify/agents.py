"""The verifier: counts contacts per label and hour (event time) and, on a timer, verifies fixed issues.

Hourly counts live in a global table (every worker reads every label, so totals are complete), written
only by the worker that owns a label's partition. The event clock is the latest contact time this worker
has seen; a fixed issue is verified once that clock passes the end of its observation period.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

import faust

from pipeline.count.keys import label_key
from pipeline.deps import Deps
from pipeline.issues.agents import local_issues
from pipeline.runtime.stage import Out, Stage, run_stage
from pipeline.verify.due import verification_event
from pipeline.verify.hours import hour_key
from pipeline.verify.statistics import VerificationPolicy
from topics import catalog
from topics.records import MAX_CONTACT_BYTES, ClassifiedContact
from topics.validation import parse_record


class EventClock:
    """The latest event time seen; starts at the epoch, so nothing is due before contacts flow."""

    def __init__(self) -> None:
        self.now = datetime.fromtimestamp(0, UTC)

    def advance(self, at: datetime) -> None:
        self.now = max(self.now, at)


def counting_stage(deps: Deps, hourly: faust.Table, clock: EventClock) -> Stage:
    def process(payload: bytes) -> Iterable[Out]:
        contact = parse_record(ClassifiedContact, payload, max_bytes=2 * MAX_CONTACT_BYTES)
        hourly[hour_key(contact.label, contact.occurred_at)] += 1
        clock.advance(contact.occurred_at)
        return []

    return Stage("verify", catalog.CLASSIFIED, process, unexpected="cannot count hours")


def register(app: faust.App, deps: Deps, issues: faust.Table) -> None:
    settings, taxonomy = deps.settings, deps.services.taxonomy
    hourly = app.GlobalTable("hourly_label_counts", default=int, partitions=settings.topic_partitions)
    clock = EventClock()
    counting = counting_stage(deps, hourly, clock)
    baseline = timedelta(days=settings.verification_baseline_days)
    observation = timedelta(hours=settings.verification_observation_hours)
    policy = VerificationPolicy(min_hours=min(VerificationPolicy().min_hours, settings.verification_observation_hours))

    @app.agent(deps.topics.classified, name="count_hours")
    async def count_hours(stream: faust.StreamT) -> None:
        await run_stage(stream.group_by(label_key, name="hours"), counting, deps.dead_letters)

    sent: set[str] = set()  # sent and not yet folded: not sent again (folding would ignore it anyway)

    @app.timer(interval=settings.verification_check_seconds)
    async def verify_fixed_issues() -> None:
        for issue in local_issues(issues):
            event = verification_event(
                issue, clock.now, lambda k: hourly.get(k) or 0, taxonomy, baseline, observation, policy
            )
            if event is not None and event.event_id not in sent:
                sent.add(event.event_id)
                await deps.topics.issue_events.send(key=issue.issue_id.encode(), value=event.to_bytes())
