"""Contact counts per label and window, as the verifier reads them (pure).

The verifier reads the center's finalised windows (`counts`: every contact counted once, copies and replays
included, by the counting stage) and stores each as `label|window start` → count and `*|window start` →
all contacts, so a window sent twice (a replay of the detection stage) is stored twice with the same value.
Verification works on hours: an hour's count is the sum of the windows that start in it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, timedelta

from pipeline.verify.statistics import HourCount
from topics.counts import CenterWindow

HOUR = timedelta(hours=1)
TOTAL = "*"  # the label of a window's total: every contact, unclassified included
CLOCK = "clock"  # the end of the newest window seen: the verifier's event clock


def hour_start(at: datetime) -> datetime:
    return at.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


def window_key(label: str, start: datetime) -> str:
    return f"{label}|{start.astimezone(UTC).isoformat()}"


def window_entries(window: CenterWindow) -> Iterator[tuple[str, int]]:
    """What one finalised window stores: each label's count and the total (labels with no contact: absent)."""
    for label, count in window.counts.items():
        yield window_key(label, window.window_start), count
    yield window_key(TOTAL, window.window_start), window.total


def expired_keys(keys: Iterable[str], horizon: datetime) -> list[str]:
    """The stored windows that start before `horizon` (never the clock): verification no longer reads them."""
    cutoff = horizon.astimezone(UTC).isoformat()
    expired = []
    for key in keys:
        _, separator, start = key.rpartition("|")
        if separator and start < cutoff:  # ISO strings in UTC sort as the times do
            expired.append(key)
    return expired


def hours_between(start: datetime, end: datetime) -> list[datetime]:
    """Every hour start from `start`'s hour up to, not including, `end`'s hour."""
    hours, current, last = [], hour_start(start), hour_start(end)
    while current < last:
        hours.append(current)
        current += HOUR
    return hours


def window_starts_in(hour: datetime, window: timedelta) -> list[datetime]:
    """Starts of the tumbling windows (aligned to the epoch, as counting makes them) that begin in `hour`."""
    step = window.total_seconds()
    first = math.ceil(hour.timestamp() / step) * step
    starts, at = [], first
    while at < (hour + HOUR).timestamp():
        starts.append(datetime.fromtimestamp(at, UTC))
        at += step
    return starts


def series(count: Callable[[str], int], label: str, hours: list[datetime], window: timedelta) -> list[HourCount]:
    """The label's count and the total for each hour (empty hours included, as zeros)."""
    buckets = []
    for hour in hours:
        starts = window_starts_in(hour, window)
        buckets.append(
            HourCount(
                start=hour,
                label=sum(count(window_key(label, start)) for start in starts),
                total=sum(count(window_key(TOTAL, start)) for start in starts),
            )
        )
    return buckets
