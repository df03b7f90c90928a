"""Hour-of-week seasonal baseline in Europe/Amsterdam local time (pure, explicit timestamps).

Expected count of a label in a window = expected TOTAL volume for the window's local hour-of-week × the label's
SHARE of the total. Both parts are robust to past incidents:

- the total per hour-of-week is a winsorised mean of the last `weeks` observed values (clipped to median ± 3 MAD),
  so one incident week moves it little;
- shares are exponentially weighted sums of label counts, each count first clipped to
  `expected + clip_sigmas·sd + 2` (and labels the detectors flagged are replaced by their expectation),
  so a spike hardly moves a share while a slow drift or a lasting new normal is still learned.

Hour-of-week comes from local time, so DST does not shift the weekly pattern by an hour. On the autumn switch
the repeated local hour updates the same slot twice in one day: the slot keeps the mean of the two.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import numpy as np

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
HOURS_PER_WEEK = 168


def hour_of_week(moment: datetime, zone: ZoneInfo = AMSTERDAM) -> int:
    """0 = Monday 00:00–01:00 local time … 167 = Sunday 23:00–24:00 local time."""
    if moment.tzinfo is None:
        raise ValueError("moment must be time-zone aware")
    local = moment.astimezone(zone)
    return local.weekday() * 24 + local.hour


def local_day(moment: datetime, zone: ZoneInfo = AMSTERDAM) -> int:
    return moment.astimezone(zone).date().toordinal()


def robust_mean(values: Iterable[float], clip_mads: float = 3.0) -> float:
    """Winsorised mean: values clipped to median ± clip_mads·MAD (MAD floored at a Poisson-like sqrt(median)+1)."""
    array = np.asarray(list(values), dtype=float)
    if array.size == 0:
        return math.nan
    median = float(np.median(array))
    mad = 1.4826 * float(np.median(np.abs(array - median)))
    spread = max(mad, math.sqrt(max(median, 0.0)) + 1.0)
    return float(np.clip(array, median - clip_mads * spread, median + clip_mads * spread).mean())


@dataclass(frozen=True)
class BaselineConfig:
    weeks: int = 8  # how many past values per hour-of-week are kept for the total
    min_weeks: int = 2  # fewer values than this: the slot is not warm, no expectation
    share_half_life_hours: float = 168.0  # one week: shares drift; two weeks lagged them into false alerts
    clip_sigmas: float = 3.0
    dispersion: float = 0.05  # var = mu + dispersion·mu², used only to clip share updates
    zone: str = "Europe/Amsterdam"

    @property
    def share_decay(self) -> float:
        return 0.5 ** (1.0 / self.share_half_life_hours)


@dataclass(frozen=True)
class SeasonalBaseline:
    """Immutable state; `update_baseline` returns a new one."""

    config: BaselineConfig = field(default_factory=BaselineConfig)
    totals: tuple[tuple[float, ...], ...] = ((),) * HOURS_PER_WEEK  # per hour-of-week, oldest first
    last_day: tuple[int, ...] = (-1,) * HOURS_PER_WEEK  # local day ordinal of each slot's newest value
    label_mass: Mapping[str, float] = field(default_factory=dict)  # decayed sums of (clipped) label counts

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.config.zone)

    def expected_total(self, window_start: datetime) -> float | None:
        values = self.totals[hour_of_week(window_start, self.zone)]
        if len(values) < self.config.min_weeks:
            return None
        return robust_mean(values, self.config.clip_sigmas)

    def shares(self) -> dict[str, float]:
        mass = sum(self.label_mass.values())
        if mass <= 0:
            return {}
        return {label: value / mass for label, value in self.label_mass.items()}

    def expected(self, window_start: datetime, labels: Iterable[str] | None = None) -> dict[str, float] | None:
        """Expected count per label for the window (labels never seen: 0), or None while the slot is cold."""
        total = self.expected_total(window_start)
        if total is None or not self.label_mass:
            return None
        shares = self.shares()
        wanted = shares.keys() if labels is None else set(labels) | shares.keys()
        return {label: total * shares.get(label, 0.0) for label in wanted}

    def typical(self, label: str) -> float:
        """The label's average count per window over the recent past (its decayed mass × (1 − decay))."""
        return self.label_mass.get(label, 0.0) * (1.0 - self.config.share_decay)

    def is_warm(self, window_start: datetime) -> bool:
        return self.expected(window_start) is not None


def _clip(count: float, expected: float, config: BaselineConfig) -> float:
    sd = math.sqrt(expected + config.dispersion * expected * expected)
    return min(count, expected + config.clip_sigmas * sd + 2.0)


def update_baseline(
    state: SeasonalBaseline,
    window_start: datetime,
    counts: Mapping[str, int],
    flagged: Iterable[str] = (),
) -> SeasonalBaseline:
    """Fold one closed window's counts in. Labels in `flagged` (the detectors' current incidents) count as expected."""
    config, zone = state.config, state.zone
    slot, day = hour_of_week(window_start, zone), local_day(window_start, zone)
    expected = state.expected(window_start, counts.keys())
    flagged = set(flagged)
    total = float(sum(counts.values()))
    if expected is not None:  # a flagged label's excess stays out of the total's history too
        total -= sum(max(0.0, counts.get(label, 0) - expected.get(label, 0.0)) for label in flagged)

    values = state.totals[slot]
    if state.last_day[slot] == day and values:  # the repeated hour of the autumn DST switch
        values = (*values[:-1], (values[-1] + total) / 2.0)
    else:
        values = (*values, total)[-config.weeks :]
    totals = (*state.totals[:slot], values, *state.totals[slot + 1 :])
    last_day = (*state.last_day[:slot], day, *state.last_day[slot + 1 :])

    decay = config.share_decay
    mass = {label: value * decay for label, value in state.label_mass.items()}
    for label, count in counts.items():
        if expected is None:
            used = float(count)
        else:
            guess = expected.get(label, 0.0)
            used = guess if label in flagged else _clip(float(count), guess, config)
        mass[label] = mass.get(label, 0.0) + used
    return replace(state, totals=totals, last_day=last_day, label_mass=mass)


def window_start_utc(timestamp: float) -> datetime:
    return datetime.fromtimestamp(timestamp, UTC)
