"""A misbehaving receiver, at the notifier: errors, Retry-After, slowness, and down then back on its port."""

from __future__ import annotations

import pytest

from pipeline.deliver.channels import DeliveryError
from pipeline.testing_receivers import RecordingHTTPServer
from topics.subscriptions import WebhookChannel

from .support import alerts_now, secret_file, send


@pytest.fixture
def receiver():
    with RecordingHTTPServer() as server:
        yield server


@pytest.fixture
def config(receiver, tmp_path):
    return WebhookChannel(name="ops", url=secret_file(tmp_path, "url", f"{receiver.url}/hook"), timeout_seconds=1)


def failure(config, alerts) -> DeliveryError:
    with pytest.raises(DeliveryError) as raised:
        send(config, alerts)
    assert "127.0.0.1" not in raised.value.reason and "/hook" not in raised.value.reason
    return raised.value


def test_a_500_is_retryable_and_after_three_of_them_the_alert_is_delivered_once(receiver, config):
    firing, _ = alerts_now()
    receiver.respond_with(500, times=3)
    errors = [failure(config, [firing]) for _ in range(3)]
    assert [(error.retryable, error.status_code) for error in errors] == [(True, 500)] * 3
    assert errors[0].reason == "HTTP 500 from webhook channel 'ops'"
    assert send(config, [firing]) == 200
    assert receiver.requests_by_key()[firing.alert_id] == 4
    assert receiver.requests_by_key(succeeded=True) == {firing.alert_id: 1}


def test_429_with_retry_after_tells_how_long_to_wait(receiver, config):
    firing, _ = alerts_now()
    receiver.respond_with(429, times=2, headers={"Retry-After": "2"})
    for _ in range(2):
        error = failure(config, [firing])
        assert (error.retryable, error.retry_after, error.status_code) == (True, 2, 429)
    assert send(config, [firing]) == 200


def test_a_400_is_final(receiver, config):
    firing, _ = alerts_now()
    receiver.respond_with(400, body=b"missing field")
    error = failure(config, [firing])
    assert not error.retryable and error.reason == "HTTP 400 from webhook channel 'ops': missing field"


def test_a_receiver_that_is_down_is_retryable_and_takes_the_alert_when_back_on_the_same_port(receiver, config):
    firing, _ = alerts_now()
    port = receiver.port
    receiver.go_down()
    error = failure(config, [firing])
    assert error.retryable and error.status_code is None and "cannot reach webhook channel 'ops'" in error.reason
    receiver.come_up()
    assert receiver.port == port
    assert send(config, [firing]) == 200
    assert receiver.requests_by_key(succeeded=True) == {firing.alert_id: 1}


def test_a_receiver_slower_than_the_timeout_is_retryable(receiver, config):
    firing, _ = alerts_now()
    receiver.respond_with(200, delay=2)
    error = failure(config, [firing])
    assert error.retryable and error.reason == "timed out after 1 s sending to webhook channel 'ops'"
