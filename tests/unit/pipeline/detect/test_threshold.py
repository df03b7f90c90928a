"""Threshold signals: what detection raises while the seasonal baseline is cold."""

from datetime import UTC, datetime

from pipeline.detect.threshold import threshold_signal
from topics.records import Severity

DETECTED = datetime(2026, 11, 2, 9, 12, tzinfo=UTC)


def test_threshold_signal_has_a_stable_id_the_window_bounds_and_a_severity_by_ratio():
    start = datetime(2026, 11, 2, 9, 5, tzinfo=UTC).timestamp()
    first = threshold_signal("billing.double_charge", start, 300, 10, 10, DETECTED)
    assert first == threshold_signal("billing.double_charge", start, 300, 10, 10, DETECTED)
    assert first.signal_id == "threshold:billing.double_charge:2026-11-02T09:05:00+00:00"
    assert (first.window_end - first.window_start).total_seconds() == 300
    assert (first.compared_with, first.excess, first.severity) == (10.0, 0.0, Severity.info)
    assert threshold_signal("billing.double_charge", start, 300, 15, 10, DETECTED).severity == Severity.warning
    assert threshold_signal("billing.double_charge", start, 300, 30, 10, DETECTED).severity == Severity.critical
