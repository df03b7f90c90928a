"""Prometheus Alertmanager: one Alertmanager alert per Alert, posted to `<url>/api/v2/alerts`.

Labels identify the issue for the department (alertname, issue_id, label, category, department) and never
change between firing and resolved, so Alertmanager's fingerprint matches and the resolve ends the alert it
fired; reposting is harmless (the fingerprint is the idempotency). Severity can rise while an issue is open,
so it is an annotation, not a label.

Alertmanager ends an alert by its `endsAt`. Without one it sets now + `resolve_timeout` (default 5 min), so a
firing alert, which we send once rather than re-send like Prometheus does, gets an explicit `endsAt` of
`FIRING_HOLD` after it: it stays active until the fix is verified (resolved: `endsAt` = the verification time)
or the hold runs out. A test alert ends after `TEST_HOLD`. Resolved alerts vanish from `GET /api/v2/alerts`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import httpx

import pipeline.deliver.channels.render as render
from pipeline.deliver.channels.transport import encode, is_http_url, post
from topics.alerts import Alert, AlertStatus
from topics.subscriptions import AlertmanagerChannel

ALERTNAME = "FeedbackLoopIssue"
FIRING_HOLD = timedelta(days=7)
TEST_HOLD = timedelta(minutes=10)


def _timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def labels(alert: Alert) -> dict[str, str]:
    """What identifies the alert in Alertmanager: the same for every change of one issue for one department."""
    return {
        "alertname": ALERTNAME,
        "issue_id": alert.issue_id,
        "label": alert.label,
        "category": alert.category,
        "department": alert.department,
    }


def am_alert(alert: Alert, now: datetime | None = None) -> dict:
    """The Alertmanager v2 `postableAlert` for one Alert."""
    starts = min(alert.since, alert.at)
    if alert.status == AlertStatus.resolved:
        ends = max(alert.at, starts)  # Alertmanager refuses an end before the start (HTTP 400)
    else:
        ends = max(alert.at, now or datetime.now(UTC)) + (TEST_HOLD if render.is_test(alert) else FIRING_HOLD)
    posted = {
        "labels": labels(alert),
        "annotations": {
            "summary": render.title(alert),
            "description": "\n".join(render.lines(alert)),
            "drivers": ", ".join(alert.drivers),
            "issue_url": alert.issue_url,
            "severity": str(alert.severity),
            "alert_id": alert.alert_id,
        },
        "startsAt": _timestamp(starts),
        "endsAt": _timestamp(ends),
    }
    if is_http_url(alert.issue_url):  # Alertmanager refuses the whole post (422) for a generatorURL it cannot parse
        posted["generatorURL"] = alert.issue_url
    return posted


def payload(alerts: Sequence[Alert], now: datetime | None = None) -> list[dict]:
    """A digest is no special case here: every Alert is its own Alertmanager alert."""
    render.heading(alerts)  # refuses an empty list
    return [am_alert(alert, now) for alert in alerts]


def alerts_url(config: AlertmanagerChannel) -> str:
    return str(config.url).rstrip("/") + "/api/v2/alerts"


class AlertmanagerNotifier:
    def __init__(self, config: AlertmanagerChannel, http: httpx.AsyncClient) -> None:
        self.config = config
        self.http = http

    async def send(self, alerts: Sequence[Alert], key: str) -> int:
        body = encode(payload(alerts))
        return await post(
            self.http, alerts_url(self.config), body, config=self.config, headers={"Idempotency-Key": key}
        )
