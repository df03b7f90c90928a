"""Why a send failed, and whether trying again could help: what the retrier and the delivery log need.

Kept apart from `base` so every channel module can raise it without importing the others.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime


class DeliveryError(Exception):
    """A channel did not take the message. `reason` is safe to log: it never holds a secret or a URL."""

    def __init__(
        self, reason: str, retryable: bool, retry_after: float | None = None, status_code: int | None = None
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retryable = retryable
        self.retry_after = retry_after  # seconds the receiver asked us to wait (Retry-After), if it said
        self.status_code = status_code

    def __repr__(self) -> str:
        return (
            f"DeliveryError({self.reason!r}, retryable={self.retryable}, "
            f"retry_after={self.retry_after}, status_code={self.status_code})"
        )


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a `Retry-After` header: delay-seconds or an HTTP-date; None when absent or unreadable."""
    if not value or not value.strip():
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)
