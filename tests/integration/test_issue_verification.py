"""Fix verification on the real worker: after an issue is marked fixed, its label's share of contacts over
the observation period (event time) decides verified (a clear drop) or regressed (no drop)."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta

from pipeline.synthetic import generate
from pipeline.testing import produce, read_topic, start_worker, stop_worker

# One hour of contacts, 150 s apart, each label spread over the hour (no ten-minute window holds more than one
# of a label, so only the bursts below raise signals, even if a replay after the kill counts a window twice).
OTHER = "unclassified"
BEFORE = ["delivery.late", OTHER, OTHER, "billing.unexpected_amount", OTHER, OTHER] * 4  # 4 + 4 of 24
AFTER = ["delivery.late"] + [OTHER, OTHER, "billing.unexpected_amount", OTHER, OTHER] * 4 + [OTHER] * 3  # 1 + 4 of 24
SPACING = 3600 / len(BEFORE)


def call(method: str, url: str, body: dict | None = None) -> tuple[int, dict]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def wait_for(base_url: str, issue_id: str, state: str | None = None, timeout: float = 90) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status, issue = call("GET", f"{base_url}/issues/{issue_id}")
        if status == 200 and (state is None or issue["state"] == state):
            return issue
        time.sleep(0.5)
    raise AssertionError(f"{issue_id} never reached {state}: {status} {issue}")


def contacts(labels: list[str], start: datetime, hours: int, seed: int) -> list[bytes]:
    items = generate(len(labels) * hours, seed=seed, start=start, spacing_seconds=SPACING, labels=labels)
    return [item.contact.to_bytes() for item in items]


SETTINGS = {
    "signal_threshold": "5",
    "window_seconds": "600",
    "verification_baseline_days": "1",
    "verification_observation_hours": "12",
    "verification_check_seconds": "1",
}


def test_verification_marks_a_fix_verified_when_contacts_drop_and_regressed_when_they_do_not(broker, tmp_path):
    """The whole loop, with the worker killed (SIGKILL) after the fixes and a new one finishing the job."""
    for run in ("first", "second"):
        (tmp_path / run).mkdir()
    worker = start_worker(broker, tmp_path / "first", **SETTINGS)
    try:
        now = datetime.now(UTC).replace(microsecond=0)
        baseline = contacts(BEFORE, now - timedelta(hours=24), 24, seed=301)
        two_hours_ago = now - timedelta(hours=2)
        burst_at = two_hours_ago.replace(minute=two_hours_ago.minute // 10 * 10, second=0) + timedelta(minutes=1)
        both = ["delivery.late", "billing.unexpected_amount"]  # 8 of each within one 10-minute window: two signals
        burst = [c.contact.to_bytes() for c in generate(16, seed=303, start=burst_at, spacing_seconds=20, labels=both)]
        # in event-time order, keyed by contact id as `ingest` sends them: windows close in event time
        ordered = sorted(baseline + burst, key=lambda value: json.loads(value)["occurred_at"])
        keys = [json.loads(value)["contact_id"].encode() for value in ordered]
        produce(broker.bootstrap_servers, "contacts.raw", ordered, keys=keys)
        for issue_id in ("delivery.late", "billing.unexpected_amount"):
            wait_for(worker.base_url, issue_id)
            for state in ("acknowledged", "fixed"):
                status, moved = call(
                    "POST", f"{worker.base_url}/issues/{issue_id}/transitions", {"to": state, "actor": "team"}
                )
                assert status == 200 and moved["state"] == state
        fixed_at = datetime.fromisoformat(call("GET", f"{worker.base_url}/issues/delivery.late")[1]["fixed_at"])
        before_crash = call("GET", f"{worker.base_url}/issues/delivery.late")[1]["timeline"]
        worker.process.kill()  # no clean shutdown: state must come back from the changelogs
        worker.process.wait()
        worker = start_worker(broker, tmp_path / "second", **SETTINGS)
        assert wait_for(worker.base_url, "delivery.late", "fixed")["timeline"] == before_crash

        produce(
            broker.bootstrap_servers, "contacts.raw", contacts(AFTER, fixed_at + timedelta(minutes=1), 13, seed=304)
        )

        verified = wait_for(worker.base_url, "delivery.late", "verified")
        result = verified["verification"]
        assert 60 <= result["drop_percent"] <= 85, result  # 4 → 1 an hour: about 75 %
        assert result["ci_low_percent"] > 20 and result["contacts_avoided_per_week"] > 0
        assert verified["timeline"][-1]["kind"] == "verified" and verified["timeline"][-1]["actor"] == "feedback-loop"
        agent = next(iter(verified["agents"]))
        for _ in range(60):
            status, inbox = call("GET", f"{worker.base_url}/agents/{agent}/notifications")
            kinds = [n["kind"] for n in inbox["notifications"]]
            if "verified" in kinds:
                break
            time.sleep(0.5)
        assert kinds[0] == "verified" and "acknowledged" in kinds  # newest first
        assert "led to a fix by logistics" in inbox["notifications"][0]["message"]
        assert f"dropped {result['drop_percent']:.0f} %" in inbox["notifications"][0]["message"]
        regressed = wait_for(worker.base_url, "billing.unexpected_amount", "regressed")
        assert abs(regressed["verification"]["drop_percent"]) < 30
        for issue in (verified, regressed):  # the state applied every change once
            assert len({e["event_id"] for e in issue["timeline"]}) == len(issue["timeline"])
        events = read_topic(broker.bootstrap_servers, "issues.events", expected=len(verified["timeline"]) + 4)
        print(
            "signals on the audit trail:",
            sum(e["kind"] in ("opened", "signal") for e in events),
            "events:",
            len(events),
        )
        # at least once: a signal replayed after the kill may be on the topic twice, with the same id
        transitions = [(e["issue_id"], e["to_state"]) for e in events if e["kind"] == "transition"]
        assert sorted(transitions) == sorted(
            (issue, state)
            for issue in ("delivery.late", "billing.unexpected_amount")
            for state in ("acknowledged", "fixed")
        )  # none lost, none applied twice
    finally:
        stop_worker(worker)
