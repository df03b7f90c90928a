"""Delivery by the real worker on the embedded broker to real receivers on loopback: retries that honour
Retry-After, the retry budget and re-drive, a SIGKILL mid-delivery, and subscriptions changed at runtime."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest
from typer.testing import CliRunner

from pipeline.cli import cli
from pipeline.runtime.broker import EmbeddedBroker
from pipeline.testing import produce, read_topic, start_worker, stop_worker
from pipeline.testing_receivers import AlertmanagerProcess, RecordingHTTPServer
from topics.alerts import Alert, AlertStatus, Severity

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
FAST_RETRIES = {
    "delivery_backoff_initial_seconds": "0.2",
    "delivery_backoff_max_seconds": "3",
    "delivery_max_attempts": "30",
    "delivery_budget_seconds": "60",
    "delivery_check_seconds": "1",
    "delivery_sweep_grace_seconds": "5",
}


def alert(number: int, department: str = "finance") -> Alert:
    at = datetime(2026, 11, 26, 9, 0, tzinfo=UTC) + timedelta(minutes=number)
    return Alert(
        alert_id=f"signal:test-{number}:{department}",
        department=department,
        severity=Severity.critical,
        issue_id="billing.double_charge",
        label="billing.double_charge",
        category="billing",
        name="Billing / Double charge",
        owners=["finance"],
        observed=30,
        expected=10.0,
        since=at,
        at=at,
        drivers=["dubbel", "afgeschreven"],
        issue_url="http://127.0.0.1/ui/issues/billing.double_charge",
        summary=f"test alert {number}",
    )


def send_alerts(bootstrap: str, alerts: list[Alert]) -> None:
    produce(bootstrap, "alerts", [a.to_bytes() for a in alerts], keys=[a.department.encode() for a in alerts])


def subscriptions_file(tmp_path: Path, receiver: RecordingHTTPServer) -> Path:
    secret = tmp_path / "finance-webhook-url"
    secret.write_text(f"{receiver.url}/hooks/finance\n")
    path = tmp_path / "subscriptions.yaml"
    path.write_text(
        "departments:\n"
        "  - name: finance\n    categories: [billing]\n"
        f"    channels: [{{type: webhook, url: {{file: {secret}}}, signing_secret: {{env: FINANCE_SIGNING_KEY}}}}]\n"
        "  - name: logistics\n    categories: [delivery]\n"
    )
    return path


def wait_until(condition, timeout: float = 60.0, what: str = "condition", receiver=None) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            seen = receiver.requests_by_key() if receiver is not None else ""
            raise AssertionError(f"{what} not reached within {timeout} s {seen}")
        time.sleep(0.2)


def delivered_once_each(receiver: RecordingHTTPServer, keys: list[str]) -> bool:
    return all(receiver.requests_by_key(succeeded=True)[key] >= 1 for key in keys)


@pytest.fixture()
def receiver():
    with RecordingHTTPServer() as server:
        yield server


@pytest.fixture()
def own_broker():
    """A broker of its own: once a subscription changed at runtime, the seed file no longer counts there."""
    with EmbeddedBroker() as running:
        yield running


@pytest.fixture()
def worker_env(monkeypatch):
    monkeypatch.setenv("FINANCE_SIGNING_KEY", "s3cret-signing-key")


def test_deliver_through_500s_and_429_retry_after_every_alert_arrives_exactly_once(
    broker, tmp_path, receiver, worker_env
):
    receiver.respond_with(500, times=3)
    receiver.respond_with(429, times=2, headers={"Retry-After": "1"})
    worker = start_worker(
        broker, tmp_path, subscriptions_path=str(subscriptions_file(tmp_path, receiver)), **FAST_RETRIES
    )
    try:
        alerts = [alert(n) for n in range(5)]
        send_alerts(broker.bootstrap_servers, alerts)
        keys = [a.alert_id for a in alerts]
        wait_until(lambda: delivered_once_each(receiver, keys), what="all five delivered")
        time.sleep(3)  # anything sent twice would arrive now
        assert receiver.requests_by_key(succeeded=True) == {key: 1 for key in keys}
        failed = [r for r in receiver.requests if r.status >= 400]
        assert sorted(r.status for r in failed) == [429, 429, 500, 500, 500]
        after_429 = [r.at for r in receiver.requests]
        assert max(b - a for a, b in zip(after_429, after_429[1:], strict=False)) >= 0.9  # Retry-After: 1 honoured
        first = receiver.requests[-1]
        assert first.header(
            "X-Feedback-Loop-Signature",
        ) and first.header("X-Feedback-Loop-Timestamp")
        log = read_topic(broker.bootstrap_servers, "deliveries", expected=10, settle=1)
        outcomes = [d["outcome"] for d in log if d["alert_id"] in keys]
        assert outcomes.count("delivered") == 5 and outcomes.count("retrying") == 5
        assert "s3cret-signing-key" not in worker.log() and receiver.url not in worker.log()
    finally:
        stop_worker(worker)


def test_deliver_dead_letters_after_the_retry_budget_and_a_redrive_delivers_it_once(
    broker, tmp_path, receiver, worker_env
):
    budget = {**FAST_RETRIES, "delivery_max_attempts": "3", "delivery_budget_seconds": "5"}
    worker = start_worker(broker, tmp_path, subscriptions_path=str(subscriptions_file(tmp_path, receiver)), **budget)
    try:
        receiver.go_down()
        lost = alert(100)
        send_alerts(broker.bootstrap_servers, [lost])
        letters = read_topic(broker.bootstrap_servers, "deliveries.deadletter", expected=1, settle=0)
        [letter] = [x for x in letters if x["alert"]["alert_id"] == lost.alert_id]
        assert letter["attempts"] == 3 and "webhook" in letter["reason"]
        receiver.come_up()
        runner = CliRunner()
        redrive = ["deliveries", "redrive", "--bootstrap-servers", broker.bootstrap_servers]
        result = runner.invoke(cli, redrive)
        assert result.exit_code == 0, result.output
        assert "re-driven: 1 alert(s)" in result.output
        wait_until(lambda: receiver.requests_by_key(succeeded=True)[lost.alert_id] == 1, what="re-driven delivery")
        time.sleep(2)  # the log is written; a second re-drive must find it delivered
        again = runner.invoke(cli, redrive)
        assert "re-driven: 0 alert(s)" in again.output
        time.sleep(2)
        assert receiver.requests_by_key(succeeded=True)[lost.alert_id] == 1
    finally:
        stop_worker(worker)


def test_deliver_survives_a_kill_mid_delivery_nothing_lost_nothing_twice(broker, tmp_path, receiver, worker_env):
    subscriptions = str(subscriptions_file(tmp_path, receiver))
    (tmp_path / "first").mkdir()
    (tmp_path / "second").mkdir()
    worker = start_worker(broker, tmp_path / "first", subscriptions_path=subscriptions, **FAST_RETRIES)
    alerts = [alert(200 + n) for n in range(4)]
    try:
        send_alerts(broker.bootstrap_servers, alerts[:1])
        wait_until(lambda: delivered_once_each(receiver, [alerts[0].alert_id]), what="first delivery")
        receiver.respond_with(503, times=1000, headers={"Retry-After": "1"})
        send_alerts(broker.bootstrap_servers, alerts[1:])
        wait_until(lambda: any(r.status == 503 for r in receiver.requests), what="a failing attempt")
        worker.process.kill()  # mid-delivery: an alert is between retries, its offset not committed
        worker.process.wait(timeout=30)
    finally:
        stop_worker(worker)
    receiver.clear_faults()
    worker = start_worker(broker, tmp_path / "second", subscriptions_path=subscriptions, **FAST_RETRIES)
    try:
        keys = [a.alert_id for a in alerts]
        wait_until(lambda: delivered_once_each(receiver, keys), what="all delivered after restart", receiver=receiver)
        time.sleep(3)
        assert receiver.requests_by_key(succeeded=True) == {key: 1 for key in keys}
    finally:
        stop_worker(worker)


def test_deliver_to_subscriptions_added_changed_and_removed_at_runtime_without_a_restart(
    own_broker, tmp_path, receiver, worker_env
):
    broker = own_broker
    worker = start_worker(
        broker, tmp_path, subscriptions_path=str(subscriptions_file(tmp_path, receiver)), **FAST_RETRIES
    )
    runner, url = CliRunner(), ["--url", worker.base_url]
    try:
        secret = tmp_path / "logistics-url"
        secret.write_text(f"{receiver.url}/hooks/logistics")
        added = tmp_path / "logistics.yaml"
        added.write_text(
            "name: logistics\ncategories: [delivery]\nmin_severity: warning\n"
            f"channels: [{{type: slack, name: ops, url: {{file: {secret}}}}}]\n"
        )
        result = runner.invoke(cli, ["subscriptions", "add", str(added), *url])
        assert result.exit_code == 0, result.output
        listed = runner.invoke(cli, ["subscriptions", "list", *url]).output
        assert "logistics" in listed and "ops (slack)" in listed and "finance" in listed  # the seed stays

        send_alerts(broker.bootstrap_servers, [alert(300, "logistics")])
        wait_until(lambda: receiver.requests_by_key(succeeded=True)[alert(300, "logistics").alert_id] == 1)
        posted = [r for r in receiver.requests if r.path == "/hooks/logistics"]
        assert posted and "blocks" in posted[-1].json  # a Slack message

        stricter = tmp_path / "logistics-critical.json"
        stricter.write_text(
            json.dumps(
                {
                    "name": "logistics",
                    "categories": ["delivery"],
                    "min_severity": "critical",
                    "channels": [{"type": "slack", "name": "ops", "url": {"file": str(secret)}}],
                }
            )
        )
        changed = runner.invoke(cli, ["subscriptions", "add", str(stricter), *url])
        assert changed.exit_code == 0, changed.output
        warning = alert(303, "logistics").model_copy(update={"severity": Severity.warning})
        send_alerts(broker.bootstrap_servers, [warning, alert(304, "logistics")])
        wait_until(lambda: receiver.requests_by_key(succeeded=True)[alert(304, "logistics").alert_id] == 1)
        assert receiver.requests_by_key()[warning.alert_id] == 0  # below the new minimum: suppressed

        tested = runner.invoke(cli, ["subscriptions", "test", "logistics", *url])
        assert tested.exit_code == 0 and "ok (status 200)" in tested.output

        bad = tmp_path / "bad.yaml"
        bad.write_text("name: logistics\ncategories: [delivery]\nchannels: [{type: email, host: smtp, sender: x}]\n")
        refused = runner.invoke(cli, ["subscriptions", "add", str(bad), *url])
        assert refused.exit_code == 1 and "channels.0.email" in refused.output

        removed = runner.invoke(cli, ["subscriptions", "remove", "logistics", *url])
        assert removed.exit_code == 0, removed.output
        assert httpx.get(f"{worker.base_url}/subscriptions/logistics").status_code == 404
        before = len(receiver.requests)
        send_alerts(broker.bootstrap_servers, [alert(301, "logistics"), alert(302)])  # finance still gets its own
        wait_until(lambda: receiver.requests_by_key(succeeded=True)[alert(302).alert_id] == 1)
        assert [r.path for r in receiver.requests[before:]] == ["/hooks/finance"]
        changes = read_topic(broker.bootstrap_servers, "subscriptions", expected=3, settle=0)
        assert [(c["action"], c["department"], c["actor"]) for c in changes] == [
            ("put", "logistics", "cli"),
            ("put", "logistics", "cli"),
            ("remove", "logistics", "cli"),
        ]
        assert json.dumps(changes).count(str(secret)) == 2  # where the secret is, never the secret itself
        assert receiver.url not in json.dumps(changes)
    finally:
        stop_worker(worker)


def test_alertmanager_gets_the_firing_alert_from_the_worker_and_the_verified_fix_ends_it(own_broker, tmp_path):
    broker = own_broker
    with AlertmanagerProcess() as alertmanager:
        path = tmp_path / "subscriptions.yaml"
        path.write_text(
            "departments:\n  - name: finance\n    categories: [billing]\n"
            f"    channels: [{{type: alertmanager, url: '{alertmanager.url}'}}]\n"
        )
        worker = start_worker(broker, tmp_path, subscriptions_path=str(path), **FAST_RETRIES)
        try:
            firing = alert(400).model_copy(
                update={"issue_url": "http://127.0.0.1:6066/ui/issues/billing.double_charge"}
            )
            send_alerts(broker.bootstrap_servers, [firing])
            wait_until(lambda: alertmanager.alerts(), what="the alert in Alertmanager")
            [shown] = alertmanager.alerts()
            assert shown["labels"]["issue_id"] == "billing.double_charge"
            assert shown["labels"]["department"] == "finance"
            assert shown["annotations"]["alert_id"] == firing.alert_id
            resolved = firing.model_copy(
                update={
                    "alert_id": "verification:billing.double_charge:finance",
                    "status": AlertStatus.resolved,
                    "at": datetime.now(UTC),
                }
            )
            before = alertmanager.received_total("resolved")
            send_alerts(broker.bootstrap_servers, [resolved])
            wait_until(lambda: alertmanager.received_total("resolved") == before + 1, what="the resolve")
            wait_until(lambda: not alertmanager.alerts(), what="the alert ended")
        finally:
            stop_worker(worker)


def test_deliver_holds_non_critical_alerts_in_quiet_hours_and_sends_them_as_one_digest_after(
    broker, tmp_path, receiver, worker_env
):
    now = datetime.now(AMSTERDAM)
    end = (now + timedelta(minutes=2)).replace(second=0, microsecond=0)  # 60-120 s from now
    start = (now - timedelta(hours=1)).strftime("%H:%M")
    secret = tmp_path / "url"
    secret.write_text(f"{receiver.url}/quiet")
    path = tmp_path / "subscriptions.yaml"
    path.write_text(
        "departments:\n  - name: finance\n    categories: [billing]\n"
        f"    quiet_hours: {{start: '{start}', end: '{end:%H:%M}'}}\n"
        f"    channels: [{{type: webhook, url: {{file: {secret}}}}}]\n"
    )
    worker = start_worker(broker, tmp_path, subscriptions_path=str(path), **FAST_RETRIES)
    try:
        critical = alert(500)
        warnings = [
            alert(501).model_copy(update={"severity": Severity.warning}),
            alert(502).model_copy(update={"severity": Severity.info}),
        ]
        send_alerts(broker.bootstrap_servers, [*warnings, critical])
        wait_until(lambda: receiver.requests_by_key(succeeded=True)[critical.alert_id] == 1, what="critical at once")
        assert len(receiver.requests) == 1  # the other two wait for the end of quiet hours
        wait_until(lambda: len(receiver.requests) == 2, timeout=180, what="the digest after quiet hours")
        digest = receiver.requests[1]
        assert datetime.now(AMSTERDAM) >= end
        assert digest.header("Idempotency-Key").startswith("digest:finance:")
        assert sorted(a["alert_id"] for a in digest.json["alerts"]) == sorted(a.alert_id for a in warnings)
        log = read_topic(broker.bootstrap_servers, "deliveries", expected=5, settle=2)
        mine = [(d["alert_id"], d["outcome"]) for d in log if d["alert_id"] in {a.alert_id for a in warnings}]
        assert sorted(mine) == sorted([(a.alert_id, o) for a in warnings for o in ("held", "delivered")])
    finally:
        stop_worker(worker)
