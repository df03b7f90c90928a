"""The seasonal baseline and detectors, with explicit timestamps and hand-made histories."""

import math
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from scipy import stats

from pipeline.detect.baseline import (
    AMSTERDAM,
    BaselineConfig,
    SeasonalBaseline,
    hour_of_week,
    robust_mean,
    update_baseline,
)
from pipeline.detect.detectors import (
    CENTER,
    DetectionConfig,
    DetectionKind,
    NewIssueDetector,
    SeasonalDetector,
    SpikeDetector,
    TrendDetector,
    center_rise,
)

HOUR = timedelta(hours=1)
LABELS = [f"{dept}.{sub}" for dept in ("billing", "delivery", "account", "service", "contract") for sub in "ab"]


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=AMSTERDAM).astimezone(UTC)


def pattern(moment: datetime) -> int:
    """Total volume by local hour and weekday: 40·(hour+1), halved at the weekend."""
    moment = moment.astimezone(AMSTERDAM)
    return 40 * (moment.hour + 1) // (2 if moment.weekday() >= 5 else 1)


def test_hour_of_week_follows_local_time_across_both_dst_switches():
    assert hour_of_week(local(2026, 3, 30, 0)) == 0  # Monday midnight
    assert hour_of_week(datetime(2026, 3, 29, 0, tzinfo=UTC)) == 6 * 24 + 1  # 01:00 CET
    assert hour_of_week(datetime(2026, 3, 29, 1, tzinfo=UTC)) == 6 * 24 + 3  # 03:00 CEST: 02:00 does not exist
    repeated = [datetime(2026, 10, 25, hour, tzinfo=UTC) for hour in (0, 1)]  # 02:00 CEST, then 02:00 CET
    assert [hour_of_week(moment) for moment in repeated] == [6 * 24 + 2] * 2
    with pytest.raises(ValueError):
        hour_of_week(datetime(2026, 3, 29, 1))


def test_expected_counts_from_a_seasonal_history_through_the_spring_dst_day():
    state = SeasonalBaseline(BaselineConfig(min_weeks=2))
    moment, end = local(2026, 3, 9, 0), local(2026, 3, 30, 0)  # three weeks, the last Sunday is the DST day
    assert state.expected(moment) is None
    while moment < end:
        total = pattern(moment)
        state = update_baseline(state, moment, {"billing.a": total * 3 // 4, "billing.b": total // 4})
        moment += HOUR
    monday_ten = local(2026, 3, 30, 10)  # CEST now, CET in the history: the same local hour
    assert state.expected_total(monday_ten) == pytest.approx(440)
    assert state.expected(monday_ten) == pytest.approx({"billing.a": 330, "billing.b": 110})
    assert state.expected(monday_ten, ["new.label"])["new.label"] == 0
    after_switch = local(2026, 4, 5, 3)  # a Sunday 03:00: learned from the DST day's first CEST hour as well
    assert state.expected_total(after_switch) == pytest.approx(80)
    assert state.expected_total(local(2026, 4, 5, 2)) == pytest.approx(60)  # only the two CET Sundays


def test_the_repeated_autumn_hour_keeps_one_value_per_day():
    state = SeasonalBaseline(BaselineConfig(min_weeks=1))
    state = update_baseline(state, datetime(2026, 10, 25, 0, tzinfo=UTC), {"billing.a": 10})
    state = update_baseline(state, datetime(2026, 10, 25, 1, tzinfo=UTC), {"billing.a": 20})
    assert state.totals[6 * 24 + 2] == (15.0,)


def test_one_past_incident_hardly_moves_the_baseline():
    assert robust_mean([100, 104, 97, 101, 99, 500]) < 106  # one incident week among six
    moment = local(2026, 1, 5, 0)
    week_five = moment + HOUR * (168 * 4 + 10)
    for flagged in ((), ("billing.b",)):  # unnoticed, then flagged by a detector as it happened
        state = SeasonalBaseline(BaselineConfig(min_weeks=2))
        for week in range(4):
            for hour in range(168):
                spike = 5 if (week, hour) == (3, 10) else 1
                counts = {"billing.a": 80, "billing.b": 20 * spike}
                state = update_baseline(state, moment + HOUR * (168 * week + hour), counts, flagged)
        assert state.shares()["billing.b"] == pytest.approx(0.2, abs=0.005)
        # the plain mean of this slot's four weeks would be 120
        assert state.expected_total(week_five) == pytest.approx(100, abs=0.01 if flagged else 10)


def test_spike_needs_both_the_tail_test_and_the_minimum_excess():
    config = DetectionConfig(dispersion=0, sensitivity=1e-3, min_excess=5)
    spike, start = SpikeDetector(config), local(2026, 3, 2, 10)

    def tail(k: int, mu: float) -> float:  # P(X ≥ k) by hand
        return 1 - sum(math.exp(-mu) * mu**i / math.factorial(i) for i in range(k))

    assert stats.poisson.sf(5, 1.0) == pytest.approx(tail(6, 1.0)) == pytest.approx(5.94e-4, rel=1e-2)
    assert stats.poisson.sf(3, 0.2) == pytest.approx(tail(4, 0.2)) == pytest.approx(5.68e-5, rel=1e-2)
    assert stats.poisson.sf(119, 100) == pytest.approx(tail(120, 100.0)) == pytest.approx(0.028, rel=0.05)
    observed = {"a.x": 6, "a.y": 4, "a.z": 120, "a.w": 200}  # a.w: the rest of the center, as expected
    found = spike.update(start, observed, {"a.x": 1.0, "a.y": 0.2, "a.z": 100.0, "a.w": 200.0})
    assert [(d.label, d.kind) for d in found] == [("a.x", DetectionKind.spike)]  # a.y: tiny; a.z: within noise
    assert found[0].score == pytest.approx(-np.log10(stats.poisson.sf(5, 1.0)))
    assert (found[0].observed, found[0].expected, found[0].window_end - found[0].window_start) == (6, 1.0, HOUR)
    assert found[0].severity == "critical"


def test_a_label_up_as_much_as_the_whole_center_is_no_spike_but_one_up_more_is():
    spike, start = SpikeDetector(DetectionConfig(dispersion=0, sensitivity=1e-3, min_excess=5)), local(2026, 3, 2, 10)
    expected = {"a.big": 200.0, "b.mid": 100.0, "c.small": 10.0, "d.hit": 10.0}
    observed = {"a.big": 360, "b.mid": 180, "c.small": 18, "d.hit": 50}  # the center ×1.8, d.hit ×5
    assert center_rise(observed, expected) == pytest.approx(1.8)
    found = spike.update(start, observed, expected)
    assert [(d.label, d.expected) for d in found] == [("d.hit", pytest.approx(18.0))]  # unscaled, a.big and b.mid too
    calm = spike.update(start, {**observed, "a.big": 200, "b.mid": 100, "c.small": 10}, expected)
    assert [(d.label, d.expected) for d in calm] == [("d.hit", 10.0)]


def test_the_center_rise_is_a_median_so_one_big_labels_incident_does_not_hide_the_others():
    expected = {"a.big": 300.0, "b.one": 100.0, "c.two": 100.0, "d.three": 100.0}
    assert center_rise({"a.big": 900, "b.one": 100, "c.two": 100, "d.three": 100}, expected) == 1.0
    assert center_rise({"a.big": 150, "b.one": 50, "c.two": 50, "d.three": 50}, expected) == 1.0  # quiet: not < 1
    assert center_rise({}, {"a.tiny": 0.5}) == 1.0  # nothing expects enough to say


def test_trend_detects_a_sustained_ramp_but_not_noise():
    config = DetectionConfig(dispersion=0)
    rng, start = np.random.default_rng(7), local(2026, 3, 2, 0)
    quiet = TrendDetector(config)
    noise = [quiet.update(start + HOUR * t, {"a.x": int(rng.poisson(20))}, {"a.x": 20.0}) for t in range(2000)]
    assert not any(noise)
    ramp, first = TrendDetector(config), None
    for t in range(96):  # +2 % per hour: ×2 after two days
        if ramp.update(start + HOUR * t, {"a.x": int(rng.poisson(20 * (1 + 0.02 * t)))}, {"a.x": 20.0}):
            first = t
            break
    assert first is not None and 10 < first < 60


def test_a_label_expected_at_zero_is_new_when_it_recurs_or_bursts():
    detector, start = NewIssueDetector(DetectionConfig()), local(2026, 3, 2, 9)
    assert detector.update(start, {"a.new": 1, "a.old": 2}, {"a.new": 0.0, "a.old": 1.5}) == []
    assert detector.update(start + 2 * HOUR, {"a.new": 1}, {"a.new": 0.0}) == []
    found = detector.update(start + 5 * HOUR, {"a.new": 2}, {"a.new": 0.05})
    assert [(d.kind, d.label, d.score) for d in found] == [(DetectionKind.new_issue, "a.new", 3.0)]
    lapsed = NewIssueDetector(DetectionConfig())  # contacts a day apart do not recur within the horizon
    assert not any(lapsed.update(start + 25 * HOUR * n, {"b.new": 1}, {}) for n in range(4))
    burst = NewIssueDetector(DetectionConfig())
    assert [d.label for d in burst.update(start, {"b.new": 6}, {})] == ["b.new"]


def warm_detector() -> tuple[SeasonalDetector, datetime]:
    detector, moment = SeasonalDetector(DetectionConfig()), local(2026, 3, 2, 0)
    for hour in range(2 * 168):
        assert detector.update(moment + HOUR * hour, dict.fromkeys(LABELS, 20)) == []
    return detector, moment + HOUR * (2 * 168)


def test_a_whole_center_surge_raises_one_detection_and_no_category_spikes():
    detector, now = warm_detector()
    surged = {label: 40 for label in LABELS} | {"billing.a": 100}
    found = detector.update(now, surged)
    assert [(d.kind, d.label, d.category) for d in found] == [(DetectionKind.surge, CENTER, CENTER)]
    assert (found[0].observed, found[0].expected) == (sum(surged.values()), pytest.approx(200))
    alone = detector.update(now + HOUR, dict.fromkeys(LABELS, 20) | {"billing.a": 100})
    assert [(d.kind, d.label) for d in alone] == [(DetectionKind.spike, "billing.a")]


def test_an_ongoing_incident_keeps_one_episode_id():
    detector, now = warm_detector()
    windows = [detector.update(now + HOUR * t, dict.fromkeys(LABELS, 20) | {"service.b": 90}) for t in range(4)]
    spikes = [[d for d in found if d.kind == DetectionKind.spike] for found in windows]
    assert all(len(found) == 1 for found in spikes)
    ids = {d.episode_id for found in windows for d in found}
    assert len(ids) == 1 and ids.pop().startswith("spike:service.b:")
    assert [found[0].new_episode for found in spikes] == [True, False, False, False]
    for t in range(4, 10):
        detector.update(now + HOUR * t, dict.fromkeys(LABELS, 20))
    again = detector.update(now + HOUR * 10, dict.fromkeys(LABELS, 20) | {"service.b": 90})
    assert again[0].new_episode and again[0].episode_id not in {d.episode_id for d in windows[0]}
