"""Records of alerting and delivery: what a department is told, and what happened when we told it.

`alerts` holds one record per (issue change, subscribed department), keyed by department; `deliveries`
is the delivery log: one record per attempt and outcome, keyed by department, read back on start so a
restart never sends a delivered alert again; `deliveries.deadletter` holds what failed after its retries.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import AwareDatetime, Field

from topics.issues import Verification
from topics.records import Severity, Signal, _Record

__all__ = ["Severity", "Alert", "AlertStatus", "Delivery", "DeliveryDeadLetter", "DeliveryOutcome", "DigestRelease"]


class AlertStatus(StrEnum):
    firing = "firing"  # something is happening: act on it
    resolved = "resolved"  # its fix was verified by the drop in contacts


class Alert(_Record):
    """One issue change told to one subscribed department; everything a person needs to act, no personal data."""

    alert_id: str = Field(description="Event id + department: unique per department; the idempotency key.")
    department: str
    status: AlertStatus = AlertStatus.firing
    severity: Severity = Severity.warning
    issue_id: str
    label: str
    category: str
    name: str = Field(description="The label in words.")
    owners: list[str] = Field(default_factory=list, description="Departments that own the label.")
    observed: int | None = Field(default=None, ge=0, description="Contacts in the window that raised it.")
    expected: float | None = Field(
        default=None, ge=0, description="What the baseline expected (or the threshold while it is cold)."
    )
    since: AwareDatetime = Field(description="When the issue was first seen.")
    at: AwareDatetime = Field(description="When this change happened (event time).")
    drivers: list[str] = Field(default_factory=list, max_length=10, description="Top driving terms.")
    issue_url: str = Field(description="The issue's page in the web UI.")
    summary: str = Field(description="One line a person can act on.")
    signal: Signal | None = None
    verification: Verification | None = None
    redrive: int = Field(default=0, ge=0, description="0 for the first delivery; n for the n-th re-drive.")


class DeliveryOutcome(StrEnum):
    delivered = "delivered"
    retrying = "retrying"  # an attempt failed with a retryable error; another follows
    dead_lettered = "dead_lettered"  # failed for good (not retryable, or retry budget spent)
    suppressed = "suppressed"  # below the department's minimum severity, or within its cooldown
    held = "held"  # quiet hours or daily digest: sent later, in a digest


class Delivery(_Record):
    """One line of the delivery log: an attempt to send an alert through one channel, and its outcome."""

    delivery_key: str = Field(description="alert_id + channel name: what 'sent once' is counted by.")
    alert_id: str
    department: str
    channel: str = Field(description="The channel's name in the subscription.")
    channel_type: str
    outcome: DeliveryOutcome
    attempt: int = Field(ge=0)
    redrive: int = Field(default=0, ge=0)
    reason: str = Field(default="", description="Why it failed or was suppressed; never a secret.")
    status_code: int | None = None
    latency_seconds: float | None = Field(default=None, ge=0)
    at: AwareDatetime


class DeliveryDeadLetter(_Record):
    """An alert a channel still refused after its retry budget; `feedback-loop deliveries redrive` sends it again."""

    delivery_key: str
    channel: str
    reason: str
    attempts: int = Field(ge=0)
    failed_at: AwareDatetime
    alert: Alert


class DigestRelease(_Record):
    """On `alerts`, keyed by department: its held alerts (quiet hours, daily digest) may be due; check now."""

    release: str = Field(description="The department.")
    at: AwareDatetime
