"""The threshold detector, with explicit timestamps."""

from datetime import UTC, datetime

from pipeline.detect.threshold import ThresholdDetector, threshold_signal

DETECTED = datetime(2026, 11, 2, 9, 7, tzinfo=UTC)


def test_threshold_signal_has_a_stable_id_and_the_window_bounds():
    start = datetime(2026, 11, 2, 9, 0, tzinfo=UTC).timestamp()
    first = threshold_signal("billing_error", start, 300, 10, 10, DETECTED)
    again = threshold_signal("billing_error", start, 300, 10, 10, DETECTED)
    assert first.signal_id == again.signal_id == "threshold:billing_error:2026-11-02T09:00:00+00:00"
    assert (first.window_end - first.window_start).total_seconds() == 300


def test_detector_crosses_at_the_threshold_and_stamps_the_clock():
    detector = ThresholdDetector(threshold=3, window_seconds=600, clock=lambda: DETECTED)
    assert [detector.crossed(count) for count in (1, 2, 3, 4)] == [False, False, True, True]
    signal = detector.signal("login_problem", datetime(2026, 11, 2, 9, 0, tzinfo=UTC).timestamp(), 3)
    assert (signal.count, signal.threshold, signal.detected_at) == (3, 3, DETECTED)
    assert signal.window_end.isoformat() == "2026-11-02T09:10:00+00:00"
