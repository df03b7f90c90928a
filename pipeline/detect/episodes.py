"""Episodes (pure): detections of one label that recur within a gap of quiet windows are one incident."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.detect.detectors import Detection


class EpisodeTracker:
    """One episode per label while detections recur within `gap` windows: a stable id, raised once."""

    def __init__(self, window_seconds: int = 3600, gap_windows: int = 3) -> None:
        self.window_seconds, self.gap_windows = window_seconds, gap_windows
        self.open: dict[str, tuple[str, datetime, datetime]] = {}  # label -> (episode id, first, last window)

    def assign(self, window_start: datetime, detections: list[Detection]) -> list[Detection]:
        limit = timedelta(seconds=self.window_seconds * self.gap_windows)
        assigned = []
        for detection in detections:
            current = self.open.get(detection.label)
            fresh = current is None or window_start - current[2] > limit
            if fresh:
                episode, first = f"{detection.kind.value}:{detection.label}:{window_start.isoformat()}", window_start
            else:
                episode, first = current[0], current[1]
            self.open[detection.label] = (episode, first, window_start)
            assigned.append(replace(detection, episode_id=episode, episode_start=first, new_episode=fresh))
        return assigned

    def close_quiet(self, window_start: datetime) -> None:
        """Forget episodes quiet for longer than the gap (their next detection opens a new one)."""
        limit = timedelta(seconds=self.window_seconds * self.gap_windows)
        self.open = {label: e for label, e in self.open.items() if window_start - e[2] <= limit}
