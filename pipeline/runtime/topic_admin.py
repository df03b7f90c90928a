"""Create the declared topics before the worker starts (kafka-python admin; idempotent)."""

from __future__ import annotations

from kafka import KafkaAdminClient
from kafka.admin import NewTopic
from kafka.errors import TopicAlreadyExistsError

from topics.catalog import TopicSpec


def ensure_topics(bootstrap_servers: str, specs: list[TopicSpec], replication_factor: int = 1) -> list[str]:
    """Create whichever of `specs` do not exist yet; return the names created."""
    admin = KafkaAdminClient(bootstrap_servers=bootstrap_servers, client_id="feedback-loop-admin")
    try:
        existing = set(admin.list_topics())
        missing = [spec for spec in specs if spec.name not in existing]
        for spec in missing:
            topic = NewTopic(spec.name, spec.partitions, replication_factor, topic_configs=spec.config())
            try:
                admin.create_topics([topic])
            except TopicAlreadyExistsError:
                pass  # another worker won the race
        return [spec.name for spec in missing]
    finally:
        admin.close()
