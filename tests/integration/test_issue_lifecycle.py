"""Recurring issues on the real worker: a signal opens the owner's issue, people move it over HTTP, every
change is an event on issues.events, and a restarted worker has the same state and timeline."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from nlp.pseudonym import Pseudonymiser
from pipeline.redact.keys import KEY_FILE
from pipeline.synthetic import generate
from pipeline.testing import produce, read_topic, start_worker, stop_worker

THRESHOLD = 5
WINDOW = timedelta(minutes=10)
START = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


def call(method: str, url: str, body: dict | bytes | None = None) -> tuple[int, dict]:
    data = body if isinstance(body, bytes) or body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def wait_for_issue(base_url: str, issue_id: str, signals: int = 1, contacts: int = 0, timeout: float = 60) -> dict:
    """The issue once it has `signals` signals and `contacts` contacts tracked (activity is its own agent)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status, issue = call("GET", f"{base_url}/issues/{issue_id}")
        if status == 200 and issue["signals"] >= signals and sum(issue["contacts_per_day"].values()) >= contacts:
            return issue
        time.sleep(0.5)
    raise AssertionError(f"issue {issue_id} with {signals} signals never appeared (last: {status} {issue})")


def wait_for_notifications(base_url: str, agent: str, count: int = 1, timeout: float = 30) -> list[dict]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status, answer = call("GET", f"{base_url}/agents/{agent}/notifications")
        if status == 200 and len(answer["notifications"]) >= count:
            return answer["notifications"]
        time.sleep(0.5)
    raise AssertionError(f"no notification for {agent}: {status} {answer}")


def burst(window: int, seed: int) -> list[bytes]:
    start = START + window * WINDOW + timedelta(seconds=30)
    return [
        c.contact.to_bytes()
        for c in generate(THRESHOLD + 1, seed=seed, start=start, spacing_seconds=20, labels=["delivery.late"])
    ]


@pytest.fixture(scope="module")
def state_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("issues")


def test_issue_opens_for_the_owner_and_moves_through_its_lifecycle_over_http(broker, state_dir):
    worker = start_worker(
        broker, state_dir, signal_threshold=str(THRESHOLD), window_seconds=str(int(WINDOW.total_seconds()))
    )
    try:
        produce(broker.bootstrap_servers, "contacts.raw", burst(0, seed=201))
        issue = wait_for_issue(worker.base_url, "delivery.late", contacts=THRESHOLD + 1)
        assert (issue["state"], issue["owners"], issue["name"]) == (
            "open",
            ["logistics"],
            "Delivery / Late or missing delivery",
        )
        assert issue["contacts_per_day"] == {"2026-11-02": THRESHOLD + 1}  # what fed it, without personal data
        # agents are known by their keyed pseudonym below the raw tier, never by their own id
        pseudonyms = Pseudonymiser((state_dir / "state" / KEY_FILE).read_text().encode())
        agent_ids = {c.contact.agent_id for c in generate(THRESHOLD + 1, seed=201, labels=["delivery.late"])}
        assert sum(issue["agents"].values()) == THRESHOLD + 1
        assert set(issue["agents"]) == {pseudonyms.agent(agent_id) for agent_id in agent_ids}
        assert issue["drivers"] and len(issue["example_contact_ids"]) == 5
        status, listed = call("GET", f"{worker.base_url}/issues?department=logistics&state=open")
        assert status == 200 and [i["issue_id"] for i in listed["issues"]] == ["delivery.late"]
        assert call("GET", f"{worker.base_url}/issues?department=finance")[1] == {"issues": []}

        url = f"{worker.base_url}/issues/delivery.late/transitions"
        status, moved = call("POST", url, {"to": "acknowledged", "actor": "logistics", "note": "carrier contacted"})
        assert status == 200 and moved["state"] == "acknowledged"
        agent, contacts = next(iter(moved["agents"].items()))
        told = wait_for_notifications(worker.base_url, agent)
        own_id = next(agent_id for agent_id in agent_ids if pseudonyms.agent(agent_id) == agent)
        assert wait_for_notifications(worker.base_url, own_id) == told  # the agent's own id leads to the same inbox
        assert [(n["kind"], n["issue_id"], n["contacts"]) for n in told] == [
            ("acknowledged", "delivery.late", contacts)
        ]
        assert "reached logistics, who acknowledged the issue" in told[0]["message"]
        notified = read_topic(broker.bootstrap_servers, "agents.notifications", expected=len(moved["agents"]))
        assert {n["agent_id"] for n in notified} == set(moved["agents"])  # every agent whose contacts fed it
        assert call("POST", url, {"to": "fixing", "actor": "logistics"})[0] == 200
        status, refused = call("POST", url, {"to": "open", "actor": "logistics"})  # fixing → open is not allowed
        assert status == 409 and refused["state"] == "fixing" and "allowed:" in refused["error"]
        assert call("POST", url, {"to": "verified", "actor": "logistics"})[0] == 422  # only the system verifies
        assert call("POST", url, b"{not json")[0] == 422
        assert (
            call("POST", f"{worker.base_url}/issues/billing.nope/transitions", {"to": "fixing", "actor": "x"})[0] == 404
        )
        assert call("GET", f"{worker.base_url}/issues/billing.nope")[0] == 404

        status, shown = call("GET", f"{worker.base_url}/issues/delivery.late")
        assert [(e["kind"], e["to_state"]) for e in shown["timeline"]] == [
            ("opened", "open"), ("transition", "acknowledged"), ("transition", "fixing"),
        ]  # fmt: skip
        assert shown["timeline"][1]["actor"] == "logistics" and shown["timeline"][1]["note"] == "carrier contacted"
        events = read_topic(broker.bootstrap_servers, "issues.events", expected=3)
        assert [e["to_state"] for e in events] == ["open", "acknowledged", "fixing"]  # the audit trail
    finally:
        stop_worker(worker)


def test_a_restarted_worker_keeps_the_issue_state_and_timeline_and_applies_nothing_twice(broker, state_dir):
    worker = start_worker(
        broker, state_dir, signal_threshold=str(THRESHOLD), window_seconds=str(int(WINDOW.total_seconds()))
    )
    try:
        issue = wait_for_issue(worker.base_url, "delivery.late")
        assert issue["state"] == "fixing" and len(issue["timeline"]) == 3
        # the contacts come back later: more than `episode_gap_windows` (3) quiet windows, so a new episode
        produce(broker.bootstrap_servers, "contacts.raw", burst(5, seed=202))
        again = wait_for_issue(worker.base_url, "delivery.late", signals=2)
        assert again["state"] == "fixing"  # a new signal attaches; it never re-opens or resets the issue
        assert [e["kind"] for e in again["timeline"]] == ["opened", "transition", "transition", "signal"]
        events = read_topic(broker.bootstrap_servers, "issues.events", expected=4)
        assert len(events) == 4 and len({e["event_id"] for e in events}) == 4

        listed = feedback_loop("issues", "list", "--url", worker.base_url, "--department", "logistics")
        assert listed.returncode == 0 and listed.stdout.split()[:2] == ["delivery.late", "fixing"]
        moved = feedback_loop(
            "issues", "transition", "delivery.late", "fixed", "--actor", "logistics", "--url", worker.base_url
        )
        assert (moved.returncode, moved.stdout.strip()) == (0, "delivery.late: fixed")
        refused = feedback_loop(
            "issues", "transition", "delivery.late", "fixing", "--actor", "x", "--url", worker.base_url
        )
        assert refused.returncode == 1 and "409: cannot move an issue from fixed to fixing" in refused.stderr
        shown = json.loads(feedback_loop("issues", "show", "delivery.late", "--url", worker.base_url).stdout)
        assert shown["state"] == "fixed" and shown["fixed_at"]
    finally:
        stop_worker(worker)


def feedback_loop(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True, timeout=60)
