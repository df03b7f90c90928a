"""Stand-ins for Faust topics and tables, so stage logic runs in unit tests without a broker."""

from __future__ import annotations

from datetime import UTC, datetime

from aiokafka.errors import MessageSizeTooLargeError

from pipeline.deps import Deps, build_services
from pipeline.runtime.batch import produce_batch
from pipeline.runtime.stage import DeadLetters
from pipeline.runtime.stage_topics import StageTopics
from pipeline.settings import Settings

NOW = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)
BROKER_LIMIT = 1_000_000  # aiokafka's default max_request_size


class RecordingTopic:
    """Keeps what is sent; refuses records over the broker's limit as aiokafka does."""

    def __init__(self, name: str) -> None:
        self.name, self.sent = name, []

    async def send(self, key: bytes | None, value: bytes) -> None:
        if len(value) > BROKER_LIMIT:
            raise MessageSizeTooLargeError(f"{len(value)} bytes")
        self.sent.append((key, value))


async def no_flush() -> None:
    """What a producer flush is for stages whose topics record synchronously."""


async def records(*payloads: bytes):
    for payload in payloads:
        yield payload


async def run_batches(stage, dead_letters, *payloads: bytes, size: int = 64) -> None:
    """A batch stage over `payloads`, `size` at a time, as Faust's `take` would hand them over."""
    for start in range(0, len(payloads), size):
        await produce_batch(payloads[start : start + size], stage, dead_letters)


def fake_deps(**settings: object) -> Deps:
    config = Settings(kafka_bootstrap_servers="127.0.0.1:9", pseudonym_key="unit-tests-pseudonym-key", **settings)
    services = build_services(config, clock=lambda: NOW)
    topics = StageTopics(
        raw=RecordingTopic("contacts.raw"),
        redacted=RecordingTopic("contacts.redacted"),
        classified=RecordingTopic("contacts.classified"),
        count_ticks=RecordingTopic("counts.ticks"),
        partition_windows=RecordingTopic("counts.partitions"),
        counts=RecordingTopic("counts"),
        signals=RecordingTopic("signals"),
        deadletter=RecordingTopic("contacts.deadletter"),
        issue_events=RecordingTopic("issues.events"),
        notifications=RecordingTopic("agents.notifications"),
        alerts=RecordingTopic("alerts"),
        deliveries=RecordingTopic("deliveries"),
        delivery_deadletter=RecordingTopic("deliveries.deadletter"),
        subscriptions=RecordingTopic("subscriptions"),
        uncertain=RecordingTopic("contacts.uncertain"),
        promotions=RecordingTopic("taxonomy.promotions"),
        dismissals=RecordingTopic("discovery.dismissals"),
    )
    return Deps(
        settings=config,
        services=services,
        topics=topics,
        dead_letters=DeadLetters(topics.deadletter, services.metrics, services.clock),
    )
