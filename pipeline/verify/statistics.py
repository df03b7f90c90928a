"""Did a fix work? Compare a label's share of contacts after the fix with its baseline share (pure).

Method. Counts arrive as hourly buckets (label contacts, all contacts), one per hour including empty ones.
Comparing shares rather than raw counts means a quiet Sunday or a seasonal low in total volume is not
mistaken for a fix; comparing per hour of the week (Monday 00:00 Europe/Amsterdam = 0, DST-correct) means
that observing only hours where the label is naturally rare is not mistaken for one either.

1. Baseline share per hour of the week h, shrunk towards the overall baseline share p = L / T:
   s_h = (L_h + k·p) / (T_h + k), with k = `prior_contacts` (default 50) pseudo-contacts at share p.
   Below ~50 contacts an hour's own share is too noisy to trust alone (at p = 10 % its relative standard
   error is above 40 %), so such hours lean on p; with hundreds of contacts their own share dominates.
2. Expected label contacts after the fix E = Σ over after-fix hours of total_hour × s_how(hour);
   observed O = Σ after-fix label contacts. Rate ratio R = O / E, drop % = (1 − R) × 100.
3. Confidence interval for R: conditional on E, O ~ Poisson(R·E), so the exact Poisson (Garwood)
   interval for O, from chi-square quantiles, divided by E. The drop's interval is 1 − that, in %.
4. Contacts avoided per week = (E − O) / (observation hours / 168).
5. Verdict: `insufficient` if E < `min_expected` (20) or fewer than `min_hours` (24) hours were observed;
   `verified` if R's upper bound < 1 − `min_drop` (0.2), i.e. a drop of at least 20 % at the given
   confidence (0.95); otherwise `regressed`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

import numpy as np
from scipy.stats import chi2

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
HOURS_PER_WEEK = 168


def hour_of_week(at: datetime) -> int:
    """0..167 in Amsterdam local time, so contact patterns line up across DST changes."""
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("hour_of_week needs a timezone-aware datetime")
    local = at.astimezone(AMSTERDAM)
    return local.weekday() * 24 + local.hour


@dataclass(frozen=True)
class HourCount:
    """One hour's contacts: those with the label, and all of them (the denominator of the share)."""

    start: datetime
    label: int
    total: int

    def __post_init__(self) -> None:
        if self.start.tzinfo is None:
            raise ValueError("HourCount.start must be timezone-aware")
        if not 0 <= self.label <= self.total:
            raise ValueError("need 0 <= label <= total")


class Verdict(StrEnum):
    verified = "verified"
    regressed = "regressed"
    insufficient = "insufficient"


@dataclass(frozen=True)
class VerificationPolicy:
    """The thresholds of a verdict; defaults are explained in the module docstring."""

    min_expected: float = 20.0
    min_hours: int = 24
    min_drop: float = 0.2
    confidence: float = 0.95
    prior_contacts: float = 50.0

    def __post_init__(self) -> None:
        if not 0 < self.confidence < 1 or not 0 <= self.min_drop < 1 or self.prior_contacts < 0:
            raise ValueError("need 0 < confidence < 1, 0 <= min_drop < 1 and prior_contacts >= 0")


@dataclass(frozen=True)
class VerificationResult:
    """The verdict and the numbers behind it; ratios are NaN when nothing was expected."""

    verdict: Verdict
    observed: int
    expected: float
    drop_percent: float
    ci_low_percent: float
    ci_high_percent: float
    contacts_avoided_per_week: float
    baseline_share: float
    observed_share: float
    observation_hours: int


def _by_hour_of_week(buckets: Sequence[HourCount]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Hour-of-week index, label and total per bucket, as arrays."""
    how = np.array([hour_of_week(b.start) for b in buckets], dtype=int)
    label = np.array([b.label for b in buckets], dtype=float)
    total = np.array([b.total for b in buckets], dtype=float)
    return how, label, total


def baseline_shares(baseline: Sequence[HourCount], prior_contacts: float) -> tuple[float, np.ndarray]:
    """Overall share p and the 168 shrunk hour-of-week shares s_h = (L_h + k·p) / (T_h + k)."""
    how, label, total = _by_hour_of_week(baseline)
    overall = float(label.sum() / total.sum()) if total.sum() > 0 else math.nan
    label_h = np.bincount(how, weights=label, minlength=HOURS_PER_WEEK)
    total_h = np.bincount(how, weights=total, minlength=HOURS_PER_WEEK)
    if math.isnan(overall):
        return overall, np.zeros(HOURS_PER_WEEK)
    with np.errstate(invalid="ignore", divide="ignore"):
        shares = (label_h + prior_contacts * overall) / (total_h + prior_contacts)
    return overall, np.where(total_h + prior_contacts > 0, shares, overall)


def poisson_interval(observed: int, confidence: float) -> tuple[float, float]:
    """Exact (Garwood) interval for a Poisson mean given one observed count."""
    alpha = 1 - confidence
    low = chi2.ppf(alpha / 2, 2 * observed) / 2 if observed > 0 else 0.0
    high = chi2.ppf(1 - alpha / 2, 2 * observed + 2) / 2
    return float(low), float(high)


def verify_fix(
    baseline: Sequence[HourCount], after: Sequence[HourCount], policy: VerificationPolicy = VerificationPolicy()
) -> VerificationResult:
    """Expected label contacts from the baseline shares vs what was observed after the fix, and the verdict."""
    overall, shares = baseline_shares(baseline, policy.prior_contacts)
    how, label, total = _by_hour_of_week(after)
    observed = int(label.sum())
    expected = float((total * shares[how]).sum()) if len(after) else 0.0
    hours = len({b.start for b in after})
    observed_share = observed / total.sum() if total.sum() > 0 else math.nan
    if expected > 0:
        low, high = poisson_interval(observed, policy.confidence)
        ratio, ratio_low, ratio_high = observed / expected, low / expected, high / expected
        avoided = (expected - observed) / (hours / HOURS_PER_WEEK)
    else:
        ratio = ratio_low = ratio_high = avoided = math.nan
    if expected < policy.min_expected or hours < policy.min_hours:
        verdict = Verdict.insufficient
    elif ratio_high < 1 - policy.min_drop:
        verdict = Verdict.verified
    else:
        verdict = Verdict.regressed
    return VerificationResult(
        verdict=verdict,
        observed=observed,
        expected=expected,
        drop_percent=(1 - ratio) * 100,
        ci_low_percent=(1 - ratio_high) * 100,
        ci_high_percent=(1 - ratio_low) * 100,
        contacts_avoided_per_week=avoided,
        baseline_share=overall,
        observed_share=float(observed_share),
        observation_hours=hours,
    )
