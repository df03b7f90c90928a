"""A safety net under the delivery agent: alerts it never finished are queued again.

Why: faust-streaming 0.15 can skip records after a restart or rebalance. It resumes fetching a stream's
partitions before it seeks them to their committed offsets, and records fetched in between are marked read
without reaching the agent (measured here: after a SIGKILL, alerts behind the interrupted one never reached
the agent while their offsets were committed; see faust-streaming issues #216 and #596).

So the agent marks each alert `accepted` when it starts and `done` when every channel has delivered,
dead-lettered, suppressed or held it. A timer reads this worker's `alerts` partitions from the oldest alert
not yet done; an alert older than the grace period that was never accepted, or accepted longer ago than a
whole retry budget and still not done, is produced again (same key, so same partition, behind the
original): the delivery log then lets exactly one of them through. Channels added later never get old
alerts: a done alert is never queued again.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime, timedelta

from pydantic import BaseModel

from pipeline.runtime.topic_reader import read_partition
from topics import catalog
from topics.alerts import Alert
from topics.validation import InvalidRecord, parse_record


def progress_key(alert: Alert) -> str:
    """Each re-drive of an alert is a delivery of its own: it has its own progress."""
    return f"{alert.alert_id}#{alert.redrive}"


class Progress(BaseModel):
    """Where the agent is with one alert (the `alert_progress` table)."""

    state: str  # "accepted" or "done"
    at: datetime


def needs_requeue(
    progress: Progress | None, produced_at: datetime, now: datetime, grace: timedelta, budget: timedelta
) -> bool:
    """True for an alert the agent never took up, or took up and (having crashed) never finished."""
    if now - produced_at < grace:
        return False  # may simply be waiting in the agent's queue
    if progress is None:
        return True
    return progress.state == "accepted" and now - progress.at > budget + grace


class Sweeper:
    def __init__(
        self,
        bootstrap_servers: str,
        progress: Mapping[str, str | None],
        send: Callable[[Alert], Awaitable[None]],
        grace: timedelta,
        budget: timedelta,
    ) -> None:
        self.bootstrap_servers, self.progress, self.send = bootstrap_servers, progress, send
        self.grace, self.budget = grace, budget
        self.start_at: dict[int, int] = {}  # partition → offset of the oldest alert not known to be done
        self.queued_at: dict[str, datetime] = {}  # alert id → when this worker last queued it again

    def _progress(self, key: str) -> Progress | None:
        stored = self.progress.get(key)
        return Progress.model_validate_json(stored) if stored else None

    def _due(self, key: str, now: datetime) -> bool:
        """Not queued again by this worker within a retry budget (its copy may still be waiting)."""
        last = self.queued_at.get(key)
        return last is None or now - last > self.budget + self.grace

    async def sweep(self, partitions: list[int], now: datetime) -> list[str]:
        """Queue again what needs it on these partitions; returns the alert ids queued."""
        queued: list[str] = []
        loop = asyncio.get_running_loop()
        self.queued_at = {key: at for key, at in self.queued_at.items() if self._due(key, now) is False}
        for partition in partitions:
            start = self.start_at.get(partition, 0)
            records = await loop.run_in_executor(
                None, read_partition, self.bootstrap_servers, catalog.ALERTS, partition, start
            )
            settled = True
            for offset, timestamp_ms, value in records:
                produced_at = datetime.fromtimestamp(timestamp_ms / 1000, tz=now.tzinfo)
                try:
                    alert = parse_record(Alert, value)
                except InvalidRecord:
                    alert = None  # a release request or poison: nothing to deliver
                key = progress_key(alert) if alert is not None else ""
                progress = self._progress(key) if alert is not None else None
                done = alert is None or (progress is not None and progress.state == "done")
                if (
                    alert is not None
                    and self._due(key, now)
                    and needs_requeue(progress, produced_at, now, self.grace, self.budget)
                ):
                    await self.send(alert)
                    self.queued_at[key] = now
                    queued.append(alert.alert_id)
                settled = settled and done
                if settled:
                    self.start_at[partition] = offset + 1
        return queued
