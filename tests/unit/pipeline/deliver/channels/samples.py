"""Sample alerts as the router makes them: one firing on a threshold signal, one resolved by a verified fix."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from topics.alerts import Alert, AlertStatus, Severity
from topics.issues import Verification
from topics.records import Signal, SignalKind

AT = datetime(2026, 7, 14, 9, 35, tzinfo=UTC)  # 11:35 CEST


def firing_alert(**changes: object) -> Alert:
    signal = Signal(
        signal_id="threshold:billing.double_charge:2026-07-14T09:30",
        kind=SignalKind.threshold,
        label="billing.double_charge",
        category="billing",
        window_start=AT - timedelta(minutes=5),
        window_end=AT,
        count=42,
        threshold=10,
        detected_at=AT,
    )
    fields = {
        "alert_id": "evt-1:finance",
        "department": "finance",
        "severity": Severity.critical,
        "issue_id": "iss-1",
        "label": "billing.double_charge",
        "category": "billing",
        "name": "Double charges",
        "owners": ["finance"],
        "observed": 42,
        "expected": 10,
        "since": AT - timedelta(hours=2),
        "at": AT,
        "drivers": ["dubbel afgeschreven", "charged twice"],
        "issue_url": "https://feedback-loop.example/issues/iss-1",
        "summary": "42 contacts about double charges in 5 minutes (threshold 10)",
        "signal": signal,
    }
    return Alert(**{**fields, **changes})


def resolved_alert(**changes: object) -> Alert:
    verification = Verification(
        drop_percent=63.2,
        ci_low_percent=48.0,
        ci_high_percent=77.5,
        contacts_avoided_per_week=230.4,
        observed=12,
        expected=32.6,
        observation_hours=168,
    )
    fields = {
        "alert_id": "evt-9:finance",
        "status": AlertStatus.resolved,
        "severity": Severity.info,
        "at": AT + timedelta(days=10),
        "observed": None,
        "expected": None,
        "signal": None,
        "summary": "The fix for double charges is verified: contacts dropped 63 %",
        "verification": verification,
    }
    return firing_alert(**{**fields, **changes})
