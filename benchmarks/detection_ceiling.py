"""The ceiling of first-window detection on the simulated traffic: what a detector could find that knew every
label's true expected count in every window (the simulation's own mean, before the incident) and the true noise.

For each (window, label) it computes the likelihood ratio of "normal" against "3× normal" under the
simulation's gamma-Poisson noise and, like ours, never pages below the minimum excess. Ranking every test of
every window and label by that ratio and paging on the strongest ones is the most powerful test against a 3×
incident at a given number of false alerts (Neyman–Pearson, across all tests at once); a detector that must
learn the expected counts, ours included, can at best come close to it. Windows of the same label in a row
count as separate false alerts here (ours count one per episode), which makes the oracle slightly pessimistic.
"""

from __future__ import annotations

import numpy as np
from scipy import stats

THREE_TIMES = 3.0


def evidence(counts: np.ndarray, means: np.ndarray, dispersion: float) -> np.ndarray:
    """log P(count | normal) − log P(count | 3× normal): the lower, the stronger the case for a 3× incident."""
    counts, means = np.asarray(counts, dtype=float), np.maximum(np.asarray(means, dtype=float), 1e-9)
    n = 1.0 / dispersion
    normal = stats.nbinom.logpmf(counts, n, n / (n + means))
    tripled = stats.nbinom.logpmf(counts, n, n / (n + THREE_TIMES * means))
    return normal - tripled


def pageable(counts: np.ndarray, means: np.ndarray, dispersion: float, min_excess: float) -> np.ndarray:
    """Evidence, or +inf where the count is not `min_excess` above the mean (nobody is paged for it, by design)."""
    scores = evidence(counts, means, dispersion)
    return np.where(np.asarray(counts) - np.asarray(means) >= min_excess, scores, np.inf)


def recall_at(null_scores: np.ndarray, incident_scores: np.ndarray, false_alerts: int) -> float:
    """Share of incidents found when paging on the `false_alerts` + incidents strongest tests: the threshold is
    the evidence of the (false_alerts + 1)-th strongest test without an incident."""
    if incident_scores.size == 0:
        return float("nan")
    finite = np.sort(null_scores[np.isfinite(null_scores)])
    threshold = finite[false_alerts] if false_alerts < finite.size else np.inf
    return float(np.mean(incident_scores < threshold))


def summary(results: list[dict], department_weeks: int) -> dict[str, float]:
    """First-window recall of 3× incidents by the oracle of `detection_ceiling`, pooled over seeds: at as many
    false alerts as the detector raised, and at issue 10's budget of one per department per week."""
    null = np.array([score for r in results for score in r["ceiling_null"]])
    big = np.array([score for r in results for score in r["ceiling_big"]])
    ours = sum(r["false_alerts"] for r in results)
    return {
        "recall_3x_at_our_false_alerts": round(recall_at(null, big, ours), 3),
        "recall_3x_at_one_false_alert_per_department_week": round(recall_at(null, big, department_weeks), 3),
        "incidents": int(big.size),
    }
