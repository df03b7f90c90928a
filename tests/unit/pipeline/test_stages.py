"""Unit tests for the pure stage functions the agents call."""

import base64
import json
from datetime import UTC, datetime
from pathlib import Path

from nlp.classifier import TaxonomyClassifier
from nlp.contact_redaction import redact_contact
from nlp.taxonomy import load_taxonomy
from pipeline.stages import UNREADABLE_KEY, alerts_for, category_key, classify_contact, dead_letter, threshold_signal
from pipeline.subscriptions import load_subscriptions
from pipeline.synthetic import generate

SUBSCRIPTIONS = load_subscriptions(Path("pipeline/data/subscriptions.yaml"), load_taxonomy().names())


def test_threshold_signal_has_a_stable_id_and_the_window_bounds():
    start = datetime(2026, 11, 2, 9, 0, tzinfo=UTC).timestamp()
    first = threshold_signal("billing_error", start, 300, 10, 10)
    again = threshold_signal("billing_error", start, 300, 10, 10)
    assert first.signal_id == again.signal_id == "threshold:billing_error:2026-11-02T09:00:00+00:00"
    assert (first.window_end - first.window_start).total_seconds() == 300


def test_alerts_go_to_every_subscribed_department_and_no_other():
    signal = threshold_signal("billing_error", 0.0, 300, 10, 10)
    alerts = alerts_for(signal, SUBSCRIPTIONS)
    assert sorted(alert.department for alert in alerts) == ["finance", "retention"]
    assert len({alert.alert_id for alert in alerts}) == 2
    assert "10 contacts about billing error" in alerts[0].summary
    assert alerts_for(threshold_signal("other", 0.0, 300, 10, 10), SUBSCRIPTIONS) == []


def test_classify_contact_keeps_the_redacted_transcript_and_flags():
    item = generate(1, seed=12, categories=["service_outage"])[0]
    classified = classify_contact(redact_contact(item.contact), TaxonomyClassifier())
    assert classified.category == "service_outage"
    assert classified.repeat_contact == item.contact.repeat_contact
    assert all(secret not in classified.model_dump_json() for secret in item.personal_data)


def test_dead_letters_keep_text_as_is_and_binary_as_base64():
    assert dead_letter(b'{"a": 1}', "why", "contacts.raw", "validate").original == '{"a": 1}'
    binary = dead_letter(b"\xff\x00", "why", "contacts.raw", "validate")
    assert (binary.original_encoding, base64.b64decode(binary.original)) == ("base64", b"\xff\x00")


def test_category_key_never_raises():
    assert category_key(json.dumps({"category": "billing_error"}).encode()) == b"billing_error"
    assert category_key(b"\xff") == category_key(b"[]") == category_key(b"{}") == UNREADABLE_KEY
