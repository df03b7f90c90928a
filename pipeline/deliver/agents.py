"""The deliver_alerts agent: alerts → each subscribed department's channels, logged, retried, dead-lettered.

The alert's offset is committed only after the agent returns, that is after every channel delivered or
dead-lettered it, so a crash never drops one; the `delivery_log` table (keyed by alert id and channel,
on the alert's partition) and an explicit producer flush after each alert keep a replay from sending it
again. Held alerts (quiet hours, daily digest) wait in `held_alerts`; a timer asks for their release.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from datetime import datetime, timedelta

import faust
import httpx

from pipeline.deliver import http as test_page
from pipeline.deliver.channels.base import build_notifier
from pipeline.deliver.log import HeldAlerts
from pipeline.deliver.policy import decide
from pipeline.deliver.retry import RetryPolicy
from pipeline.deliver.sender import Sender
from pipeline.deliver.sweep import Progress, Sweeper, progress_key
from pipeline.deps import Deps
from pipeline.runtime.stage import Out, Stage, run_stage
from topics import catalog
from topics.alerts import Alert, AlertStatus, Delivery, DeliveryDeadLetter, DeliveryOutcome, DigestRelease
from topics.validation import InvalidRecord, parse_record

MAX_RECORD_BYTES = 256 * 1024
log = logging.getLogger(__name__)


def parse_alert_record(payload: bytes) -> Alert | DigestRelease:
    try:
        return parse_record(DigestRelease, payload, max_bytes=MAX_RECORD_BYTES)
    except InvalidRecord:
        return parse_record(Alert, payload, max_bytes=MAX_RECORD_BYTES)


def retry_policy(deps: Deps) -> RetryPolicy:
    settings = deps.settings
    return RetryPolicy(
        max_attempts=settings.delivery_max_attempts,
        initial_seconds=settings.delivery_backoff_initial_seconds,
        max_seconds=settings.delivery_backoff_max_seconds,
        budget_seconds=settings.delivery_budget_seconds,
    )


class Delivering:
    """What the agent does with one record of `alerts`; the tables are Faust tables, the HTTP client shared."""

    def __init__(self, app: faust.App, deps: Deps, tables: dict[str, faust.Table]) -> None:
        self.app, self.deps, self.clock = app, deps, deps.services.clock
        self.book = deps.services.subscriptions
        self.log_table, self.last_alerted, self.held = tables["log"], tables["last_alerted"], tables["held"]
        self.progress = tables["progress"]
        self.http = httpx.AsyncClient(follow_redirects=False)
        self.sender = Sender(
            policy=retry_policy(deps),
            metrics=deps.services.metrics,
            clock=self.clock,
            notifier_for=lambda channel: build_notifier(channel, self.http),
            lookup=self.lookup,
            record=self.record,
            dead_letter=self.dead_letter,
        )

    def _done(self, alert: Alert) -> bool:
        stored = self.progress.get(progress_key(alert))
        return stored is not None and Progress.model_validate_json(stored).state == "done"

    def lookup(self, key: str) -> Delivery | None:
        stored = self.log_table.get(key)
        return Delivery.model_validate_json(stored) if stored else None

    async def record(self, delivery: Delivery) -> None:
        if delivery.outcome != DeliveryOutcome.retrying:
            self.log_table[delivery.delivery_key] = delivery.model_dump_json()
        await self.deps.topics.deliveries.send(key=delivery.department.encode(), value=delivery.to_bytes())

    async def dead_letter(self, letter: DeliveryDeadLetter) -> None:
        await self.deps.topics.delivery_deadletter.send(key=letter.alert.department.encode(), value=letter.to_bytes())

    async def process(self, payload: bytes) -> Iterable[Out]:
        record = parse_alert_record(payload)
        if isinstance(record, DigestRelease):
            await self.release(record.release, self.clock())
        elif self._done(record):
            return []  # a replay of an alert already handled: nothing more, not even for channels added since
        else:
            self.progress[progress_key(record)] = Progress(state="accepted", at=self.clock()).model_dump_json()
            await self.handle(record, self.clock())
            self.progress[progress_key(record)] = Progress(state="done", at=self.clock()).model_dump_json()
        await self.app.producer.flush()  # the log is on the broker before the next alert, not just buffered
        return []

    async def handle(self, alert: Alert, now: datetime) -> None:
        subscription = self.book.get(alert.department)
        if subscription is None:
            return  # the department unsubscribed since: nobody to tell
        channels = [channel for channel in subscription.channels if self.sender.pending([alert], channel)]
        if not channels:
            return
        if alert.redrive == 0:  # a re-drive is a person's decision to send now
            cooldown_key = f"{alert.department}|{alert.label}"
            last = self.last_alerted.get(cooldown_key)
            decision = decide(alert, subscription, now, datetime.fromisoformat(last) if last else None)
            if decision.action != "send":
                outcome = DeliveryOutcome.suppressed if decision.action == "suppress" else DeliveryOutcome.held
                if decision.release_at is not None:
                    held = self.held_for(alert.department).add(alert, decision.release_at)
                    self.held[alert.department] = held.model_dump_json()
                for channel in channels:
                    await self.sender.log(alert, channel, outcome, reason=decision.reason)
                return
            if alert.status == AlertStatus.firing:
                self.last_alerted[cooldown_key] = now.isoformat()
        await asyncio.gather(*(self.sender.deliver([alert], channel) for channel in channels))

    async def release(self, department: str, now: datetime) -> None:
        """Send the department's held alerts that are due, one message (a digest) per channel."""
        due, rest = self.held_for(department).due(now)
        if not due:
            return
        subscription = self.book.get(department)
        channels = subscription.channels if subscription is not None else []
        await asyncio.gather(*(self.sender.deliver(due, channel, releasing=True) for channel in channels))
        self.held[department] = rest.model_dump_json()

    def held_for(self, department: str) -> HeldAlerts:
        return HeldAlerts.model_validate_json(self.held.get(department) or "{}")

    def departments_due(self, now: datetime) -> list[str]:
        """Departments of this worker's partitions with held alerts due at `now`."""
        due = []
        for department in list(self.held.keys()):
            release = self.held_for(department).next_release()
            if release is not None and release <= now:
                due.append(department)
        return due


def register(app: faust.App, deps: Deps) -> Delivering:
    partitions = deps.settings.topic_partitions
    tables = {
        "log": app.Table("delivery_log", default=None, partitions=partitions),
        "last_alerted": app.Table("last_alerted", default=None, partitions=partitions),
        "held": app.Table("held_alerts", default=None, partitions=partitions),
        "progress": app.Table("alert_progress", default=None, partitions=partitions),
    }
    delivering = Delivering(app, deps, tables)
    stage = Stage("deliver", catalog.ALERTS, delivering.process, unexpected="cannot deliver alert")

    @app.agent(deps.topics.alerts, name="deliver_alerts")
    async def deliver_alerts(stream: faust.StreamT) -> None:
        try:
            await run_stage(stream, stage, deps.dead_letters)
        finally:
            await delivering.http.aclose()

    async def queue_again(alert: Alert) -> None:
        await deps.topics.alerts.send(key=alert.department.encode(), value=alert.to_bytes())

    settings = deps.settings
    assert settings.kafka_bootstrap_servers
    sweeper = Sweeper(
        settings.kafka_bootstrap_servers,
        delivering.progress,
        queue_again,
        grace=timedelta(seconds=settings.delivery_sweep_grace_seconds),
        budget=timedelta(seconds=settings.delivery_budget_seconds),
    )

    @app.timer(interval=settings.delivery_check_seconds, name="check_held_and_unfinished_alerts")
    async def check_held_and_unfinished_alerts() -> None:
        now = deps.services.clock()
        for department in delivering.departments_due(now):
            release = DigestRelease(release=department, at=now)
            await deps.topics.alerts.send(key=department.encode(), value=release.to_bytes())
        partitions = [tp.partition for tp in app.consumer.assignment() if tp.topic == catalog.ALERTS]
        queued = await sweeper.sweep(partitions, now)
        if queued:
            log.warning("queued again %d alert(s) the delivery agent never finished", len(queued))

    test_page.register(app, deps)
    return delivering
