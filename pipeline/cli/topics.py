"""`schema`, `topics` and `tail`: the contract and what is on the topics."""

from __future__ import annotations

import json

import typer

from pipeline.cli.common import BOOTSTRAP, bootstrap_or_exit, settings_or_exit
from topics.schemas import RECORD_TYPES


def schema(name: str = typer.Argument(..., help=f"One of: {', '.join(RECORD_TYPES)}.")) -> None:
    """Print the JSON Schema of a record type, for producers and consumers outside this repo."""
    if name not in RECORD_TYPES:
        raise typer.BadParameter(f"unknown record {name!r}; choose one of: {', '.join(RECORD_TYPES)}")
    typer.echo(json.dumps(RECORD_TYPES[name].model_json_schema(), indent=2))


def topics() -> None:
    """List every topic: name, partitions, retention, whether it may hold personal data."""
    from topics.catalog import core_topics

    settings = settings_or_exit()
    for spec in core_topics(settings.topic_partitions):
        retention = "forever" if spec.retention_ms < 0 else f"{spec.retention_ms // 86_400_000}d"
        retention += " compacted" if spec.compacted else ""
        tier = "raw tier (personal data)" if spec.personal_data else "redacted"
        typer.echo(f"{spec.name:32} {spec.partitions:3} partitions  {retention:>9}  {spec.record:20} {tier}")


def tail(
    topic: str,
    bootstrap_servers: str | None = BOOTSTRAP,
    idle_seconds: float = typer.Option(3.0, help="Stop after this long without new records."),
    follow: bool = typer.Option(False, "--follow", "-f", help="Keep printing new records until Ctrl-C."),
) -> None:
    """Print a topic's records from the beginning, one JSON per line (no consumer group, commits nothing)."""
    from kafka import KafkaConsumer, TopicPartition

    bootstrap_servers = bootstrap_or_exit(bootstrap_servers)
    timeout_ms = float("inf") if follow else int(idle_seconds * 1000)
    consumer = KafkaConsumer(
        bootstrap_servers=bootstrap_servers, consumer_timeout_ms=timeout_ms, enable_auto_commit=False
    )
    try:
        partitions = consumer.partitions_for_topic(topic)
        if not partitions:
            raise typer.BadParameter(f"topic {topic!r} does not exist")
        assigned = [TopicPartition(topic, partition) for partition in sorted(partitions)]
        consumer.assign(assigned)
        consumer.seek_to_beginning(*assigned)
        for message in consumer:
            typer.echo(message.value.decode("utf-8", errors="replace"))
    except KeyboardInterrupt:
        pass  # --follow ends with Ctrl-C
    finally:
        consumer.close()


def register(cli: typer.Typer) -> None:
    for command in (schema, topics, tail):
        cli.command()(command)
