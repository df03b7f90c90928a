"""Fix verification statistics against hand-computed cases (explicit timestamps, no broker)."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from pipeline.verify.statistics import (
    AMSTERDAM,
    HourCount,
    Verdict,
    VerificationPolicy,
    hour_of_week,
    poisson_interval,
    verify_fix,
)

Z95 = 1.959964  # two-sided 95 % normal quantile
WEEK = 168
# Monday 2026-01-05 00:00 CET = 2026-01-04 23:00 UTC; January-February has no DST change.
BASELINE_START = datetime(2026, 1, 4, 23, tzinfo=UTC)
FIX = BASELINE_START + timedelta(weeks=4)  # Monday 2026-02-02 00:00 CET


def hours(
    start: datetime, count: int, label: Callable[[datetime], int], total: Callable[[datetime], int]
) -> list[HourCount]:
    """`count` consecutive hourly buckets; label/total are functions of the Amsterdam local start."""
    buckets = []
    for i in range(count):
        at = start + timedelta(hours=i)
        local = at.astimezone(AMSTERDAM)
        buckets.append(HourCount(start=at, label=label(local), total=total(local)))
    return buckets


def constant(value: int) -> Callable[[datetime], int]:
    return lambda _: value


def byar(observed: int, z: float = Z95) -> tuple[float, float]:
    """Byar's approximation to the exact Poisson interval (accurate to ~0.1 % at these counts)."""
    low = observed * (1 - 1 / (9 * observed) - z / (3 * math.sqrt(observed))) ** 3
    n = observed + 1
    high = n * (1 - 1 / (9 * n) + z / (3 * math.sqrt(n))) ** 3
    return low, high


def test_verification_of_a_clear_drop_in_share():
    baseline = hours(BASELINE_START, 4 * WEEK, constant(10), constant(100))
    after = hours(FIX, WEEK, constant(3), constant(100))
    result = verify_fix(baseline, after)
    # p = 6720 / 67200 = 0.1; every hour of week: s_h = (40 + 50·0.1) / (400 + 50) = 45 / 450 = 0.1
    # E = 168 · 100 · 0.1 = 1680; O = 168 · 3 = 504; R = 504 / 1680 = 0.3 → drop 70 %
    # avoided = (1680 − 504) / (168 / 168) = 1176 per week (7 per hour × 168)
    # Byar 95 %: O_low = 504·(1 − 1/4536 − 1.96/(3·22.450))³ ≈ 460.96 → R_low ≈ 0.2744 → drop ≤ 72.56 %
    #            O_high = 505·(1 − 1/4545 + 1.96/(3·22.472))³ ≈ 549.97 → R_high ≈ 0.3274 → drop ≥ 67.26 %
    # R_high 0.327 < 1 − 0.2 → verified
    assert result.verdict is Verdict.verified
    assert result.observed == 504
    assert result.expected == pytest.approx(1680)
    assert result.drop_percent == pytest.approx(70)
    assert result.contacts_avoided_per_week == pytest.approx(1176)
    assert result.ci_low_percent == pytest.approx(67.26, abs=0.05)
    assert result.ci_high_percent == pytest.approx(72.56, abs=0.05)
    assert result.ci_low_percent < 70 < result.ci_high_percent and result.ci_low_percent > 20
    assert result.baseline_share == pytest.approx(0.1)
    assert result.observed_share == pytest.approx(0.03)
    assert result.observation_hours == 168


def test_verification_interval_is_the_exact_poisson_one():
    low, high = byar(504)
    assert poisson_interval(504, 0.95) == pytest.approx((low, high), rel=1e-3)
    # O = 0: the lower bound is 0 and the upper one −ln(0.025) ≈ 3.689
    assert poisson_interval(0, 0.95) == pytest.approx((0.0, -math.log(0.025)))


def test_verification_without_a_drop_is_regressed():
    baseline = hours(BASELINE_START, 4 * WEEK, constant(10), constant(100))
    after = hours(FIX, WEEK, constant(10), constant(100))
    result = verify_fix(baseline, after)
    # E = 1680 = O → R = 1, drop 0; Byar: O in [1600.6, 1762.3] → drop's CI ≈ [−4.9 %, +4.7 %] contains 0
    assert result.verdict is Verdict.regressed
    assert result.drop_percent == pytest.approx(0, abs=1e-9)
    assert result.contacts_avoided_per_week == pytest.approx(0, abs=1e-9)
    assert result.ci_low_percent < 0 < result.ci_high_percent
    assert result.ci_low_percent == pytest.approx((1 - byar(1680)[1] / 1680) * 100, abs=0.05)


def test_verification_with_too_few_contacts_is_insufficient():
    # baseline: 2 contacts an hour, one labelled in every 5th hour: L = 135 (i = 0, 5, …, 670), T = 1344
    baseline = hours(BASELINE_START, 4 * WEEK, constant(0), constant(2))
    baseline = [HourCount(b.start, 1 if i % 5 == 0 else 0, b.total) for i, b in enumerate(baseline)]
    after = hours(FIX, WEEK, constant(0), constant(1))
    result = verify_fix(baseline, after)
    # T_h = 8 for every hour of week, so Σ_h s_h = (L + 168·50·L/1344) / 58 = L·(1 + 50/8) / 58 = L / 8
    # E = 1 · Σ_h s_h = 135 / 8 = 16.875 < 20 → insufficient, although O = 0 (a "100 % drop")
    assert result.verdict is Verdict.insufficient
    assert result.expected == pytest.approx(16.875)
    assert result.observed == 0
    assert result.drop_percent == pytest.approx(100)


def test_verification_of_a_too_short_or_unmeasured_observation_is_insufficient():
    baseline = hours(BASELINE_START, 4 * WEEK, constant(10), constant(100))
    short = verify_fix(baseline, hours(FIX, 12, constant(0), constant(100)))
    # E = 12 · 100 · 0.1 = 120 ≥ 20, but 12 hours < 24
    assert short.verdict is Verdict.insufficient
    assert short.expected == pytest.approx(120)
    assert short.observation_hours == 12
    nothing = verify_fix([], hours(FIX, WEEK, constant(3), constant(100)))
    assert nothing.verdict is Verdict.insufficient
    assert nothing.expected == 0 and math.isnan(nothing.drop_percent) and math.isnan(nothing.baseline_share)
    loose = verify_fix(baseline, hours(FIX, 12, constant(0), constant(100)), VerificationPolicy(min_hours=12))
    assert loose.verdict is Verdict.verified


def test_verification_during_a_seasonal_low_is_not_a_fix():
    baseline = hours(BASELINE_START, 4 * WEEK, constant(10), constant(100))
    after = hours(FIX, WEEK, constant(5), constant(50))
    result = verify_fix(baseline, after)
    # raw counts: 1680 labelled a week before, 168 · 5 = 840 after → a naive "50 % drop"
    naive_drop = (1 - 840 / (sum(b.label for b in baseline) / 4)) * 100
    assert naive_drop == pytest.approx(50)
    # shares: E = 168 · 50 · 0.1 = 840 = O → R = 1, drop 0
    assert result.verdict is Verdict.regressed
    assert result.expected == pytest.approx(840)
    assert result.observed == 840
    assert result.drop_percent == pytest.approx(0, abs=1e-9)


def test_verification_follows_hour_of_week_seasonality():
    def night(local: datetime) -> bool:
        return local.hour < 8

    baseline = hours(BASELINE_START, 4 * WEEK, lambda t: 200 if night(t) else 50, constant(1000))
    after = [b for b in hours(FIX, WEEK, constant(50), constant(1000)) if not night(b.start.astimezone(AMSTERDAM))]
    result = verify_fix(baseline, after)
    # p = (8·200 + 16·50) / 24000 = 0.1; a day hour of week: s = (4·50 + 50·0.1) / (4·1000 + 50) = 205/4050
    # 112 day hours observed: E = 112 · 1000 · 205/4050 ≈ 5669.14; O = 112 · 50 = 5600
    # R ≈ 0.98781 → drop ≈ 1.22 % (shrinkage towards 10 %); the average share would give E = 11200, "50 %"
    assert result.observation_hours == 112
    assert result.baseline_share == pytest.approx(0.1)
    assert result.expected == pytest.approx(112_000 * 205 / 4050)
    assert result.observed == 5600
    assert result.drop_percent == pytest.approx((1 - 5600 / (112_000 * 205 / 4050)) * 100)
    assert result.drop_percent == pytest.approx(1.2195, abs=1e-3)
    assert result.verdict is Verdict.regressed


def test_verification_hour_of_week_is_dst_correct():
    # 2026-10-25 is the last Sunday of October: 01:00 UTC, 03:00 CEST becomes 02:00 CET
    assert hour_of_week(datetime(2026, 10, 25, 0, 30, tzinfo=UTC)) == 146  # Sunday 02:30 CEST
    assert hour_of_week(datetime(2026, 10, 25, 1, 30, tzinfo=UTC)) == 146  # Sunday 02:30 CET, the repeated hour
    assert hour_of_week(datetime(2026, 10, 25, 2, 30, tzinfo=UTC)) == 147  # Sunday 03:30 CET
    # 2026-03-29, last Sunday of March: 01:00 UTC, 02:00 CET becomes 03:00 CEST (local 02:xx never happens)
    assert hour_of_week(datetime(2026, 3, 29, 0, 30, tzinfo=UTC)) == 145  # Sunday 01:30 CET
    assert hour_of_week(datetime(2026, 3, 29, 1, 30, tzinfo=UTC)) == 147  # Sunday 03:30 CEST
    assert hour_of_week(BASELINE_START) == 0  # Monday 00:00 CET
    assert hour_of_week(BASELINE_START - timedelta(minutes=1)) == 167  # Sunday 23:59 CET
    with pytest.raises(ValueError):
        hour_of_week(datetime(2026, 10, 25, 2, 30))
