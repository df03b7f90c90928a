"""From one closed window of the whole center to its signals (pure): the code the worker, the backtest and
the benchmark share.

While the seasonal baseline is cold (fewer than `baseline_min_weeks` of history for the window's local
hour-of-week) a fixed threshold per window decides instead, so a new installation is not blind for weeks.
Every detection goes through one episode tracker: an incident that goes on keeps its `signal_id` and sends
it again with `update` counting up, rather than raising a new signal every window.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from nlp.taxonomy import category_of
from pipeline.detect.detectors import CENTER, Detection, DetectionConfig, DetectionKind, SeasonalDetector, severity_of
from topics.counts import CenterWindow
from topics.records import Signal, SignalKind


class DetectionEngine:
    def __init__(
        self,
        config: DetectionConfig,
        threshold: int,
        seasonal: SeasonalDetector | None = None,
        updates: Mapping[str, int] | None = None,
    ) -> None:
        self.config, self.threshold = config, threshold
        self.seasonal = seasonal or SeasonalDetector(config)
        self.updates: dict[str, int] = dict(updates or {})  # open episode id → windows it has signalled

    @property
    def window(self) -> timedelta:
        return timedelta(seconds=self.config.window_seconds)

    def close_window(
        self, start: datetime, counts: Mapping[str, int], detected_at: datetime
    ) -> tuple[CenterWindow, list[Signal]]:
        """Feed one finalised window (labels absent count 0); the window as seen and the signals it raises."""
        counts = {label: count for label, count in counts.items() if count > 0}
        warm = self.seasonal.is_warm(start)
        detections = self.seasonal.update(start, counts)
        if not warm:
            detections = self.seasonal.episodes.assign(start, self._over_threshold(start, counts))
            self.seasonal.episodes.close_quiet(start)
        window = CenterWindow(
            window_start=start, window_end=start + self.window, counts=counts, total=sum(counts.values()), warm=warm
        )
        signals = [self._signal(detection, detected_at) for detection in detections]
        still_open = {episode for episode, _, _ in self.seasonal.episodes.open.values()}
        self.updates = {episode: n for episode, n in self.updates.items() if episode in still_open}
        return window, signals

    def _over_threshold(self, start: datetime, counts: Mapping[str, int]) -> list[Detection]:
        end = start + self.window
        return [
            Detection(
                DetectionKind.threshold,
                label,
                category_of(label),
                start,
                end,
                float(count),
                float(self.threshold),
                float(count) / self.threshold,
                severity_of(count, self.threshold),
            )
            for label, count in sorted(counts.items())
            if count >= self.threshold
        ]

    def _signal(self, detection: Detection, detected_at: datetime) -> Signal:
        episode = detection.episode_id
        update = 0 if detection.new_episode else self.updates.get(episode, 0) + 1
        self.updates[episode] = update
        threshold = detection.kind == DetectionKind.threshold
        return Signal(
            signal_id=episode,
            kind=SignalKind(detection.kind.value),
            label=detection.label,
            category=CENTER if detection.label == CENTER else category_of(detection.label),
            window_start=detection.window_start,
            window_end=detection.window_end,
            count=int(detection.observed),
            expected=None if threshold else round(detection.expected, 3),
            threshold=self.threshold if threshold else None,
            score=round(max(detection.score, 0.0), 3),
            severity=detection.severity,
            episode_start=detection.episode_start,
            update=update,
            detected_at=detected_at,
        )

    def state(self) -> dict[str, Any]:
        return {"seasonal": self.seasonal.state(), "updates": dict(self.updates)}

    @classmethod
    def from_state(cls, config: DetectionConfig, threshold: int, data: dict[str, Any] | None) -> DetectionEngine:
        if not data:
            return cls(config, threshold)
        return cls(config, threshold, SeasonalDetector.from_state(config, data["seasonal"]), data["updates"])
