"""A real Alertmanager: our alert shows with our labels and annotations, and the resolve ends it.

Alertmanager's API lists only alerts that have not ended, so the end is seen three ways: the alert leaves
`GET /api/v2/alerts`, Alertmanager counts a resolved alert received, and it notifies its own webhook
receiver (send_resolved) that the alert with our labels is resolved.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from pipeline.deliver.channels import render
from pipeline.deliver.channels.alertmanager import labels
from pipeline.testing_receivers import AlertmanagerProcess, RecordingHTTPServer
from topics.alerts import Alert
from topics.subscriptions import AlertmanagerChannel

from .support import alerts_now, send, wait_until


@pytest.fixture(scope="module")
def alertmanager():
    with RecordingHTTPServer() as hook, AlertmanagerProcess(webhook_url=f"{hook.url}/alertmanager") as process:
        process.hook = hook
        yield process


@pytest.fixture
def config(alertmanager) -> AlertmanagerChannel:
    return AlertmanagerChannel(name="am", url=alertmanager.url)


def parse(timestamp: str) -> datetime:
    return datetime.fromisoformat(timestamp.replace("Z", "+00:00"))


def own_issue(*alerts: Alert) -> list[Alert]:
    """The alerts about an issue of their own, so the tests sharing one Alertmanager do not see each other's."""
    issue_id = f"iss-{uuid.uuid4().hex[:8]}"
    return [alert.model_copy(update={"issue_id": issue_id}) for alert in alerts]


def shown(alertmanager: AlertmanagerProcess, alert: Alert) -> list[dict]:
    return alertmanager.alerts(filter=f'issue_id="{alert.issue_id}"')


def notified(hook: RecordingHTTPServer, status: str, issue_labels: dict) -> list[dict]:
    return [
        alert
        for request in hook.requests
        if isinstance(request.json, dict)
        for alert in request.json.get("alerts", [])
        if alert["status"] == status and alert["labels"] == issue_labels
    ]


def test_a_firing_alert_shows_with_our_labels_and_annotations_and_a_resolve_ends_it(alertmanager, config):
    firing, resolved = own_issue(*alerts_now())
    resolved_before = alertmanager.received_total("resolved")
    assert send(config, [firing]) == 200
    assert send(config, [firing]) == 200  # a repeat: the same fingerprint, still one alert

    (active,) = shown(alertmanager, firing)
    assert active["labels"] == labels(firing)
    assert active["annotations"]["summary"] == render.title(firing)
    assert active["annotations"]["severity"] == "critical"
    assert active["annotations"]["alert_id"] == firing.alert_id
    assert active["annotations"]["issue_url"] == active["generatorURL"] == firing.issue_url
    assert active["annotations"]["drivers"] == "dubbel afgeschreven, charged twice"
    assert active["status"]["state"] == "active"
    assert parse(active["startsAt"]) == firing.since
    assert parse(active["endsAt"]) > datetime.now(UTC) + timedelta(days=6)  # held until resolved, not 5 minutes
    wait_until(lambda: notified(alertmanager.hook, "firing", labels(firing)), what="a firing notification")

    assert send(config, [resolved]) == 200
    wait_until(lambda: shown(alertmanager, firing) == [], what="the alert leaving the active list")
    assert alertmanager.received_total("resolved") == resolved_before + 1
    (ended,) = wait_until(
        lambda: notified(alertmanager.hook, "resolved", labels(firing)), what="a resolved notification"
    )
    assert parse(ended["endsAt"]) == resolved.at
    assert parse(ended["startsAt"]) == firing.since


def test_a_digest_posts_each_alert_on_its_own(alertmanager, config):
    (firing,) = own_issue(alerts_now()[0])
    other = firing.model_copy(update={"alert_id": f"{firing.alert_id}:logistics", "department": "logistics"})
    assert send(config, [firing, other], key="digest:1") == 200
    assert sorted(alert["labels"]["department"] for alert in shown(alertmanager, firing)) == ["finance", "logistics"]


def test_an_issue_url_alertmanager_cannot_parse_is_kept_as_annotation_only(alertmanager, config):
    (firing,) = own_issue(alerts_now()[0].model_copy(update={"issue_url": "ui/issues/iss-1"}))
    assert send(config, [firing]) == 200
    (active,) = shown(alertmanager, firing)
    assert active["annotations"]["issue_url"] == "ui/issues/iss-1" and not active.get("generatorURL")
