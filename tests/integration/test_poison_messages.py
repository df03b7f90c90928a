"""Hostile input against the real worker: it dead-letters each record, keeps serving HTTP, and still signals."""

from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime

import pytest
from kafka import KafkaProducer

from pipeline.synthetic import generate
from pipeline.testing import detector_signals, http_get, produce, read_topic, start_worker, stop_worker

THRESHOLD = 5
IDLE_SECONDS = 2


@pytest.fixture(scope="module")
def worker(broker, tmp_path_factory):
    running = start_worker(
        broker,
        tmp_path_factory.mktemp("poison"),
        signal_threshold=str(THRESHOLD),
        window_seconds="600",
        web_idle_timeout_seconds=str(IDLE_SECONDS),
        web_read_timeout_seconds=str(IDLE_SECONDS),
    )
    yield running
    stop_worker(running)


def test_hostile_records_are_dead_lettered_and_the_pipeline_still_signals(worker):
    good = generate(THRESHOLD, seed=61, start=datetime(2026, 11, 2, 10, 0, tzinfo=UTC), labels=["account.login"])
    far_future = json.loads(good[0].contact.model_dump_json()) | {"occurred_at": "9999-12-31T23:58:00Z"}
    big = KafkaProducer(bootstrap_servers=worker.bootstrap, acks="all", max_request_size=20_000_000)
    try:
        big.send("contacts.raw", json.dumps(far_future).encode())
        big.send("contacts.raw", b'{"contact_id": "' + b"x" * 1_000_000 + b'"}')
        big.send("contacts.raw", b"[" * 10_000 + b"]" * 10_000)
        big.flush()
    finally:
        big.close()
    produce(worker.bootstrap, "contacts.raw", [item.contact.to_bytes() for item in good])

    letters = read_topic(worker.bootstrap, "contacts.deadletter", expected=3)
    assert len(letters) == 3 and all(letter["stage"] == "validate" for letter in letters)
    assert any(letter["truncated"] and letter["original_bytes"] > 1_000_000 for letter in letters)
    signals = detector_signals(read_topic(worker.bootstrap, "signals", expected=1, settle=1))
    assert [(s["label"], s["count"]) for s in signals] == [("account.login", THRESHOLD)]
    assert "feedback_loop_dead_letters_total" in http_get(f"{worker.base_url}/metrics")
    assert worker.process.poll() is None


def test_json_nested_10000_deep_over_http_is_a_clear_422(worker):
    request = urllib.request.Request(f"{worker.base_url}/contacts", data=b"[" * 10_000 + b"]" * 10_000, method="POST")
    with pytest.raises(urllib.error.HTTPError) as answer:
        urllib.request.urlopen(request, timeout=30)
    assert answer.value.code == 422
    assert "nested too deeply" in json.loads(answer.value.read())["errors"][0]["reason"]


def test_half_sent_requests_are_cut_off_and_the_server_keeps_answering(worker):
    host, port = worker.base_url.removeprefix("http://").split(":")
    idle = []
    for _ in range(200):
        connection = socket.create_connection((host, int(port)), timeout=10)
        connection.sendall(b"POST /contacts HTTP/1.1\r\nHost: x\r\n")  # headers never finished
        idle.append(connection)
    slow_body = socket.create_connection((host, int(port)), timeout=10)
    slow_body.sendall(b"POST /contacts HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{")  # body never finished

    assert "feedback_loop_contacts_accepted_total" in http_get(f"{worker.base_url}/metrics")  # not starved
    time.sleep(IDLE_SECONDS * 3)
    assert all(connection.recv(1) == b"" for connection in idle)  # closed by the server
    assert slow_body.recv(100).startswith(b"HTTP/1.1 408")
    for connection in [*idle, slow_body]:
        connection.close()
