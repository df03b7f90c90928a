"""End to end on the real embedded broker: kafka-python in, the real worker process, topics read back."""

from __future__ import annotations

import base64
import json
from collections import Counter
from datetime import UTC, datetime

import pytest

from pipeline.synthetic import generate
from pipeline.testing import detector_signals, http_get, produce, read_topic, start_worker, stop_worker

THRESHOLD = 10
WINDOW_SECONDS = 600
# billing.double_charge crosses the threshold (12 in one window); the others stay below it.
MIX = ["billing.double_charge"] * 12 + ["delivery.late"] * 5 + ["account.login"] * 4 + ["unclassified"] * 3
SUBSCRIPTIONS = """
departments:
  - name: finance
    categories: [billing]
  - name: logistics
    categories: [delivery.late]
  - name: digital
    categories: [account, service]
"""


@pytest.fixture(scope="module")
def worker(broker, tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("worker")
    subscriptions = tmp_path / "subscriptions.yaml"
    subscriptions.write_text(SUBSCRIPTIONS)
    running = start_worker(
        broker,
        tmp_path,
        signal_threshold=str(THRESHOLD),
        window_seconds=str(WINDOW_SECONDS),
        subscriptions_path=str(subscriptions),
    )
    yield running
    stop_worker(running)


@pytest.fixture(scope="module")
def labelled(worker):
    """Contacts, all inside one window, sent once through kafka-python to the raw topic."""
    start = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
    contacts = generate(len(MIX), seed=3, start=start, spacing_seconds=5, labels=MIX)
    produce(
        worker.bootstrap,
        "contacts.raw",
        [item.contact.to_bytes() for item in contacts],
        [item.contact.contact_id.encode() for item in contacts],
    )
    return contacts


def test_every_contact_is_classified_once_with_ground_truth_counts(worker, labelled):
    classified = read_topic(worker.bootstrap, "contacts.classified", expected=len(labelled))
    assert len(classified) == len(labelled)
    assert {record["contact_id"] for record in classified} == {item.contact.contact_id for item in labelled}
    assert Counter(record["label"] for record in classified) == Counter(MIX)


def test_personal_data_never_reaches_classified_records(worker, labelled):
    classified = read_topic(worker.bootstrap, "contacts.classified", expected=len(labelled))
    text = json.dumps(classified)
    leaked = [value for item in labelled for value in item.personal_data if value in text]
    assert leaked == []
    assert "[NAME]" in text


def test_personal_data_never_reaches_signals_alerts_or_logs(worker, labelled):
    everything = json.dumps(read_topic(worker.bootstrap, "alerts", expected=1))
    everything += json.dumps(read_topic(worker.bootstrap, "signals", expected=1, settle=0))
    everything += json.dumps(read_topic(worker.bootstrap, "contacts.redacted", expected=len(labelled), settle=0))
    everything += worker.log() + http_get(f"{worker.base_url}/metrics")
    assert [value for item in labelled for value in item.personal_data if value in everything] == []


def test_threshold_crossing_alerts_the_subscribed_department_exactly_once(worker, labelled):
    read_topic(worker.bootstrap, "contacts.classified", expected=len(labelled))
    signals = detector_signals(read_topic(worker.bootstrap, "signals", expected=1, settle=3))
    # the window closes once the partitions went quiet: the signal carries the window's whole count
    assert [(s["kind"], s["label"], s["count"], s["threshold"]) for s in signals] == [
        ("threshold", "billing.double_charge", MIX.count("billing.double_charge"), THRESHOLD)
    ]
    alerts = read_topic(worker.bootstrap, "alerts", expected=1, settle=3)
    assert [alert["department"] for alert in alerts] == ["finance"]  # nobody else subscribes to billing
    assert alerts[0]["signal"]["signal_id"] == signals[0]["signal_id"]
    assert alerts[0]["issue_url"].endswith("/ui/issues/billing.double_charge")


def test_malformed_input_lands_in_the_dead_letter_topic_and_the_worker_keeps_going(worker, labelled):
    bad = [b"not json at all", b'{"contact_id": "x-1", "channel": "pigeon"}', b"\xff\xfe"]
    produce(worker.bootstrap, "contacts.raw", bad)
    letters = read_topic(worker.bootstrap, "contacts.deadletter", expected=len(bad))
    assert len(letters) == len(bad)
    by_original = {letter["original"]: letter for letter in letters}
    assert "Invalid JSON" in by_original["not json at all"]["reason"]
    assert "channel" in by_original['{"contact_id": "x-1", "channel": "pigeon"}']["reason"]
    assert all(letter["stage"] == "validate" and letter["source"] == "contacts.raw" for letter in letters)
    binary = [letter for letter in letters if letter["original_encoding"] == "base64"]
    assert [base64.b64decode(letter["original"]) for letter in binary] == [b"\xff\xfe"]  # kept byte for byte
    # a valid contact sent after the poison still flows through
    late = generate(1, seed=99, labels=["delivery.late"])[0].contact
    produce(worker.bootstrap, "contacts.raw", [late.to_bytes()])
    classified = read_topic(worker.bootstrap, "contacts.classified", expected=len(labelled) + 1, settle=0)
    assert late.contact_id in {record["contact_id"] for record in classified}
    assert worker.process.poll() is None


def test_poison_on_internal_topics_is_dead_lettered_at_its_stage(worker, labelled):
    produce(worker.bootstrap, "contacts.classified", [b"\x00garbage", b'{"label": "billing.double_charge"}'])
    produce(worker.bootstrap, "signals", [b'{"signal_id": "s"}'])
    produce(worker.bootstrap, "issues.events", [b'{"event_id": "e"}'])
    produce(worker.bootstrap, "alerts", [b'{"alert_id": "a"}'], keys=[b"finance"])
    produce(worker.bootstrap, "counts", [b'{"window_start": "yesterday"}'])
    letters = read_topic(worker.bootstrap, "contacts.deadletter", expected=12)
    stages = Counter(letter["stage"] for letter in letters if letter["stage"] != "validate")
    # every stage that reads a topic reports what it cannot use: classified feeds two stages, signals one,
    # issue events two (fold and route), alerts one (delivery), the center's window counts one (verify)
    assert stages == {"aggregate": 2, "issue": 2 + 1 + 1, "verify": 1, "route": 1, "deliver": 1}
    # and the pipeline still works afterwards
    late = generate(1, seed=98, labels=["service.outage"])[0].contact
    produce(worker.bootstrap, "contacts.raw", [late.to_bytes()])
    classified = read_topic(worker.bootstrap, "contacts.classified", expected=len(labelled) + 4, settle=0)
    assert late.contact_id in {record.get("contact_id") for record in classified}
    assert worker.process.poll() is None


def test_metrics_count_what_flowed(worker, labelled):
    read_topic(worker.bootstrap, "contacts.classified", expected=len(labelled))
    body = http_get(f"{worker.base_url}/metrics")
    billing = [
        float(line.rsplit(" ", 1)[1])
        for line in body.splitlines()
        if line.startswith("feedback_loop_contacts_classified_total{") and 'subcategory="double_charge"' in line
    ]
    assert sum(billing) == MIX.count("billing.double_charge")
    assert 'feedback_loop_alerts_total{category="billing",department="finance",subcategory="double_charge"} 1.0' in body
