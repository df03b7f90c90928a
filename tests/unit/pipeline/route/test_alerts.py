"""Routing a signal to the subscribed departments."""

from datetime import UTC, datetime
from pathlib import Path

from nlp.taxonomy import load_taxonomy
from pipeline.detect.threshold import threshold_signal
from pipeline.route.alerts import alerts_for
from pipeline.route.subscriptions import load_subscriptions

TAXONOMY = load_taxonomy()
SUBSCRIPTIONS = load_subscriptions(Path("pipeline/data/subscriptions.yaml"), TAXONOMY)
DETECTED = datetime(2026, 11, 2, 9, 7, tzinfo=UTC)


def departments(label: str) -> list[str]:
    return sorted(
        alert.department
        for alert in alerts_for(threshold_signal(label, 0.0, 300, 10, 10, DETECTED), SUBSCRIPTIONS, TAXONOMY)
    )


def test_a_category_subscription_covers_its_subcategories_and_a_label_only_itself():
    assert departments("billing.double_charge") == ["finance"]
    assert departments("billing.unexpected_amount") == ["finance", "retention"]  # retention follows this one label
    assert departments("contract.change") == ["retention"]
    assert departments("unclassified") == []


def test_alerts_have_stable_ids_and_say_what_happened_in_words():
    alerts = alerts_for(
        threshold_signal("billing.unexpected_amount", 0.0, 300, 10, 10, DETECTED), SUBSCRIPTIONS, TAXONOMY
    )
    assert len({alert.alert_id for alert in alerts}) == 2
    assert "10 contacts about Billing / Unexpected amount" in alerts[0].summary
