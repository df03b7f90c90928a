"""Every topic the pipeline uses, declared once: name, partitions, retention or compaction.

Alerts for every department share one topic keyed by department, so a department added at runtime
needs no new topic and its alerts stay in order.
"""

from __future__ import annotations

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
    compacted: bool = Field(default=False, description="Keep the latest record per key (cleanup.policy=compact).")

    def config(self) -> dict[str, str]:
        """Kafka topic-level configs for this spec."""
        return {"cleanup.policy": "compact" if self.compacted else "delete", "retention.ms": str(self.retention_ms)}


RAW = "contacts.raw"
REDACTED = "contacts.redacted"
CLASSIFIED = "contacts.classified"
SIGNALS = "signals"
COUNT_TICKS = "counts.ticks"
PARTITION_WINDOWS = "counts.partitions"
COUNTS = "counts"
DEADLETTER = "contacts.deadletter"
ISSUE_EVENTS = "issues.events"
NOTIFICATIONS = "agents.notifications"
ALERTS = "alerts"
DELIVERIES = "deliveries"
DELIVERY_DEADLETTER = "deliveries.deadletter"
SUBSCRIPTIONS = "subscriptions"
UNCERTAIN = "contacts.uncertain"
PROMOTIONS = "taxonomy.promotions"
DISMISSALS = "discovery.dismissals"
FOREVER = -1


def core_topics(partitions: int) -> list[TopicSpec]:
    """The fixed topics; `partitions` is the unit of parallelism (at most one worker per partition)."""
    return [
        TopicSpec(name=RAW, partitions=partitions, retention_ms=7 * DAY_MS, personal_data=True, record="contact"),
        TopicSpec(name=REDACTED, partitions=partitions, retention_ms=30 * DAY_MS, record="redacted-contact"),
        TopicSpec(name=CLASSIFIED, partitions=partitions, retention_ms=90 * DAY_MS, record="classified-contact"),
        TopicSpec(name=COUNT_TICKS, partitions=partitions, retention_ms=DAY_MS, record="count-tick"),
        TopicSpec(name=PARTITION_WINDOWS, partitions=1, retention_ms=30 * DAY_MS, record="partition-windows"),
        TopicSpec(name=COUNTS, partitions=1, retention_ms=365 * DAY_MS, record="center-window"),
        TopicSpec(name=SIGNALS, partitions=partitions, retention_ms=365 * DAY_MS, record="signal"),
        TopicSpec(
            name=DEADLETTER, partitions=partitions, retention_ms=7 * DAY_MS, personal_data=True, record="dead-letter"
        ),
        TopicSpec(name=ISSUE_EVENTS, partitions=partitions, retention_ms=FOREVER, record="issue-event"),
        TopicSpec(name=NOTIFICATIONS, partitions=partitions, retention_ms=365 * DAY_MS, record="agent-notification"),
        TopicSpec(name=ALERTS, partitions=partitions, retention_ms=365 * DAY_MS, record="alert"),
        TopicSpec(name=DELIVERIES, partitions=partitions, retention_ms=365 * DAY_MS, record="delivery"),
        TopicSpec(
            name=DELIVERY_DEADLETTER, partitions=partitions, retention_ms=30 * DAY_MS, record="delivery-dead-letter"
        ),
        TopicSpec(name=SUBSCRIPTIONS, partitions=1, retention_ms=FOREVER, compacted=True, record="subscription-change"),
        # discovery needs every contact the classifier is unsure about in one place: one partition, only those
        TopicSpec(name=UNCERTAIN, partitions=1, retention_ms=30 * DAY_MS, record="classified-contact"),
        TopicSpec(name=PROMOTIONS, partitions=1, retention_ms=FOREVER, compacted=True, record="promotion"),
        TopicSpec(name=DISMISSALS, partitions=1, retention_ms=FOREVER, compacted=True, record="dismissal"),
    ]
