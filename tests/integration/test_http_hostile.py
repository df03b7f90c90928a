"""Hostile input at the edges against the real worker and broker: a soak of hostile HTTP payloads with every
line accounted for, and lines too big for the broker dead-lettered by reference over HTTP and by `ingest`."""

from __future__ import annotations

import hashlib
import json
import socket
import subprocess
import sys

import httpx
import pytest

from pipeline.ingest.http import MAX_HTTP_BATCH_BYTES
from pipeline.synthetic import generate
from pipeline.testing import http_get, read_topic, start_worker, stop_worker
from pipeline.testing_soak import soak
from topics.records import MAX_CONTACT_BYTES

MIB = 1024 * 1024
BIG_LINE = json.dumps({"contact_id": "big", "note": "a" * 2_000_000}).encode()  # over the broker's 1 MB limit


@pytest.fixture(scope="module")
def worker(broker, tmp_path_factory):
    running = start_worker(broker, tmp_path_factory.mktemp("hostile"))
    yield running
    stop_worker(running)


def test_a_soak_of_hostile_payloads_gets_no_5xx_and_every_line_is_accounted_for(worker):
    report = soak(worker, count=500, clients=50, seed=5, read_timeout=60)

    assert report.server_errors == 0 and not report.client_errors, "\n".join(report.lines())
    assert not report.unexpected, "\n".join(report.lines())
    assert report.accepted + report.rejected == report.lines_expected > 500
    assert report.unaccounted == 0 and report.extra == 0, "\n".join(report.lines())
    assert report.found_raw == report.accepted and report.found_dead_lettered == report.rejected
    assert worker.process.poll() is None
    assert json.loads(http_get(f"{worker.base_url}/healthz")) == {"alive": True}


def test_a_line_too_big_for_the_broker_is_dead_lettered_by_reference_over_http(worker):
    good = [item.contact.model_dump_json().encode() for item in generate(2, seed=90)]
    answer = httpx.post(f"{worker.base_url}/contacts", content=b"\n".join([good[0], BIG_LINE, good[1]]), timeout=30)

    assert answer.status_code == 200
    assert answer.json() == {
        "accepted": 2,
        "rejected": 1,
        "errors": [{"line": 2, "reason": f"line is {len(BIG_LINE)} bytes, more than the {MAX_CONTACT_BYTES} allowed"}],
    }
    [letter] = [r for r in _letters(worker, "http") if r["original_bytes"] == len(BIG_LINE)]
    assert letter["truncated"] and letter["original_sha256"] == hashlib.sha256(BIG_LINE).hexdigest()
    assert len(letter["original"]) < len(BIG_LINE) // 10


def test_a_line_too_big_for_the_broker_is_dead_lettered_and_ingest_goes_on(worker, tmp_path):
    good = [item.contact.model_dump_json().encode() for item in generate(2, seed=91)]
    path = tmp_path / "big.jsonl"
    path.write_bytes(b"\n".join([good[0], BIG_LINE, good[1]]) + b"\n")
    command = [sys.executable, "-m", "pipeline.cli", "ingest", str(path), "--bootstrap-servers", worker.bootstrap]
    result = subprocess.run([*command, "--no-progress"], capture_output=True, text=True, timeout=120)

    assert result.returncode == 1, result.stderr  # 1: some lines were rejected, none failed to send
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {"accepted": 2, "rejected": 1}
    assert f"big.jsonl:2: line is {len(BIG_LINE)} bytes" in result.stderr
    [letter] = _letters(worker, "ingest:big.jsonl")
    assert letter["truncated"] and letter["line"] == 2 and letter["original_bytes"] == len(BIG_LINE)
    assert letter["original_sha256"] == hashlib.sha256(BIG_LINE).hexdigest()


@pytest.mark.parametrize("chunked", [False, True])
def test_a_body_over_the_limit_is_refused_whole_with_413(worker, chunked):
    body = b"x" * (MAX_HTTP_BATCH_BYTES + 1)
    content = iter([body[i : i + MIB] for i in range(0, len(body), MIB)]) if chunked else body
    answer = httpx.post(f"{worker.base_url}/contacts", content=content, timeout=60)
    assert answer.status_code == 413 and "larger than" in answer.json()["error"]


def _letters(worker, source: str) -> list[dict]:
    return [r for r in read_topic(worker.bootstrap, "contacts.deadletter", expected=1) if r["source"] == source]


def test_a_client_that_hangs_up_half_way_through_its_body_stores_nothing_and_breaks_nothing(worker):
    host, port = worker.base_url.removeprefix("http://").split(":")
    good = generate(1, seed=92)[0].contact.model_dump_json().encode()
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(b"POST /contacts HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n" + good + b"\n")
    answer = httpx.post(f"{worker.base_url}/contacts", content=good, timeout=30)  # the same contact, whole

    assert answer.status_code == 200 and answer.json()["accepted"] == 1
    assert "Error handling request" not in worker.log()
    raw = read_topic(worker.bootstrap, "contacts.raw", expected=1)
    assert [r["contact_id"] for r in raw].count(json.loads(good)["contact_id"]) == 1
