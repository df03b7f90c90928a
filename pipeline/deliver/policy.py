"""Whether an alert goes out now, later (quiet hours, daily digest) or not at all (pure).

Times of day are Europe/Amsterdam wall-clock times, so "07:00" stays 07:00 across the DST switch.
A firing alert below the department's minimum severity, or about a label it was told about within its
cooldown, is suppressed; during quiet hours only critical alerts go out at once; a department with a
daily digest gets everything in one message a day. A verified fix (resolved) is never suppressed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from topics.alerts import Alert, AlertStatus, Severity
from topics.subscriptions import Subscription

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@dataclass(frozen=True)
class Decision:
    action: Literal["send", "suppress", "hold"]
    reason: str = ""
    release_at: datetime | None = None  # hold: when it may go out


def next_local(now: datetime, at: time, zone: ZoneInfo = AMSTERDAM) -> datetime:
    """The first moment after `now` when the local clock shows `at` (in UTC).

    Compared in UTC, and both readings of a time the autumn clock change repeats are tried (fold 0, 1):
    comparing two times of one zone compares wall clocks, which is wrong in that repeated hour."""
    today = now.astimezone(zone).date()
    for day in (today, today + timedelta(days=1)):
        for fold in (0, 1):
            candidate = datetime.combine(day, at, tzinfo=zone).replace(fold=fold).astimezone(UTC)
            if candidate > now:
                return candidate
    raise AssertionError("unreachable: tomorrow's reading is always after now")  # pragma: no cover


def decide(alert: Alert, subscription: Subscription, now: datetime, last_sent: datetime | None) -> Decision:
    firing = alert.status == AlertStatus.firing
    if firing and alert.severity.rank < subscription.min_severity.rank:
        return Decision("suppress", f"{alert.severity.value} is below the minimum {subscription.min_severity.value}")
    cooldown = timedelta(minutes=subscription.cooldown_minutes)
    if firing and cooldown and last_sent is not None and now - last_sent < cooldown:
        return Decision("suppress", f"within the {subscription.cooldown_minutes} min cooldown for {alert.label}")
    if subscription.digest_at is not None:
        return Decision("hold", "daily digest", next_local(now, subscription.digest_at))
    quiet = subscription.quiet_hours
    if quiet is not None and alert.severity != Severity.critical and quiet.covers(now.astimezone(AMSTERDAM).time()):
        return Decision("hold", "quiet hours", next_local(now, quiet.end))
    return Decision("send")
