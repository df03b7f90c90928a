"""The threshold detector: a label's window that reaches N contacts raises one signal (pure)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from nlp.taxonomy import category_of
from topics.records import Signal, SignalKind


def threshold_signal_id(label: str, window_start: float) -> str:
    """Stable per label and window, so a window signals once and consumers can de-duplicate."""
    return f"{SignalKind.threshold.value}:{label}:{datetime.fromtimestamp(window_start, UTC).isoformat()}"


def threshold_signal(
    label: str, window_start: float, window_seconds: int, count: int, threshold: int, detected_at: datetime
) -> Signal:
    start = datetime.fromtimestamp(window_start, UTC)
    return Signal(
        signal_id=threshold_signal_id(label, window_start),
        kind=SignalKind.threshold,
        label=label,
        category=category_of(label),
        window_start=start,
        window_end=start + timedelta(seconds=window_seconds),
        count=count,
        threshold=threshold,
        detected_at=detected_at,
    )


class ThresholdDetector:
    """Decides on a window's running count; the caller remembers which windows already signalled."""

    def __init__(self, threshold: int, window_seconds: int, clock: Callable[[], datetime]) -> None:
        self.threshold, self.window_seconds, self.clock = threshold, window_seconds, clock

    def crossed(self, count: int) -> bool:
        return count >= self.threshold

    def signal(self, label: str, window_start: float, count: int) -> Signal:
        return threshold_signal(label, window_start, self.window_seconds, count, self.threshold, self.clock())
