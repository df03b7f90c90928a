"""A threshold signal: a label's window that reached N contacts (pure); what detection raises while cold."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from nlp.taxonomy import category_of
from pipeline.detect.detectors import severity_of
from topics.records import Signal, SignalKind


def threshold_signal_id(label: str, window_start: float) -> str:
    """Stable per label and first window, as the episode tracker names it."""
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
        score=count / threshold,
        severity=severity_of(count, threshold),
        episode_start=start,
        detected_at=detected_at,
    )
