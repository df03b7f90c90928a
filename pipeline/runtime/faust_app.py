"""The Faust app a worker runs, configured from Settings: broker, web server, consumer-group timing."""

from __future__ import annotations

import faust

from pipeline.settings import Settings


def faust_app(settings: Settings) -> faust.App:
    """In-memory tables (rebuilt from their changelogs), acks from all replicas, short producer linger."""
    return faust.App(
        settings.app_id,
        broker=settings.broker_url(),
        store="memory://",
        datadir=str(settings.data_dir),
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=settings.topic_replication_factor,
        web_host=settings.web_host,
        web_port=settings.web_port,
        web_in_thread=False,
        producer_acks=-1,
        producer_linger=0.01,
        broker_session_timeout=settings.consumer_session_timeout_seconds,
        broker_rebalance_timeout=settings.consumer_session_timeout_seconds,
        broker_heartbeat_interval=min(3.0, settings.consumer_session_timeout_seconds / 5),
        consumer_auto_offset_reset="earliest",
    )
