"""The sender: one message per call, retried, every attempt and outcome logged, failures dead-lettered per alert."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Sequence
from datetime import UTC, datetime

from nlp.taxonomy import load_taxonomy
from pipeline.deliver.channels.errors import DeliveryError
from pipeline.deliver.log import delivery_key
from pipeline.deliver.retry import RetryPolicy
from pipeline.deliver.sender import Sender, message_key
from pipeline.metrics import Metrics
from tests.unit.pipeline.deliver.samples import sample_alert
from topics.alerts import Alert, Delivery, DeliveryDeadLetter, DeliveryOutcome
from topics.subscriptions import ChannelConfig, Secret, SlackChannel

# tenacity 9.2 deprecates `wait_exponential_jitter(initial=...)`, which retry.py passes for initial_seconds != 1.

AT = datetime(2026, 7, 14, 9, 35, tzinfo=UTC)
CHANNEL = SlackChannel(name="ops", url=Secret(env="FL_TEST_UNUSED_HOOK"))
POLICY = RetryPolicy(max_attempts=3, initial_seconds=0.001, max_seconds=0.005, budget_seconds=10.0)


def make_alert(alert_id: str = "evt-1:finance", **changes: object) -> Alert:
    return sample_alert(alert_id, AT, **changes)


class FakeNotifier:
    """Raises the scripted exceptions in turn, then answers `status`; remembers every send."""

    def __init__(self, config: ChannelConfig, errors: Sequence[Exception] = (), status: int | None = 200) -> None:
        self.config, self.errors, self.status = config, list(errors), status
        self.sends: list[tuple[list[str], str]] = []

    async def send(self, alerts: Sequence[Alert], key: str) -> int | None:
        self.sends.append(([alert.alert_id for alert in alerts], key))
        if self.errors:
            raise self.errors.pop(0)
        return self.status


class Harness:
    """A Sender over a fake notifier, an in-memory delivery log and dead-letter list."""

    def __init__(self, notifier: FakeNotifier, policy: RetryPolicy = POLICY) -> None:
        self.notifier = notifier
        self.metrics = Metrics(load_taxonomy())
        self.table: dict[str, Delivery] = {}
        self.records: list[Delivery] = []
        self.letters: list[DeliveryDeadLetter] = []
        self.notifiers_built: list[str] = []
        self.sender = Sender(
            policy=policy,
            metrics=self.metrics,
            clock=lambda: AT,
            notifier_for=self.notifier_for,
            lookup=self.table.get,
            record=self.record,
            dead_letter=self.dead_letter,
        )

    def notifier_for(self, channel: ChannelConfig) -> FakeNotifier:
        self.notifiers_built.append(channel.name)
        return self.notifier

    async def record(self, delivery: Delivery) -> None:
        self.records.append(delivery)
        if delivery.outcome != DeliveryOutcome.retrying:  # as the agent's delivery_log table does
            self.table[delivery.delivery_key] = delivery

    async def dead_letter(self, letter: DeliveryDeadLetter) -> None:
        self.letters.append(letter)

    def deliver(self, alerts: list[Alert], releasing: bool = False) -> None:
        asyncio.run(self.sender.deliver(alerts, CHANNEL, releasing))

    def count(self, outcome: str, department: str = "finance") -> float:
        value = self.metrics.registry.get_sample_value(
            "feedback_loop_deliveries_total", {"department": department, "channel": "slack", "outcome": outcome}
        )
        return value or 0.0

    def latencies(self) -> float:
        value = self.metrics.registry.get_sample_value(
            "feedback_loop_delivery_latency_seconds_count", {"channel": "slack"}
        )
        return value or 0.0

    def outcomes(self) -> list[tuple[str, str, int]]:
        return [(record.alert_id, record.outcome.value, record.attempt) for record in self.records]


def retryable(reason: str = "HTTP 503 from slack channel 'ops'", status: int = 503) -> DeliveryError:
    return DeliveryError(reason, True, status_code=status)


# --- message_key --------------------------------------------------------------------------------------------


def test_the_key_of_one_alert_is_its_id():
    assert message_key([make_alert("evt-7:finance")]) == "evt-7:finance"


def test_the_key_of_a_digest_names_the_department_and_hashes_the_ids():
    key = message_key([make_alert("a:finance"), make_alert("b:finance")])
    assert re.fullmatch(r"digest:finance:[0-9a-f]{32}", key)


def test_the_key_of_a_digest_does_not_depend_on_the_order():
    a, b, c = make_alert("a:finance"), make_alert("b:finance"), make_alert("c:finance")
    assert message_key([a, b, c]) == message_key([c, a, b])


def test_the_key_of_a_digest_differs_for_other_alerts():
    a, b, c = make_alert("a:finance"), make_alert("b:finance"), make_alert("c:finance")
    assert message_key([a, b]) != message_key([a, c])
    assert message_key([a, b]) != message_key([a, b, c])


# --- deliver ------------------------------------------------------------------------------------------------


def test_a_delivered_alert_is_logged_with_its_attempt_status_and_latency():
    alert = make_alert(redrive=2)
    harness = Harness(FakeNotifier(CHANNEL, status=204))
    harness.deliver([alert])
    assert harness.notifier.sends == [(["evt-1:finance"], "evt-1:finance")]
    [record] = harness.records
    assert record.delivery_key == "evt-1:finance|ops"
    assert (record.alert_id, record.department, record.channel, record.channel_type) == (
        "evt-1:finance",
        "finance",
        "ops",
        "slack",
    )
    assert (record.outcome, record.attempt, record.status_code, record.redrive) == (
        DeliveryOutcome.delivered,
        1,
        204,
        2,
    )
    assert record.latency_seconds is not None and 0 <= record.latency_seconds < 5
    assert record.at == AT and record.reason == ""
    assert harness.letters == []
    assert harness.count("delivered") == 1 and harness.latencies() == 1


def test_retryable_failures_log_retrying_records_then_delivered():
    errors = [retryable("HTTP 503 from slack channel 'ops'", 503), retryable("HTTP 429 from slack channel 'ops'", 429)]
    harness = Harness(FakeNotifier(CHANNEL, errors, status=200))
    harness.deliver([make_alert()])
    assert len(harness.notifier.sends) == 3
    assert harness.outcomes() == [
        ("evt-1:finance", "retrying", 1),
        ("evt-1:finance", "retrying", 2),
        ("evt-1:finance", "delivered", 3),
    ]
    first, second, delivered = harness.records
    assert (first.reason, first.status_code) == ("HTTP 503 from slack channel 'ops'", 503)
    assert (second.reason, second.status_code) == ("HTTP 429 from slack channel 'ops'", 429)
    assert (delivered.status_code, delivered.reason) == (200, "")
    assert harness.letters == []
    assert harness.count("retrying") == 2 and harness.count("delivered") == 1 and harness.count("dead_lettered") == 0


def test_exhausting_the_retries_dead_letters_each_alert_with_its_attempts():
    alerts = [make_alert("a:finance"), make_alert("b:finance")]
    errors = [retryable(f"HTTP 50{n} from slack channel 'ops'", 500 + n) for n in range(3)]
    harness = Harness(FakeNotifier(CHANNEL, errors))
    harness.deliver(alerts)
    assert len(harness.notifier.sends) == POLICY.max_attempts == 3
    assert [(letter.alert.alert_id, letter.attempts) for letter in harness.letters] == [
        ("a:finance", 3),
        ("b:finance", 3),
    ]
    for letter, alert in zip(harness.letters, alerts, strict=True):
        assert letter.delivery_key == delivery_key(alert.alert_id, "ops")
        assert letter.channel == "ops" and letter.failed_at == AT and letter.alert == alert
        assert letter.reason == "HTTP 502 from slack channel 'ops'"  # the last failure
    dead = [record for record in harness.records if record.outcome == DeliveryOutcome.dead_lettered]
    assert [record.alert_id for record in dead] == ["a:finance", "b:finance"]
    assert all(record.status_code == 502 and record.reason.startswith("HTTP 502") for record in dead)
    retrying = [(r.alert_id, r.attempt) for r in harness.records if r.outcome == DeliveryOutcome.retrying]
    assert sorted(retrying) == [("a:finance", 1), ("a:finance", 2), ("b:finance", 1), ("b:finance", 2)]
    assert harness.count("retrying") == 4 and harness.count("dead_lettered") == 2 and harness.count("delivered") == 0
    assert harness.latencies() == 0  # latency is only observed for delivered messages


def test_the_dead_lettered_log_record_carries_the_number_of_attempts():
    harness = Harness(FakeNotifier(CHANNEL, [retryable(), retryable(), retryable()]))
    harness.deliver([make_alert()])
    [letter] = harness.letters
    [dead] = [record for record in harness.records if record.outcome == DeliveryOutcome.dead_lettered]
    assert dead.attempt == letter.attempts == 3


def test_a_non_retryable_failure_is_dead_lettered_after_one_attempt():
    refused = DeliveryError("HTTP 404 from slack channel 'ops'", False, status_code=404)
    harness = Harness(FakeNotifier(CHANNEL, [refused]))
    harness.deliver([make_alert()])
    assert len(harness.notifier.sends) == 1
    assert [(letter.attempts, letter.reason) for letter in harness.letters] == [
        (1, "HTTP 404 from slack channel 'ops'")
    ]
    assert [record.outcome for record in harness.records] == [DeliveryOutcome.dead_lettered]
    assert harness.records[0].status_code == 404
    assert harness.count("dead_lettered") == 1 and harness.count("retrying") == 0


def test_an_alert_already_delivered_is_not_sent_again():
    alert = make_alert()
    harness = Harness(FakeNotifier(CHANNEL))
    harness.deliver([alert])
    harness.deliver([alert])
    assert len(harness.notifier.sends) == 1
    assert harness.outcomes() == [("evt-1:finance", "delivered", 1)]
    assert harness.notifiers_built == ["ops"]  # the second call did not even build a notifier
    assert harness.count("delivered") == 1


def test_an_alert_delivered_on_another_channel_is_still_sent_on_this_one():
    alert = make_alert()
    harness = Harness(FakeNotifier(CHANNEL))
    other = Delivery(
        delivery_key=delivery_key(alert.alert_id, "mail"),
        alert_id=alert.alert_id,
        department="finance",
        channel="mail",
        channel_type="email",
        outcome=DeliveryOutcome.delivered,
        attempt=1,
        at=AT,
    )
    harness.table[other.delivery_key] = other
    harness.deliver([alert])
    assert harness.notifier.sends == [(["evt-1:finance"], "evt-1:finance")]


def test_a_digest_is_one_send_with_a_digest_key_and_one_record_per_alert():
    alerts = [make_alert("a:finance"), make_alert("b:finance"), make_alert("c:finance")]
    harness = Harness(FakeNotifier(CHANNEL, status=200))
    harness.deliver(alerts)
    [(ids, key)] = harness.notifier.sends
    assert ids == ["a:finance", "b:finance", "c:finance"]
    assert key.startswith("digest:finance:") and key == message_key(alerts)
    assert harness.outcomes() == [
        ("a:finance", "delivered", 1),
        ("b:finance", "delivered", 1),
        ("c:finance", "delivered", 1),
    ]
    assert len({record.latency_seconds for record in harness.records}) == 1  # one message, one latency
    assert harness.count("delivered") == 3 and harness.latencies() == 1


def test_a_digest_leaves_out_what_this_channel_already_delivered():
    a, b, c = make_alert("a:finance"), make_alert("b:finance"), make_alert("c:finance")
    harness = Harness(FakeNotifier(CHANNEL))
    harness.deliver([b])
    harness.deliver([a, b, c])
    assert harness.notifier.sends == [(["b:finance"], "b:finance"), (["a:finance", "c:finance"], message_key([a, c]))]


def test_a_digest_of_one_pending_alert_uses_the_alert_id_as_key():
    a, b = make_alert("a:finance"), make_alert("b:finance")
    harness = Harness(FakeNotifier(CHANNEL))
    harness.deliver([a])
    harness.deliver([a, b])
    assert harness.notifier.sends[-1] == (["b:finance"], "b:finance")


def test_an_unexpected_exception_in_the_notifier_becomes_a_dead_letter():
    harness = Harness(FakeNotifier(CHANNEL, [RuntimeError("boom: https://secret.example/token")]))
    harness.deliver([make_alert()])  # does not raise
    assert len(harness.notifier.sends) == 1  # not retried
    [letter] = harness.letters
    assert letter.reason == "unexpected RuntimeError in slack channel" and letter.attempts == 1
    assert "secret" not in letter.reason
    assert [record.outcome for record in harness.records] == [DeliveryOutcome.dead_lettered]
    assert harness.count("dead_lettered") == 1


def test_an_unexpected_exception_after_retryable_failures_is_dead_lettered_with_all_attempts():
    harness = Harness(FakeNotifier(CHANNEL, [retryable(), KeyError("x")]))
    harness.deliver([make_alert()])
    assert len(harness.notifier.sends) == 2
    assert [(letter.attempts, letter.reason) for letter in harness.letters] == [
        (2, "unexpected KeyError in slack channel")
    ]


def test_a_dead_lettered_alert_is_not_sent_again_until_redriven():
    alert = make_alert()
    harness = Harness(FakeNotifier(CHANNEL, [DeliveryError("HTTP 410", False, status_code=410)]))
    harness.deliver([alert])
    harness.deliver([alert])
    assert len(harness.notifier.sends) == 1
    harness.deliver([alert.model_copy(update={"redrive": 1})])
    assert len(harness.notifier.sends) == 2
    assert harness.records[-1].outcome == DeliveryOutcome.delivered and harness.records[-1].redrive == 1


def test_a_held_alert_is_sent_only_when_released():
    alert = make_alert()
    harness = Harness(FakeNotifier(CHANNEL))
    asyncio.run(harness.sender.log(alert, CHANNEL, DeliveryOutcome.held, reason="quiet hours"))
    harness.deliver([alert])
    assert harness.notifier.sends == []
    harness.deliver([alert], releasing=True)
    assert harness.notifier.sends == [(["evt-1:finance"], "evt-1:finance")]
    assert harness.outcomes() == [("evt-1:finance", "held", 0), ("evt-1:finance", "delivered", 1)]


def test_log_records_suppressed_and_held_without_an_attempt_and_counts_them():
    harness = Harness(FakeNotifier(CHANNEL))
    asyncio.run(harness.sender.log(make_alert("a:finance"), CHANNEL, DeliveryOutcome.suppressed, reason="cooldown"))
    asyncio.run(harness.sender.log(make_alert("b:finance"), CHANNEL, DeliveryOutcome.held, reason="quiet hours"))
    assert [(r.alert_id, r.outcome.value, r.attempt, r.reason) for r in harness.records] == [
        ("a:finance", "suppressed", 0, "cooldown"),
        ("b:finance", "held", 0, "quiet hours"),
    ]
    assert harness.count("suppressed") == 1 and harness.count("held") == 1 and harness.count("delivered") == 0


def test_the_counter_is_labelled_by_department():
    harness = Harness(FakeNotifier(CHANNEL))
    harness.deliver([make_alert("a:it", department="it")])
    assert harness.count("delivered", department="it") == 1
    assert harness.count("delivered", department="finance") == 0


def test_nothing_pending_sends_and_logs_nothing():
    harness = Harness(FakeNotifier(CHANNEL))
    harness.deliver([])
    assert harness.notifier.sends == [] and harness.records == [] and harness.notifiers_built == []
