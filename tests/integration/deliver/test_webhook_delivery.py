"""The generic webhook against a real HTTP receiver: signed, keyed, and the alerts read back intact."""

from __future__ import annotations

import json

import pytest

from pipeline.deliver.channels.webhook import verify_signature
from pipeline.testing_receivers import RecordingHTTPServer
from topics.alerts import Alert
from topics.subscriptions import Secret, WebhookChannel

from .support import alerts_now, secret_file, send

SIGNING_SECRET = "whsec-0123456789abcdef"


@pytest.fixture
def receiver():
    with RecordingHTTPServer() as server:
        yield server


def test_a_signed_webhook_verifies_with_the_secret_and_carries_the_alert_id_as_idempotency_key(
    receiver, tmp_path, monkeypatch
):
    monkeypatch.setenv("FL_SIGNING_SECRET", SIGNING_SECRET)
    config = WebhookChannel(
        name="ops-hook",
        url=secret_file(tmp_path, "url", f"{receiver.url}/hooks/finance"),
        signing_secret=Secret(env="FL_SIGNING_SECRET"),
    )
    firing, _ = alerts_now()
    assert send(config, [firing]) == 200
    (request,) = receiver.wait_for(1)
    assert (request.method, request.path) == ("POST", "/hooks/finance")
    assert request.header("Content-Type") == "application/json"
    assert request.header("Idempotency-Key") == firing.alert_id
    timestamp, signature = request.header("X-Feedback-Loop-Timestamp"), request.header("X-Feedback-Loop-Signature")
    assert signature.startswith("sha256=")
    assert verify_signature(SIGNING_SECRET, timestamp, request.body, signature)
    assert not verify_signature("another secret", timestamp, request.body, signature)
    assert request.json["version"] == 1 and request.json["key"] == firing.alert_id
    assert [Alert.model_validate(alert) for alert in request.json["alerts"]] == [firing]


def test_an_unsigned_digest_is_keyed_by_the_digest_id(receiver, tmp_path):
    config = WebhookChannel(url=secret_file(tmp_path, "url", f"{receiver.url}/hook"))
    firing, resolved = alerts_now()
    assert send(config, [firing, resolved], key="digest:finance:2026-07-14") == 200
    (request,) = receiver.wait_for(1)
    assert request.header("X-Feedback-Loop-Signature") is None
    assert request.header("Idempotency-Key") == "digest:finance:2026-07-14"
    assert [alert["alert_id"] for alert in json.loads(request.body)["alerts"]] == [firing.alert_id, resolved.alert_id]


def test_a_changed_secret_is_used_at_the_next_send_without_a_restart(receiver, tmp_path):
    config = WebhookChannel(url=secret_file(tmp_path, "url", f"{receiver.url}/old"))
    firing, _ = alerts_now()
    send(config, [firing])
    secret_file(tmp_path, "url", f"{receiver.url}/new")
    send(config, [firing])
    assert [request.path for request in receiver.wait_for(2)] == ["/old", "/new"]
