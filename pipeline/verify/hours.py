"""Hourly contact counts per label, in event time, as the verifier reads them (pure).

Stored as `label|hour` → count, where hour is the UTC hour start in ISO form; the total of an hour is the
sum over every label (and `unclassified`), so no single key is hot.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from pipeline.verify.statistics import HourCount

HOUR = timedelta(hours=1)


def hour_start(at: datetime) -> datetime:
    return at.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


def hour_key(label: str, at: datetime) -> str:
    return f"{label}|{hour_start(at).isoformat()}"


def hours_between(start: datetime, end: datetime) -> list[datetime]:
    """Every hour start from `start`'s hour up to, not including, `end`'s hour."""
    hours, current, last = [], hour_start(start), hour_start(end)
    while current < last:
        hours.append(current)
        current += HOUR
    return hours


def series(
    count: Callable[[str], int], label: str, labels: Sequence[str], hours: Sequence[datetime]
) -> list[HourCount]:
    """The label's count and the total of all `labels` for each hour (empty hours included, as zeros)."""
    buckets = []
    for hour in hours:
        stamp = hour.isoformat()
        buckets.append(
            HourCount(
                start=hour, label=count(f"{label}|{stamp}"), total=sum(count(f"{other}|{stamp}") for other in labels)
            )
        )
    return buckets
