"""Stand-ins for Faust topics and tables, so stage logic runs in unit tests without a broker."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime

from aiokafka.errors import MessageSizeTooLargeError

from pipeline.deps import Deps, build_services
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


class FakeWindowCount:
    def __init__(self, table: FakeWindowedTable, key: str) -> None:
        self.table, self.key = table, key

    def __iadd__(self, amount: int) -> FakeWindowCount:
        self.table.counts[self.key] += amount
        return self

    def value(self) -> int:
        return self.table.counts[self.key]


class FakeWindowedTable:
    """One window per category is enough for the stage's logic."""

    def __init__(self) -> None:
        self.counts: defaultdict[str, int] = defaultdict(int)

    def __getitem__(self, key: str) -> FakeWindowCount:
        return FakeWindowCount(self, key)

    def __setitem__(self, key: str, value: FakeWindowCount) -> None:
        pass  # `counts[key] += 1` stores the wrapper back, as Faust's windowed table does


async def records(*payloads: bytes):
    for payload in payloads:
        yield payload


def fake_deps(**settings: object) -> Deps:
    config = Settings(kafka_bootstrap_servers="127.0.0.1:9", **settings)
    services = build_services(config, clock=lambda: NOW)
    topics = StageTopics(
        raw=RecordingTopic("contacts.raw"),
        redacted=RecordingTopic("contacts.redacted"),
        classified=RecordingTopic("contacts.classified"),
        signals=RecordingTopic("signals"),
        deadletter=RecordingTopic("contacts.deadletter"),
        issue_events=RecordingTopic("issues.events"),
        notifications=RecordingTopic("agents.notifications"),
        alerts=RecordingTopic("alerts"),
        deliveries=RecordingTopic("deliveries"),
        delivery_deadletter=RecordingTopic("deliveries.deadletter"),
        subscriptions=RecordingTopic("subscriptions"),
    )
    return Deps(
        settings=config,
        services=services,
        topics=topics,
        dead_letters=DeadLetters(topics.deadletter, services.metrics, services.clock),
    )
