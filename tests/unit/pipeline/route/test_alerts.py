"""Routing a signal to the subscribed departments."""

from datetime import UTC, datetime
from pathlib import Path

from nlp.taxonomy import load_taxonomy
from pipeline.detect.threshold import threshold_signal
from pipeline.route.alerts import alerts_for
from pipeline.route.subscriptions import load_subscriptions

SUBSCRIPTIONS = load_subscriptions(Path("pipeline/data/subscriptions.yaml"), load_taxonomy().names())
DETECTED = datetime(2026, 11, 2, 9, 7, tzinfo=UTC)


def test_alerts_go_to_every_subscribed_department_and_no_other():
    signal = threshold_signal("billing_error", 0.0, 300, 10, 10, DETECTED)
    alerts = alerts_for(signal, SUBSCRIPTIONS)
    assert sorted(alert.department for alert in alerts) == ["finance", "retention"]
    assert len({alert.alert_id for alert in alerts}) == 2
    assert "10 contacts about billing error" in alerts[0].summary
    assert alerts_for(threshold_signal("other", 0.0, 300, 10, 10, DETECTED), SUBSCRIPTIONS) == []
