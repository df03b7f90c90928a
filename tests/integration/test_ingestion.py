"""Ingestion through the real clients: `feedback-loop ingest` (kafka-python) and the worker's HTTP endpoint."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import urllib.error
import urllib.request

import pytest

from pipeline.synthetic import generate
from pipeline.testing import read_topic, start_worker, stop_worker


@pytest.fixture(scope="module")
def worker(broker, tmp_path_factory):
    running = start_worker(broker, tmp_path_factory.mktemp("ingest-worker"))
    yield running
    stop_worker(running)


def post(url: str, body: bytes) -> tuple[int, dict]:
    request = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": "application/x-ndjson"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def ingest(bootstrap: str, path: str, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline.cli",
            "ingest",
            path,
            "--bootstrap-servers",
            bootstrap,
            "--no-progress",
            *extra,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_ingest_jsonl_sends_valid_lines_and_dead_letters_bad_ones_with_line_numbers(worker, tmp_path):
    contacts = [item.contact for item in generate(6, seed=41)]
    lines = (
        [c.model_dump_json() for c in contacts[:3]]
        + ['{"contact_id": "bad"}', ""]
        + [c.model_dump_json() for c in contacts[3:]]
        + ["nope"]
    )
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n")

    result = ingest(worker.bootstrap, str(path))

    assert result.returncode == 1  # some lines were rejected
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {"accepted": 6, "rejected": 2}
    assert "batch.jsonl:4: channel: Field required" in result.stderr
    assert "batch.jsonl:9: not valid JSON" in result.stderr
    letters = [
        r
        for r in read_topic(worker.bootstrap, "contacts.deadletter", expected=2)
        if r["source"] == "ingest:batch.jsonl"
    ]
    assert sorted(letter["line"] for letter in letters) == [4, 9]
    classified = read_topic(worker.bootstrap, "contacts.classified", expected=6)
    assert {c.contact_id for c in contacts} <= {record["contact_id"] for record in classified}


def test_ingest_csv(worker, tmp_path):
    path = tmp_path / "calls.csv"
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["contact_id", "channel", "occurred_at", "language", "customer_ref", "transcript"])
        writer.writerow(["csv-1", "call", "2026-11-02T09:00:00Z", "nl", "cust-9", "customer: Ik heb geen internet"])
        writer.writerow(["csv-2", "email", "2026-11-02T09:05:00Z", "en", "cust-8", "customer: I was charged twice"])

    result = ingest(worker.bootstrap, str(path))

    assert result.returncode == 0, result.stderr
    classified = {r["contact_id"]: r for r in read_topic(worker.bootstrap, "contacts.classified", expected=8)}
    assert classified["csv-1"]["label"] == "service.outage"
    assert classified["csv-2"]["label"] == "billing.double_charge"


def test_ingest_names_a_file_that_is_not_utf8(worker, tmp_path):
    path = tmp_path / "latin1.jsonl"
    path.write_bytes("caf\u00e9 klacht\n".encode("latin-1"))
    result = ingest(worker.bootstrap, str(path))
    assert result.returncode == 2
    assert "latin1.jsonl: not UTF-8 text" in result.stderr


def test_http_accepts_ndjson_batches_and_reports_rejections(worker):
    contacts = [item.contact for item in generate(3, seed=77)]
    body = "\n".join(
        [contacts[0].model_dump_json(), "{broken", contacts[1].model_dump_json(), contacts[2].model_dump_json()]
    )

    status, answer = post(f"{worker.base_url}/contacts", body.encode())

    assert status == 200
    assert answer["accepted"] == 3 and answer["rejected"] == 1
    assert answer["errors"][0]["line"] == 2 and answer["errors"][0]["reason"].startswith("not valid JSON")
    classified = read_topic(worker.bootstrap, "contacts.classified", expected=11)
    assert {c.contact_id for c in contacts} <= {record["contact_id"] for record in classified}
    http_letters = [r for r in read_topic(worker.bootstrap, "contacts.deadletter", expected=3) if r["source"] == "http"]
    assert [letter["original"] for letter in http_letters] == ["{broken"]


def test_http_single_contact_and_all_invalid(worker):
    contact = generate(1, seed=78)[0].contact
    assert post(f"{worker.base_url}/contacts", contact.to_bytes()) == (
        200,
        {"accepted": 1, "rejected": 0, "errors": []},
    )
    status, answer = post(f"{worker.base_url}/contacts", b'{"contact_id": "only-bad"}')
    assert status == 422 and answer["accepted"] == 0 and answer["rejected"] == 1
    assert worker.process.poll() is None
