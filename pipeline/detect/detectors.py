"""Seasonal detectors on per-label window counts (pure): spike, trend, new issue, whole-center surge, episodes.

Each detector is a small state object with one `update(window_start, observed, expected)` returning detections;
`SeasonalDetector` wires them to the baseline: a surge suppresses that window's per-category detections, every
label's detections share one episode id while they keep recurring, and flagged labels do not teach the baseline.
"""

from __future__ import annotations

import math
from collections import defaultdict, deque
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

import numpy as np
from pydantic import BaseModel, ConfigDict, Field
from scipy import stats

from nlp.taxonomy import category_of
from pipeline.detect.baseline import BaselineConfig, SeasonalBaseline, update_baseline
from pipeline.detect.episodes import EpisodeTracker
from topics.alerts import Severity

CENTER = "*"  # the label and category of a whole-center surge


class DetectionKind(StrEnum):
    threshold = "threshold"
    spike = "spike"
    trend = "trend"
    new_issue = "new_issue"
    surge = "surge"


class DetectionConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    window_seconds: int = Field(default=3600, ge=60)
    dispersion: float = Field(default=0.03, ge=0, description="var = mu + dispersion·mu²; 0 means Poisson.")
    sensitivity: float = Field(default=2e-3, gt=0, lt=1, description="Spike: upper-tail p-value must be below.")
    min_excess: float = Field(default=5.0, ge=0, description="Spike: observed − expected must reach this.")
    trend_k: float = Field(default=0.5, ge=0, description="CUSUM allowance in standard deviations per window.")
    trend_h: float = Field(default=12.0, gt=0, description="CUSUM decision interval.")
    trend_z_cap: float = Field(default=3.0, gt=0, description="One window adds at most this to the CUSUM.")
    trend_min_expected: float = Field(default=1.0, ge=0, description="Windows expecting less do not feed it.")
    new_issue_max_expected: float = Field(default=0.2, ge=0)
    new_issue_windows: int = Field(default=3, ge=1, description="Windows with contacts within the horizon.")
    new_issue_burst: int = Field(default=5, ge=1, description="Or this many contacts in one window.")
    new_issue_horizon_windows: int = Field(default=24, ge=1)
    surge_sensitivity: float = Field(default=1e-5, gt=0, lt=1, description="Total volume tail test.")
    surge_dispersion: float = Field(default=0.005, ge=0, description="Dispersion of totals (less than a label's).")
    surge_category_sensitivity: float = Field(default=0.05, gt=0, lt=1, description="A category counts as up.")
    surge_min_rise: float = Field(default=0.4, ge=0, description="Or rises by this fraction.")
    surge_category_fraction: float = Field(default=0.6, gt=0, le=1)
    surge_min_category_expected: float = Field(default=1.0, ge=0, description="Smaller categories are not active.")
    episode_gap_windows: int = Field(default=3, ge=1, description="Quiet windows before an episode closes.")
    baseline_min_weeks: int = Field(default=2, ge=1, description="History per hour-of-week before it is warm.")


@dataclass(frozen=True)
class Detection:
    kind: DetectionKind
    label: str
    category: str
    window_start: datetime
    window_end: datetime
    observed: float
    expected: float
    score: float
    severity: Severity
    episode_id: str = ""
    episode_start: datetime | None = None
    new_episode: bool = True


def upper_tail(observed: np.ndarray, expected: np.ndarray, dispersion: float) -> np.ndarray:
    """P(X ≥ observed) for X ~ Poisson(expected), or negative binomial with var = mu + dispersion·mu²."""
    observed, expected = np.asarray(observed, dtype=float), np.maximum(np.asarray(expected, dtype=float), 1e-9)
    if dispersion <= 0:
        return stats.poisson.sf(observed - 1, expected)
    n = 1.0 / dispersion
    return stats.nbinom.sf(observed - 1, n, n / (n + expected))


CRITICAL_RATIO, WARNING_RATIO = 3.0, 1.5


def severity_of(observed: float, expected: float) -> Severity:
    """How far above what was expected (or the threshold): ≥ 3× critical, ≥ 1.5× warning, else info."""
    ratio = observed / max(expected, 1e-9)
    return (
        Severity.critical if ratio >= CRITICAL_RATIO else Severity.warning if ratio >= WARNING_RATIO else Severity.info
    )


def _score(p: float) -> float:
    return -math.log10(max(p, 1e-300))


class _Detector:
    def __init__(self, config: DetectionConfig | None = None) -> None:
        self.config = config or DetectionConfig()

    def _detection(self, kind, label, start, observed, expected, score, severity=None) -> Detection:
        end = start + timedelta(seconds=self.config.window_seconds)
        category = CENTER if label == CENTER else category_of(label)
        severity = severity or severity_of(observed, expected)
        return Detection(kind, label, category, start, end, float(observed), float(expected), score, severity)


def center_rise(observed: Mapping[str, int], expected: Mapping[str, float], min_expected: float = 1.0) -> float:
    """How much the whole center is up in this window: the volume-weighted median of the labels' observed ÷
    expected (labels expecting at least `min_expected`), never below 1. A median, so one big label's own incident
    does not make the others look normal; never below 1, so a quiet hour does not make small rises look big."""
    ratios = sorted((observed.get(label, 0) / mean, mean) for label, mean in expected.items() if mean >= min_expected)
    half, running = sum(mean for _, mean in ratios) / 2.0, 0.0
    for ratio, mean in ratios:
        running += mean
        if running >= half:
            return max(1.0, ratio)
    return 1.0


class SpikeDetector(_Detector):
    """Upper-tail test below `sensitivity` AND at least `min_excess` more contacts than expected, where expected is
    scaled by the center's rise in the window: a label up as much as everything else is part of a surge (or a
    busy hour the baseline did not foresee), not an incident of its own."""

    def update(self, window_start: datetime, observed: Mapping[str, int], expected: Mapping[str, float]):
        rise = center_rise(observed, expected)
        means = {label: expected.get(label, 0.0) * rise for label in observed}
        labels = [label for label in observed if observed[label] - means[label] >= self.config.min_excess]
        if not labels:
            return []
        counts = np.array([observed[label] for label in labels], dtype=float)
        tails = upper_tail(counts, np.array([means[label] for label in labels]), self.config.dispersion)
        return [
            self._detection(DetectionKind.spike, label, window_start, count, means[label], _score(p))
            for label, count, p in zip(labels, counts, tails, strict=True)
            if p < self.config.sensitivity
        ]


class TrendDetector(_Detector):
    """One-sided CUSUM of standardised residuals, each capped, so only a sustained rise accumulates."""

    def __init__(self, config: DetectionConfig | None = None) -> None:
        super().__init__(config)
        self.sums: dict[str, float] = defaultdict(float)

    def update(self, window_start: datetime, observed: Mapping[str, int], expected: Mapping[str, float]):
        config, found = self.config, []
        for label in set(observed) | set(expected):
            mean = expected.get(label, 0.0)
            if mean < config.trend_min_expected:
                continue
            count = observed.get(label, 0)
            z = (count - mean) / math.sqrt(mean + config.dispersion * mean * mean)
            self.sums[label] = max(0.0, self.sums[label] + min(z, config.trend_z_cap) - config.trend_k)
            if self.sums[label] > config.trend_h:
                found.append(self._detection(DetectionKind.trend, label, window_start, count, mean, self.sums[label]))
                self.sums[label] = config.trend_h / 2  # keep watching; the episode tracker de-duplicates
        return found


class NewIssueDetector(_Detector):
    """A label expected at about zero that recurs (contacts in k windows of the horizon) or bursts.

    `expected` here is the label's typical count per window (not this hour's): a quiet night is no new issue.
    """

    def __init__(self, config: DetectionConfig | None = None) -> None:
        super().__init__(config)
        self.seen: dict[str, deque[datetime]] = defaultdict(deque)

    def update(self, window_start: datetime, observed: Mapping[str, int], expected: Mapping[str, float]):
        config, found = self.config, []
        horizon = window_start - timedelta(seconds=config.window_seconds * config.new_issue_horizon_windows)
        for label, count in observed.items():
            mean = expected.get(label, 0.0)
            if count <= 0 or mean >= config.new_issue_max_expected:
                continue
            seen = self.seen[label]
            seen.append(window_start)
            while seen and seen[0] <= horizon:
                seen.popleft()
            if len(seen) >= config.new_issue_windows or count >= config.new_issue_burst:
                found.append(
                    self._detection(DetectionKind.new_issue, label, window_start, count, mean, float(len(seen)))
                )
        return found


class SurgeDetector(_Detector):
    """Total volume significantly up AND most active categories up: one detection for the whole center."""

    def update(self, window_start: datetime, observed: Mapping[str, int], expected: Mapping[str, float]):
        config = self.config
        by_category_obs: dict[str, float] = defaultdict(float)
        by_category_exp: dict[str, float] = defaultdict(float)
        for label, count in observed.items():
            by_category_obs[category_of(label)] += count
        for label, mean in expected.items():
            by_category_exp[category_of(label)] += mean
        active = [c for c, mean in by_category_exp.items() if mean >= config.surge_min_category_expected]
        total_obs, total_exp = float(sum(observed.values())), float(sum(expected.values()))
        if not active or total_obs <= total_exp:
            return []
        total_p = float(upper_tail(np.array([total_obs]), np.array([total_exp]), config.surge_dispersion)[0])
        if total_p >= config.surge_sensitivity:
            return []
        cat_obs = np.array([by_category_obs[c] for c in active])
        cat_exp = np.array([by_category_exp[c] for c in active])
        significant = upper_tail(cat_obs, cat_exp, config.surge_dispersion) < config.surge_category_sensitivity
        up = np.sum(significant | (cat_obs >= cat_exp * (1.0 + config.surge_min_rise)))
        if up < config.surge_category_fraction * len(active):
            return []
        top = int(np.argmax(cat_obs - cat_exp))  # not one category's incident: the rest must be up too
        rest_obs, rest_exp = np.array([total_obs - cat_obs[top]]), np.array([total_exp - cat_exp[top]])
        rest_p = upper_tail(rest_obs, rest_exp, config.surge_dispersion)[0]
        if rest_p >= config.surge_category_sensitivity or rest_obs[0] < rest_exp[0] * (1.0 + config.surge_min_rise):
            return []
        return [self._detection(DetectionKind.surge, CENTER, window_start, total_obs, total_exp, _score(total_p))]


class SeasonalDetector:
    """The baseline and all detectors, fed one closed window of per-label counts at a time."""

    def __init__(self, config: DetectionConfig | None = None, baseline: SeasonalBaseline | None = None) -> None:
        self.config = config or DetectionConfig()
        self.baseline = baseline or SeasonalBaseline(
            BaselineConfig(dispersion=self.config.dispersion, min_weeks=self.config.baseline_min_weeks)
        )
        self.spike, self.trend = SpikeDetector(self.config), TrendDetector(self.config)
        self.new_issue, self.surge = NewIssueDetector(self.config), SurgeDetector(self.config)
        self.episodes = EpisodeTracker(self.config.window_seconds, self.config.episode_gap_windows)

    def update(self, window_start: datetime, counts: Mapping[str, int]) -> list[Detection]:
        expected = self.baseline.expected(window_start, counts.keys())
        if expected is None:
            self.baseline = update_baseline(self.baseline, window_start, counts)
            return []
        detections = self.surge.update(window_start, counts, expected)
        if detections:  # one surge for the center; no per-category pages, nothing learned from the window
            flagged = set(counts) | set(expected)
        else:
            detections = [
                *self.spike.update(window_start, counts, expected),
                *self.trend.update(window_start, counts, expected),
                *self.new_issue.update(window_start, counts, {k: self.baseline.typical(k) for k in counts}),
            ]
            flagged = {detection.label for detection in detections}
        detections = self.episodes.assign(window_start, detections)
        self.episodes.close_quiet(window_start)
        self.baseline = update_baseline(self.baseline, window_start, counts, flagged)
        return detections

    def is_warm(self, window_start: datetime) -> bool:
        return self.baseline.expected_total(window_start) is not None and bool(self.baseline.label_mass)

    def state(self) -> dict[str, Any]:
        """Everything learned so far, as JSON-ready data (kept with the offset it covers)."""
        return {
            "totals": [list(values) for values in self.baseline.totals],
            "last_day": list(self.baseline.last_day),
            "label_mass": dict(self.baseline.label_mass),
            "trend": {label: value for label, value in self.trend.sums.items() if value > 0},
            "seen": {label: [m.isoformat() for m in seen] for label, seen in self.new_issue.seen.items() if seen},
            "episodes": {
                label: [e, f.isoformat(), last.isoformat()] for label, (e, f, last) in self.episodes.open.items()
            },
        }

    @classmethod
    def from_state(cls, config: DetectionConfig, data: dict[str, Any]) -> SeasonalDetector:
        detector = cls(config)
        detector.baseline = replace(
            detector.baseline,
            totals=tuple(tuple(values) for values in data["totals"]),
            last_day=tuple(data["last_day"]),
            label_mass=dict(data["label_mass"]),
        )
        detector.trend.sums.update(data["trend"])
        for label, moments in data["seen"].items():
            detector.new_issue.seen[label].extend(datetime.fromisoformat(m) for m in moments)
        detector.episodes.open = {
            label: (e, datetime.fromisoformat(first), datetime.fromisoformat(last))
            for label, (e, first, last) in data["episodes"].items()
        }
        return detector
