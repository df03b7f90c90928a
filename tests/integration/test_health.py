"""/healthz and /readyz on the real worker, and what ingestion answers once the broker is gone."""

from __future__ import annotations

import time

import httpx
import pytest

from pipeline.runtime.broker import terminate
from pipeline.synthetic import generate
from pipeline.testing import start_worker

SEND_TIMEOUT = 3


@pytest.fixture(scope="module")
def worker(broker, tmp_path_factory):
    running = start_worker(broker, tmp_path_factory.mktemp("health"), web_send_timeout_seconds=str(SEND_TIMEOUT))
    yield running
    terminate(running.process, timeout=5)  # without its broker, the worker does not finish a graceful stop


def test_a_started_worker_is_alive_and_ready(worker):
    assert httpx.get(f"{worker.base_url}/healthz").json() == {"alive": True}
    answer = httpx.get(f"{worker.base_url}/readyz")
    assert (answer.status_code, answer.json()) == (200, {"ready": True, "reasons": []})


def test_without_the_broker_it_is_alive_not_ready_and_ingestion_says_retry(worker, broker):
    contact = generate(1, seed=95)[0].contact.to_bytes()
    assert httpx.post(f"{worker.base_url}/contacts", content=contact, timeout=30).status_code == 200
    broker.stop()  # the last test in this module: the broker fixture is per module

    readiness = _poll_until_not_ready(f"{worker.base_url}/readyz", within=10)
    assert readiness.status_code == 503 and not readiness.json()["ready"]
    assert any(reason.startswith("broker unreachable") for reason in readiness.json()["reasons"])

    started = time.monotonic()
    answer = httpx.post(f"{worker.base_url}/contacts", content=contact, timeout=30)
    assert answer.status_code == 503 and answer.headers["Retry-After"].isdigit()
    assert "send the whole batch again" in answer.json()["error"]
    assert time.monotonic() - started < SEND_TIMEOUT + 2
    assert httpx.get(f"{worker.base_url}/healthz").status_code == 200
    assert worker.process.poll() is None


def _poll_until_not_ready(url: str, within: float) -> httpx.Response:
    deadline = time.monotonic() + within
    while True:
        answer = httpx.get(url, timeout=within)
        if answer.status_code != 200 or time.monotonic() > deadline:
            return answer
        time.sleep(0.2)
