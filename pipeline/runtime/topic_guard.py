"""Topics the broker lost come back: a broker restarted without its data (the embedded one keeps nothing)
would otherwise leave the worker sending into topics that no longer exist.

Every `topic_check_seconds` the worker lists the broker's topics (kafka-python admin, in a thread) and
creates again whichever of its own are missing: the catalogue's topics with their configs, and Faust's
internal ones (table changelogs, `group_by` repartition topics) as Faust declares them. A broker that
does not answer is skipped until the next check (readiness reports it).

The worker's tables still describe records (and offsets) the broker no longer has, so the log says to
restart the workers; a new worker then starts clean on the re-created topics.
"""

from __future__ import annotations

import asyncio
import logging

import faust
from kafka import KafkaAdminClient
from kafka.errors import KafkaError

from pipeline.deps import Deps
from pipeline.runtime.topic_admin import ensure_topics
from topics.catalog import TopicSpec

log = logging.getLogger(__name__)


def faust_topics(app: faust.App) -> dict[str, faust.TopicT]:
    """Every topic Faust reads or writes for this app: agents' sources, repartition topics, changelogs."""
    found: dict[str, faust.TopicT] = {}
    for channel in app.topics:
        for name in getattr(channel, "topics", ()):
            found[name] = channel
    for table in app.tables.values():
        found[table.changelog_topic.get_topic_name()] = table.changelog_topic
    return found


def _existing(bootstrap_servers: str) -> set[str]:
    admin = KafkaAdminClient(
        bootstrap_servers=bootstrap_servers,
        client_id="feedback-loop-topic-guard",
        request_timeout_ms=5000,
        bootstrap_timeout_ms=5000,
    )
    try:
        return set(admin.list_topics())
    finally:
        admin.close()


async def recreate_missing(app: faust.App, deps: Deps, specs: list[TopicSpec]) -> list[str]:
    """Create again the topics of `specs` and Faust's own that the broker does not have; their names."""
    settings, loop = deps.settings, asyncio.get_running_loop()
    bootstrap = settings.kafka_bootstrap_servers or ""
    try:
        existing = await loop.run_in_executor(None, _existing, bootstrap)
    except KafkaError:
        return []  # the broker is away: nothing to compare with yet
    ours = {spec.name for spec in specs}
    missing_specs = [spec for spec in specs if spec.name not in existing]
    missing_faust = {name: topic for name, topic in faust_topics(app).items() if name not in existing | ours}
    missing = sorted([spec.name for spec in missing_specs] + list(missing_faust))
    if not missing:
        return []
    log.error(
        "topics missing on the broker (restarted without its data?), creating them again: %s. The worker's "
        "state refers to records the broker no longer has: restart the workers.",
        missing,
    )
    if missing_specs:
        await loop.run_in_executor(None, ensure_topics, bootstrap, missing_specs, settings.topic_replication_factor)
    for topic in {id(topic): topic for topic in missing_faust.values()}.values():
        await topic.declare()
    return missing


def register(app: faust.App, deps: Deps, specs: list[TopicSpec]) -> None:
    @app.timer(interval=deps.settings.topic_check_seconds, name="recreate_missing_topics")
    async def recreate_missing_topics() -> None:
        await recreate_missing(app, deps, specs)
