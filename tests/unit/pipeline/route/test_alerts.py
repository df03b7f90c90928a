"""Routing an issue change to the subscribed departments, and what the alert says."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

from nlp.taxonomy import load_taxonomy
from pipeline.detect.threshold import threshold_signal
from pipeline.issues.lifecycle import on_signal, on_triage, on_verification, transition
from pipeline.route.alerts import alerts_for
from pipeline.route.subscriptions import SubscriptionBook, load_subscriptions
from topics.alerts import AlertStatus, Severity
from topics.issues import TransitionRequest, Verification
from topics.subscriptions import Subscription

TAXONOMY = load_taxonomy()
BOOK = SubscriptionBook(load_subscriptions(Path("pipeline/data/subscriptions.yaml"), TAXONOMY))
DETECTED = datetime(2026, 11, 2, 9, 7, tzinfo=UTC)
UI = "https://feedback.example.nl/"


def opened(label: str, count: int = 10):
    signal = threshold_signal(label, 0.0, 300, count, 10, DETECTED)
    return on_signal(None, signal, TAXONOMY.owners(label), drivers=["dubbel", "afgeschreven"])


def departments(label: str) -> list[str]:
    return sorted(alert.department for alert in alerts_for(opened(label), BOOK, TAXONOMY, UI))


def test_a_category_subscription_covers_its_subcategories_and_a_label_only_itself():
    assert departments("billing.double_charge") == ["finance"]
    assert departments("billing.unexpected_amount") == ["finance", "retention"]  # retention follows this one label
    assert departments("contract.change") == ["retention"]
    assert departments("unclassified") == []


def test_alerts_have_stable_ids_and_say_what_happened_in_words_with_a_link_and_the_drivers():
    event = opened("billing.unexpected_amount")
    alerts = alerts_for(event, BOOK, TAXONOMY, UI)
    assert len({alert.alert_id for alert in alerts}) == 2
    assert [alert.alert_id for alert in alerts_for(event, BOOK, TAXONOMY, UI)] == [a.alert_id for a in alerts]
    first = alerts[0]
    assert first.status == AlertStatus.firing
    assert "10 contacts between" in first.summary and "Unexpected amount" in first.summary
    assert first.issue_url == "https://feedback.example.nl/ui/issues/billing.unexpected_amount"
    assert first.drivers == ["dubbel", "afgeschreven"]
    assert (first.observed, first.expected) == (10, 10.0)
    assert first.since == event.signal.window_start


def test_the_alert_carries_the_signals_severity():
    assert [a.severity for a in alerts_for(opened("delivery.late", 40), BOOK, TAXONOMY, UI)] == [Severity.critical]
    assert [a.severity for a in alerts_for(opened("delivery.late", 10), BOOK, TAXONOMY, UI)] == [Severity.info]


def test_a_persons_transition_tells_no_one_and_a_verified_fix_resolves():
    event = opened("delivery.late")
    from pipeline.issues.lifecycle import fold

    issue = fold(None, event, TAXONOMY)
    moved = transition(issue, TransitionRequest(to="acknowledged", actor="logistics"), DETECTED, "t1")
    assert alerts_for(moved, BOOK, TAXONOMY, UI) == []
    fixed = issue.model_copy(update={"fixed_at": DETECTED, "state": "fixed"})
    result = Verification(
        drop_percent=63.0,
        ci_low_percent=50.0,
        ci_high_percent=72.0,
        contacts_avoided_per_week=230.0,
        observed=40,
        expected=108.0,
        observation_hours=168,
    )
    verified = on_verification(fixed, True, result, DETECTED + timedelta(days=7))
    (alert,) = alerts_for(verified, BOOK, TAXONOMY, UI)
    assert alert.status == AlertStatus.resolved and alert.department == "logistics"
    assert "dropped 63 %" in alert.summary and "230 fewer a week" in alert.summary


def test_a_department_hears_only_signals_as_strong_as_its_own_sensitivity_and_minimum_excess():
    spike = threshold_signal("delivery.late", 0.0, 3600, 14, 10, DETECTED).model_copy(
        update={"kind": "spike", "expected": 5.0, "threshold": None, "score": 4.0}  # p = 1e-4, 9 above expected
    )
    event = on_signal(None, spike, TAXONOMY.owners("delivery.late"))
    logistics = BOOK.get("logistics")

    def hears(**strictness) -> list[str]:
        book = SubscriptionBook([logistics.model_copy(update=strictness)])
        return [alert.department for alert in alerts_for(event, book, TAXONOMY, UI)]

    assert hears() == ["logistics"]
    assert hears(min_excess=9.0, sensitivity=1e-3) == ["logistics"]
    assert hears(min_excess=10.0) == []
    assert hears(sensitivity=1e-5) == []  # wants p below 1e-5: this spike is not enough
    assert "expected 5.0" in alerts_for(event, BOOK, TAXONOMY, UI)[0].summary


def test_triage_closing_a_candidates_issue_resolves_the_triage_teams_alert():
    triage = Subscription(name="triage", categories=["unclassified"])
    book = SubscriptionBook([*load_subscriptions(Path("pipeline/data/subscriptions.yaml"), TAXONOMY), triage])
    closed = on_triage("c-7", True, "triage", "promoted to product.karaoke_lyrics", DETECTED)
    (alert,) = alerts_for(closed, book, TAXONOMY, UI)
    assert (alert.department, alert.status, alert.alert_id) == ("triage", AlertStatus.resolved, "triage:c-7:triage")
    assert alert.summary.endswith(": promoted to product.karaoke_lyrics")
