"""Every topic the pipeline uses, declared once: name, partitions, retention or compaction.

Department alert topics are derived from the subscriptions file (`alerts.<department>`), so a
new department needs no code change.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field

DAY_MS = 24 * 60 * 60 * 1000


class TopicSpec(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    partitions: int = Field(ge=1)
    retention_ms: int = Field(ge=-1, description="-1 keeps records forever (the audit trail).")
    personal_data: bool = Field(
        default=False, description="Raw tier: may hold unredacted personal data; restrict access."
    )
    record: str = Field(description="Name of the record type (see `feedback-loop schema`).")

    def config(self) -> dict[str, str]:
        """Kafka topic-level configs for this spec."""
        return {"cleanup.policy": "delete", "retention.ms": str(self.retention_ms)}


RAW = "contacts.raw"
REDACTED = "contacts.redacted"
CLASSIFIED = "contacts.classified"
SIGNALS = "signals"
DEADLETTER = "contacts.deadletter"
ISSUE_EVENTS = "issues.events"
NOTIFICATIONS = "agents.notifications"
FOREVER = -1


def core_topics(partitions: int) -> list[TopicSpec]:
    """The fixed topics; `partitions` is the unit of parallelism (at most one worker per partition)."""
    return [
        TopicSpec(name=RAW, partitions=partitions, retention_ms=7 * DAY_MS, personal_data=True, record="contact"),
        TopicSpec(name=REDACTED, partitions=partitions, retention_ms=30 * DAY_MS, record="redacted-contact"),
        TopicSpec(name=CLASSIFIED, partitions=partitions, retention_ms=90 * DAY_MS, record="classified-contact"),
        TopicSpec(name=SIGNALS, partitions=partitions, retention_ms=365 * DAY_MS, record="signal"),
        TopicSpec(
            name=DEADLETTER, partitions=partitions, retention_ms=7 * DAY_MS, personal_data=True, record="dead-letter"
        ),
        TopicSpec(name=ISSUE_EVENTS, partitions=partitions, retention_ms=FOREVER, record="issue-event"),
        TopicSpec(name=NOTIFICATIONS, partitions=partitions, retention_ms=365 * DAY_MS, record="agent-notification"),
    ]


_DEPARTMENT = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")


def alert_topic(department: str) -> TopicSpec:
    """The topic a department consumes its alerts from."""
    if not _DEPARTMENT.match(department):
        raise ValueError(f"department name {department!r} must be lowercase letters, digits, '-' or '_'")
    return TopicSpec(name=f"alerts.{department}", partitions=1, retention_ms=365 * DAY_MS, record="alert")
