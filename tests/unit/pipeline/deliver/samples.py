"""One alert as the delivery tests need it: only what a test changes is spelled out there."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from topics.alerts import Alert, Severity

AT = datetime(2026, 7, 14, 9, 35, tzinfo=UTC)  # 11:35 CEST


def sample_alert(alert_id: str = "evt-1:finance", at: datetime = AT, **changes: object) -> Alert:
    fields: dict[str, object] = {
        "alert_id": alert_id,
        "department": "finance",
        "severity": Severity.warning,
        "issue_id": "iss-1",
        "label": "billing.double_charge",
        "category": "billing",
        "name": "Double charges",
        "since": at - timedelta(hours=2),
        "at": at,
        "issue_url": "https://feedback-loop.example/issues/iss-1",
        "summary": "42 contacts about double charges in 5 minutes",
    }
    return Alert(**{**fields, **changes})
