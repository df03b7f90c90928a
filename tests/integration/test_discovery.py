"""Discovery on the real worker and broker: a burst of unclassified contacts about one new problem raises one
new_issue signal with a stable candidate id; promoting the candidate (with the CLI) makes later contacts of
that kind classified under the new label, opens its issue from the candidate's first contact, keeps the
label and examples in files for retraining, and survives a restart of the worker."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pipeline.testing import produce, read_topic, start_worker, stop_worker
from tests.integration.test_issue_lifecycle import call
from topics.records import Channel, Contact, Speaker, Turn

START = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
WINDOW_SECONDS = 600
KARAOKE = [
    "De karaoke functie op de tv box laat geen songteksten zien",
    "Bij karaoke op de tv box verschijnen de songteksten niet",
    "Mijn kinderen willen karaoke zingen maar de songteksten blijven leeg op de tv box",
    "De songteksten van karaoke lopen niet mee op de tv box",
    "Karaoke op de tv box: geen songteksten te zien",
    "Waarom toont de karaoke functie geen songteksten meer",
    "Sinds gisteren geen songteksten bij karaoke op de tv box",
    "De karaoke app op de tv box zonder songteksten, wat nu",
    "Karaoke songteksten ontbreken op de tv box",
    "Geen songteksten in de karaoke functie van de tv box",
    "De tv box karaoke toont de songteksten niet",
    "Karaoke werkt maar de songteksten verschijnen niet op de tv box",
]
OTHER = [
    "Mijn hond blaft altijd naar de monteur",
    "Kunnen jullie een kerstkaart sturen naar oma",
    "De parkeerplaats bij jullie winkel is vol",
]


def contact(contact_id: str, text: str, minute: int) -> bytes:
    return Contact(
        contact_id=contact_id,
        channel=Channel.chat,
        occurred_at=START + timedelta(minutes=minute),
        language="nl",
        customer_ref=f"cust-{contact_id}",
        agent_id="agent-7",
        transcript=[
            Turn(speaker=Speaker.agent, text="Waarmee kan ik helpen?"),
            Turn(speaker=Speaker.customer, text=text),
        ],
    ).to_bytes()


def open_candidate(base_url: str, size: int, timeout: float = 60) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status, answer = call("GET", f"{base_url}/discovery/candidates?status=open&min_size={size}")
        if status == 200 and answer["candidates"]:
            return answer["candidates"][0]
        time.sleep(0.5)
    raise AssertionError(f"no open candidate of {size} contacts: {answer}")


def candidates(base_url: str, expected_size: int, timeout: float = 60) -> list[dict]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status, answer = call("GET", f"{base_url}/discovery/candidates?min_size=2")
        if status == 200 and answer["candidates"] and answer["candidates"][0]["size"] >= expected_size:
            return answer["candidates"]
        time.sleep(0.5)
    raise AssertionError(f"no candidate of {expected_size} contacts: {answer}")


def feedback_loop(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True, env={**os.environ, **env}
    )


def test_a_new_problem_becomes_a_candidate_signals_once_and_is_classified_after_promotion(broker, tmp_path: Path):
    taxonomy = tmp_path / "taxonomy.yaml"
    taxonomy.write_text((Path(__file__).parents[2] / "nlp" / "data" / "taxonomy.yaml").read_text())
    settings = {
        "window_seconds": str(WINDOW_SECONDS),
        "model_path": str(tmp_path / "no-model"),  # the phrase classifier: every karaoke contact is unclassified
        "taxonomy_path": str(taxonomy),
        "discovery_min_contacts": "8",
    }
    worker = start_worker(broker, tmp_path, **settings)
    try:
        burst = [contact(f"other-{i}", text, i) for i, text in enumerate(OTHER)]
        burst += [contact(f"karaoke-{i}", text, 3 + 2 * i) for i, text in enumerate(KARAOKE[:9])]  # two windows
        produce(broker.bootstrap_servers, "contacts.raw", burst)
        found = candidates(worker.base_url, 9)
        first = found[0]
        assert {"karaoke", "songteksten"} <= set(first["top_terms"]["nl"][:3])
        assert [c["size"] for c in found] == [9]  # the other contacts stay apart (and below the page's size 2)

        produce(broker.bootstrap_servers, "contacts.raw", [contact("karaoke-9", KARAOKE[9], 40)])
        grown = candidates(worker.base_url, 10)[0]
        assert grown["candidate_id"] == first["candidate_id"]  # a candidate keeps its id as it grows

        signals = [s for s in read_topic(broker.bootstrap_servers, "signals", 1) if s["kind"] == "new_issue"]
        assert [(s["label"], s["update"], s["count"]) for s in signals] == [
            (f"unclassified.{first['candidate_id']}", 0, 8)
        ]

        examples = tmp_path / "examples"
        promoted = feedback_loop(
            "taxonomy", "promote", first["candidate_id"], "--label", "product.karaoke_lyrics",
            "--name", "Karaoke shows no lyrics", "--actor", "triage", "--url", worker.base_url,
            "--taxonomy-file", str(taxonomy), "--examples-dir", str(examples),
            env={},
        )  # fmt: skip
        assert promoted.returncode == 0, promoted.stderr
        kept = [
            json.loads(line) for line in (examples / "promoted_product_karaoke_lyrics.jsonl").read_text().splitlines()
        ]
        assert len(kept) == 10 and {k["label"] for k in kept} == {"product.karaoke_lyrics"}
        assert "product.karaoke_lyrics" in taxonomy.read_text()

        produce(broker.bootstrap_servers, "contacts.raw", [contact("karaoke-10", KARAOKE[10], 50)])
        classified = read_topic(broker.bootstrap_servers, "contacts.classified", 14)
        labels = {c["contact_id"]: c["label"] for c in classified}
        assert labels["karaoke-10"] == "product.karaoke_lyrics"
        assert labels["karaoke-0"] == "unclassified"

        status, issue = call("GET", f"{worker.base_url}/issues/product.karaoke_lyrics")
        deadline = time.monotonic() + 30
        while status != 200 and time.monotonic() < deadline:
            time.sleep(0.5)
            status, issue = call("GET", f"{worker.base_url}/issues/product.karaoke_lyrics")
        assert status == 200, issue
        assert issue["first_seen"].startswith("2026-11-02T10:00")  # the candidate's first contact's window
        assert issue["owners"] == ["product"]

        candidate_issue = f"{worker.base_url}/issues/unclassified.{first['candidate_id']}"
        deadline = time.monotonic() + 30
        while (shown := call("GET", candidate_issue)[1]).get("state") != "merged" and time.monotonic() < deadline:
            time.sleep(0.5)
        assert shown["state"] == "merged", shown  # the candidate's own issue is closed: its contacts moved on
        assert [(e["kind"], e["actor"], e["note"]) for e in shown["timeline"]][-1] == (
            "triaged",
            "triage",
            "promoted to product.karaoke_lyrics",
        )
    finally:
        stop_worker(worker)

    worker = start_worker(broker, tmp_path, **settings)  # restart: promotions and candidates come back
    try:
        produce(broker.bootstrap_servers, "contacts.raw", [contact("karaoke-11", KARAOKE[11], 55)])
        classified = read_topic(broker.bootstrap_servers, "contacts.classified", 15)
        assert {c["contact_id"]: c["label"] for c in classified}["karaoke-11"] == "product.karaoke_lyrics"
        status, answer = call("GET", f"{worker.base_url}/discovery/candidates?min_size=2")
        assert [(c["candidate_id"], c["status"]) for c in answer["candidates"]] == [(first["candidate_id"], "promoted")]
        parking = ["De parkeerplaats bij de winkel is altijd vol", "Nooit plek op de parkeerplaats van de winkel"]
        produce(broker.bootstrap_servers, "contacts.raw", [contact(f"p-{i}", t, 56 + i) for i, t in enumerate(parking)])
        noise = open_candidate(worker.base_url, size=3)
        dismissed = feedback_loop(
            "taxonomy", "dismiss", noise["candidate_id"], "--actor", "triage", "--url", worker.base_url, env={}
        )
        assert dismissed.returncode == 0, dismissed.stderr
        status, shown = call("GET", f"{worker.base_url}/discovery/candidates/{noise['candidate_id']}")
        assert (status, shown["status"], shown["size"]) == (200, "dismissed", 3)  # the earlier parking contact too
        signals = [s for s in read_topic(broker.bootstrap_servers, "signals", 2) if s["kind"] == "new_issue"]
        assert sorted(s["label"] for s in signals) == [
            "product.karaoke_lyrics",
            f"unclassified.{first['candidate_id']}",
        ]
    finally:
        stop_worker(worker)
