"""The detection benchmark's ceiling: the oracle's evidence, its pageable rule and recall at a false-alert count."""

import numpy as np
from scipy import stats

from benchmarks import detection_ceiling as ceiling


def test_more_contacts_are_stronger_evidence_of_a_3x_incident():
    scores = ceiling.evidence(np.arange(0, 30), np.full(30, 5.0), dispersion=0.02)
    assert np.all(np.diff(scores) < 0)
    assert scores[15] < 0 < scores[5]  # 15 where 5 are expected reads as 3×; 5 reads as normal


def test_counts_below_the_minimum_excess_are_never_paged():
    scores = ceiling.pageable(np.array([4, 6, 30]), np.array([1.0, 1.0, 28.0]), 0.02, min_excess=5)
    assert np.isinf(scores[0]) and np.isfinite(scores[1]) and np.isinf(scores[2])


def test_recall_pages_on_the_tests_stronger_than_the_next_false_alert():
    null, incidents = np.array([1.0, 2.0, 3.0, np.inf]), np.array([0.5, 2.5, np.inf])
    assert ceiling.recall_at(null, incidents, false_alerts=0) == 1 / 3  # threshold 1.0
    assert ceiling.recall_at(null, incidents, false_alerts=2) == 2 / 3  # threshold 3.0
    assert ceiling.recall_at(null, incidents, false_alerts=9) == 2 / 3  # an unpageable incident stays missed


def test_the_oracle_finds_at_least_as_much_as_a_tail_test_at_the_same_false_alerts():
    rng = np.random.default_rng(3)
    means = rng.choice([1.5, 3.0, 8.0, 40.0], size=20_000)
    normal, tripled = rng.poisson(means), rng.poisson(3 * means[:300])
    oracle = ceiling.recall_at(
        ceiling.evidence(normal, means, 1e-6), ceiling.evidence(tripled, means[:300], 1e-6), false_alerts=20
    )
    p_normal, p_tripled = stats.poisson.sf(normal - 1, means), stats.poisson.sf(tripled - 1, means[:300])
    tail_test = ceiling.recall_at(p_normal, p_tripled, false_alerts=20)  # a p-value is a score too: lower pages
    assert oracle >= tail_test > 0.5
