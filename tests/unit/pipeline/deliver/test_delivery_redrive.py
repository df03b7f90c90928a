"""Which dead letters to send again: not what was delivered since, once per alert, with the next redrive number."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pipeline.deliver.log import delivery_key
from pipeline.deliver.redrive import alerts_to_redrive
from tests.unit.pipeline.deliver.samples import sample_alert
from topics.alerts import Alert, Delivery, DeliveryDeadLetter, DeliveryOutcome

AT = datetime(2026, 7, 14, 9, 35, tzinfo=UTC)


def make_alert(alert_id: str, department: str = "finance", redrive: int = 0) -> Alert:
    return sample_alert(alert_id, AT, department=department, redrive=redrive)


def letter(alert: Alert, channel: str = "ops") -> DeliveryDeadLetter:
    return DeliveryDeadLetter(
        delivery_key=delivery_key(alert.alert_id, channel),
        channel=channel,
        reason="HTTP 503",
        attempts=3,
        failed_at=AT,
        alert=alert,
    )


def logged(alert: Alert, channel: str, outcome: DeliveryOutcome) -> Delivery:
    return Delivery(
        delivery_key=delivery_key(alert.alert_id, channel),
        alert_id=alert.alert_id,
        department=alert.department,
        channel=channel,
        channel_type="slack",
        outcome=outcome,
        attempt=1,
        redrive=alert.redrive,
        at=AT + timedelta(minutes=5),
    )


def ids_and_redrives(alerts: list[Alert]) -> dict[str, int]:
    return {alert.alert_id: alert.redrive for alert in alerts}


def test_nothing_to_redrive():
    assert alerts_to_redrive([], []) == []


def test_a_dead_letter_is_redriven_with_the_next_redrive_number():
    alert = make_alert("a:finance")
    [again] = alerts_to_redrive([letter(alert)], [])
    assert again.redrive == 1
    assert again.model_copy(update={"redrive": 0}) == alert  # nothing else changes


def test_a_letter_delivered_since_is_skipped():
    alert = make_alert("a:finance")
    log = [logged(alert, "ops", DeliveryOutcome.dead_lettered), logged(alert, "ops", DeliveryOutcome.delivered)]
    assert alerts_to_redrive([letter(alert, "ops")], log) == []


def test_a_delivery_on_another_channel_does_not_skip_the_letter():
    alert = make_alert("a:finance")
    log = [logged(alert, "mail", DeliveryOutcome.delivered)]
    assert ids_and_redrives(alerts_to_redrive([letter(alert, "ops")], log)) == {"a:finance": 1}


def test_outcomes_other_than_delivered_do_not_skip_the_letter():
    alert = make_alert("a:finance")
    log = [
        logged(alert, "ops", outcome)
        for outcome in (DeliveryOutcome.dead_lettered, DeliveryOutcome.retrying, DeliveryOutcome.held)
    ]
    assert ids_and_redrives(alerts_to_redrive([letter(alert, "ops")], log)) == {"a:finance": 1}


def test_one_alert_per_alert_id_with_the_highest_redrive_plus_one():
    letters = [
        letter(make_alert("a:finance", redrive=0), "ops"),
        letter(make_alert("a:finance", redrive=2), "mail"),
        letter(make_alert("a:finance", redrive=1), "ops"),
        letter(make_alert("b:finance", redrive=0), "ops"),
        letter(make_alert("b:finance", redrive=0), "mail"),
    ]
    result = alerts_to_redrive(letters, [])
    assert len(result) == 2
    assert ids_and_redrives(result) == {"a:finance": 3, "b:finance": 1}


def test_the_highest_redrive_counts_only_among_letters_not_delivered_since():
    # Channel mail dead-lettered at redrive 0, then had it at redrive 1; ops dead-lettered at 0 and 1.
    first, second = make_alert("a:finance", redrive=0), make_alert("a:finance", redrive=1)
    letters = [letter(first, "mail"), letter(first, "ops"), letter(second, "ops")]
    log = [logged(second, "mail", DeliveryOutcome.delivered)]
    assert ids_and_redrives(alerts_to_redrive(letters, log)) == {"a:finance": 2}


def test_filter_by_department():
    letters = [letter(make_alert("a:finance", "finance")), letter(make_alert("a:it", "it"))]
    assert ids_and_redrives(alerts_to_redrive(letters, [], department="it")) == {"a:it": 1}
    assert ids_and_redrives(alerts_to_redrive(letters, [], department="finance")) == {"a:finance": 1}
    assert alerts_to_redrive(letters, [], department="legal") == []


def test_filter_by_alert_id():
    letters = [letter(make_alert("a:finance")), letter(make_alert("b:finance"))]
    assert ids_and_redrives(alerts_to_redrive(letters, [], alert_id="b:finance")) == {"b:finance": 1}
    assert alerts_to_redrive(letters, [], alert_id="c:finance") == []


def test_filters_combine():
    letters = [letter(make_alert("a:finance", "finance")), letter(make_alert("a:it", "it"))]
    assert alerts_to_redrive(letters, [], department="it", alert_id="a:finance") == []
    assert ids_and_redrives(alerts_to_redrive(letters, [], department="it", alert_id="a:it")) == {"a:it": 1}


def test_no_filter_takes_every_department():
    letters = [letter(make_alert("a:finance", "finance")), letter(make_alert("a:it", "it"))]
    assert ids_and_redrives(alerts_to_redrive(letters, [])) == {"a:finance": 1, "a:it": 1}
