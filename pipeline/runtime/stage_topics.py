"""The Faust handles of every topic, declared once per app so every room sends to the same objects.

All topics carry raw bytes: records are JSON of the `topics.records` models, parsed by the stages
themselves, so a malformed record reaches a stage (and the dead-letter topic) instead of failing
inside Faust's deserialiser.
"""

from __future__ import annotations

from dataclasses import dataclass

import faust

from topics import catalog


@dataclass(frozen=True)
class StageTopics:
    raw: faust.TopicT
    redacted: faust.TopicT
    classified: faust.TopicT
    count_ticks: faust.TopicT
    partition_windows: faust.TopicT
    counts: faust.TopicT
    signals: faust.TopicT
    deadletter: faust.TopicT
    issue_events: faust.TopicT
    notifications: faust.TopicT
    alerts: faust.TopicT
    deliveries: faust.TopicT
    delivery_deadletter: faust.TopicT
    subscriptions: faust.TopicT
    uncertain: faust.TopicT
    promotions: faust.TopicT
    dismissals: faust.TopicT


def declare_topics(app: faust.App) -> StageTopics:

    def topic(name: str) -> faust.TopicT:
        return app.topic(name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw")

    return StageTopics(
        raw=topic(catalog.RAW),
        redacted=topic(catalog.REDACTED),
        classified=topic(catalog.CLASSIFIED),
        count_ticks=topic(catalog.COUNT_TICKS),
        partition_windows=topic(catalog.PARTITION_WINDOWS),
        counts=topic(catalog.COUNTS),
        signals=topic(catalog.SIGNALS),
        deadletter=topic(catalog.DEADLETTER),
        issue_events=topic(catalog.ISSUE_EVENTS),
        notifications=topic(catalog.NOTIFICATIONS),
        alerts=topic(catalog.ALERTS),
        deliveries=topic(catalog.DELIVERIES),
        delivery_deadletter=topic(catalog.DELIVERY_DEADLETTER),
        subscriptions=topic(catalog.SUBSCRIPTIONS),
        uncertain=topic(catalog.UNCERTAIN),
        promotions=topic(catalog.PROMOTIONS),
        dismissals=topic(catalog.DISMISSALS),
    )
