"""The delivery log's rules: what is done for an alert on a channel, and the held alerts of a department."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pipeline.deliver.log import HeldAlerts, delivery_key, finished
from tests.unit.pipeline.deliver.samples import sample_alert
from topics.alerts import Alert, Delivery, DeliveryOutcome

AT = datetime(2026, 7, 14, 9, 35, tzinfo=UTC)


def make_alert(alert_id: str = "evt-1:finance", **changes: object) -> Alert:
    return sample_alert(alert_id, AT, **changes)


def logged(outcome: DeliveryOutcome, redrive: int = 0, alert_id: str = "evt-1:finance") -> Delivery:
    return Delivery(
        delivery_key=delivery_key(alert_id, "ops"),
        alert_id=alert_id,
        department="finance",
        channel="ops",
        channel_type="slack",
        outcome=outcome,
        attempt=1,
        redrive=redrive,
        at=AT,
    )


def test_delivery_key_is_alert_id_and_channel():
    assert delivery_key("evt-1:finance", "ops") == "evt-1:finance|ops"
    assert delivery_key("evt-1:finance", "ops") != delivery_key("evt-1:finance", "mail")


# --- finished -----------------------------------------------------------------------------------------------


def test_nothing_logged_is_not_finished():
    assert finished(None, make_alert()) is False
    assert finished(None, make_alert(), releasing=True) is False


@pytest.mark.parametrize("outcome", [DeliveryOutcome.delivered, DeliveryOutcome.suppressed, DeliveryOutcome.held])
def test_delivered_suppressed_and_held_are_done(outcome):
    assert finished(logged(outcome), make_alert()) is True


def test_retrying_is_not_done():
    assert finished(logged(DeliveryOutcome.retrying), make_alert()) is False
    assert finished(logged(DeliveryOutcome.retrying, redrive=3), make_alert(redrive=0)) is False


def test_dead_lettered_is_done_for_the_same_or_an_older_redrive():
    assert finished(logged(DeliveryOutcome.dead_lettered, redrive=0), make_alert(redrive=0)) is True
    assert finished(logged(DeliveryOutcome.dead_lettered, redrive=2), make_alert(redrive=2)) is True
    assert finished(logged(DeliveryOutcome.dead_lettered, redrive=2), make_alert(redrive=1)) is True


def test_dead_lettered_is_not_done_for_a_redrive_with_a_higher_number():
    assert finished(logged(DeliveryOutcome.dead_lettered, redrive=0), make_alert(redrive=1)) is False
    assert finished(logged(DeliveryOutcome.dead_lettered, redrive=1), make_alert(redrive=3)) is False


@pytest.mark.parametrize("outcome", [DeliveryOutcome.delivered, DeliveryOutcome.suppressed])
def test_a_redrive_does_not_send_what_a_channel_already_delivered_or_suppressed(outcome):
    assert finished(logged(outcome, redrive=0), make_alert(redrive=1)) is True


def test_held_is_not_done_when_releasing():
    assert finished(logged(DeliveryOutcome.held), make_alert(), releasing=True) is False


@pytest.mark.parametrize(
    "outcome", [DeliveryOutcome.delivered, DeliveryOutcome.suppressed, DeliveryOutcome.dead_lettered]
)
def test_releasing_does_not_reopen_other_final_outcomes(outcome):
    assert finished(logged(outcome), make_alert(), releasing=True) is True


def test_releasing_does_not_make_retrying_done():
    assert finished(logged(DeliveryOutcome.retrying), make_alert(), releasing=True) is False


def test_held_is_not_done_for_a_redrive_with_a_higher_number():
    assert finished(logged(DeliveryOutcome.held, redrive=0), make_alert(redrive=1)) is False


# --- HeldAlerts ---------------------------------------------------------------------------------------------


def test_add_keeps_alerts_in_order_with_their_release_time():
    first, second = make_alert("a:finance"), make_alert("b:finance")
    held = HeldAlerts().add(first, AT + timedelta(hours=2)).add(second, AT + timedelta(hours=1))
    assert [(item.alert.alert_id, item.release_at) for item in held.items] == [
        ("a:finance", AT + timedelta(hours=2)),
        ("b:finance", AT + timedelta(hours=1)),
    ]


def test_add_does_not_change_the_original():
    empty = HeldAlerts()
    held = empty.add(make_alert(), AT)
    assert empty.items == [] and len(held.items) == 1


def test_add_deduplicates_by_alert_id_keeping_the_first_release_time():
    held = HeldAlerts().add(make_alert("a:finance"), AT)
    again = held.add(make_alert("a:finance", summary="changed"), AT + timedelta(days=1))
    assert len(again.items) == 1
    assert again.items[0].release_at == AT and again.items[0].alert.summary.startswith("42 contacts")


def test_due_splits_by_release_time_inclusive():
    held = (
        HeldAlerts()
        .add(make_alert("early:finance"), AT - timedelta(minutes=1))
        .add(make_alert("now:finance"), AT)
        .add(make_alert("late:finance"), AT + timedelta(seconds=1))
    )
    due, rest = held.due(AT)
    assert [alert.alert_id for alert in due] == ["early:finance", "now:finance"]
    assert [item.alert.alert_id for item in rest.items] == ["late:finance"]
    assert len(held.items) == 3  # the original is unchanged


def test_due_before_anything_is_due_returns_nothing_and_keeps_all():
    held = HeldAlerts().add(make_alert("a:finance"), AT).add(make_alert("b:finance"), AT + timedelta(hours=1))
    due, rest = held.due(AT - timedelta(seconds=1))
    assert due == [] and rest == held


def test_due_compares_instants_not_wall_clocks():
    amsterdam_eight = datetime.fromisoformat("2026-07-14T08:00:00+02:00")  # 06:00 UTC
    held = HeldAlerts().add(make_alert(), amsterdam_eight)
    assert held.due(datetime(2026, 7, 14, 5, 59, tzinfo=UTC))[0] == []
    assert [a.alert_id for a in held.due(datetime(2026, 7, 14, 6, 0, tzinfo=UTC))[0]] == ["evt-1:finance"]


def test_next_release_is_the_earliest_release_time():
    assert HeldAlerts().next_release() is None
    held = (
        HeldAlerts()
        .add(make_alert("a:finance"), AT + timedelta(hours=3))
        .add(make_alert("b:finance"), AT + timedelta(hours=1))
        .add(make_alert("c:finance"), AT + timedelta(hours=2))
    )
    assert held.next_release() == AT + timedelta(hours=1)
    assert held.due(AT + timedelta(hours=1))[1].next_release() == AT + timedelta(hours=2)


def test_held_alerts_survive_a_json_round_trip():
    held = HeldAlerts().add(make_alert("a:finance"), AT).add(make_alert("b:finance"), AT + timedelta(hours=1))
    assert HeldAlerts.model_validate_json(held.model_dump_json()) == held
    assert HeldAlerts.model_validate_json("{}").items == []
