"""`feedback-loop`: run the worker, replay the demo, ingest files, print schemas, tail topics (Typer)."""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from nlp.config_file import ConfigError
from pipeline.settings import PACKAGE_DATA, Settings, load_settings
from topics.records import RECORD_TYPES

if TYPE_CHECKING:
    from pipeline.app import FeedbackLoop

SAMPLE_CONTACTS = PACKAGE_DATA / "sample_contacts.jsonl"
EMBEDDED_SESSION_TIMEOUT_SECONDS = 6.0  # the embedded broker finishes a group join after ~half the session timeout

cli = typer.Typer(help="Feedback Loop: customer contacts in, departmental signals out.", no_args_is_help=True)


@contextlib.contextmanager
def _exit_on_config_error() -> Iterator[None]:
    """Config errors end the command with their message (file, key, problem) and exit code 2."""
    try:
        yield
    except ConfigError as error:
        typer.echo(f"Configuration error: {error}", err=True)
        raise typer.Exit(code=2) from error


def _settings() -> Settings:
    with _exit_on_config_error():
        return load_settings()


@contextlib.contextmanager
def _broker(settings: Settings) -> Iterator[Settings]:
    """Yield settings pointing at a broker: the configured cluster, or an embedded one for the duration."""
    if settings.kafka_bootstrap_servers:
        yield settings
        return
    from pipeline.broker import EmbeddedBroker

    with EmbeddedBroker() as broker:
        typer.echo(
            f"Started the embedded broker on {broker.bootstrap_servers} (in memory: nothing is kept across restarts; "
            "set KAFKA_BOOTSTRAP_SERVERS for a real cluster).",
            err=True,
        )
        update: dict[str, object] = {"kafka_bootstrap_servers": broker.bootstrap_servers}
        if "consumer_session_timeout_seconds" not in settings.model_fields_set:
            update["consumer_session_timeout_seconds"] = EMBEDDED_SESSION_TIMEOUT_SECONDS
        yield settings.model_copy(update=update)


def _run_worker(settings: Settings, replay: Path | None = None) -> None:
    import faust

    from pipeline.app import FeedbackLoop  # noqa: F811 (imported here: faust is slow to import)
    from pipeline.topic_admin import ensure_topics

    with _exit_on_config_error():
        feedback_loop = FeedbackLoop(settings)
    assert settings.kafka_bootstrap_servers
    ensure_topics(settings.kafka_bootstrap_servers, feedback_loop.topic_specs(), settings.topic_replication_factor)
    _announce_on_start(feedback_loop, replay)
    worker = faust.Worker(feedback_loop.app, loglevel=settings.log_level, redirect_stdouts=False)
    worker.execute_from_commandline()


def _announce_on_start(feedback_loop: FeedbackLoop, replay: Path | None) -> None:
    """Once the worker is up: replay the sample (demo) through the HTTP ingestion path, say where to look."""
    settings = feedback_loop.settings

    @feedback_loop.app.task
    async def announce() -> None:
        lines = []
        if replay is not None:
            result = await feedback_loop.accept_batch(replay.read_text(encoding="utf-8"), source=f"demo:{replay.name}")
            lines.append(
                f"Demo: replayed {replay.name}: {result['accepted']} accepted, {result['rejected']} rejected "
                "(see topic contacts.deadletter)."
            )
        base = f"http://{settings.web_host}:{settings.web_port}"
        departments = ", ".join(sorted(department.topic.name for department in feedback_loop.subscriptions.departments))
        lines += [
            f"  Alerts:   feedback-loop tail alerts.finance --bootstrap-servers {settings.kafka_bootstrap_servers}",
            f"            (department topics: {departments})",
            f"  Metrics:  curl {base}/metrics",
            f"  Ingest:   curl -X POST --data-binary @contacts.jsonl {base}/contacts",
            "  Stop with Ctrl-C.",
        ]
        typer.echo("\n".join(lines), err=True)


@cli.command()
def run() -> None:
    """Run the worker (embedded broker unless KAFKA_BOOTSTRAP_SERVERS is set), HTTP ingestion and /metrics."""
    with _broker(_settings()) as settings:
        _run_worker(settings)


@cli.command()
def demo(sample: Path = typer.Option(SAMPLE_CONTACTS, help="JSONL contacts to replay.")) -> None:
    """Like `run`, and replay a bundled sample of contacts so alerts appear within seconds."""
    with _broker(_settings()) as settings:
        _run_worker(settings, replay=sample)


@cli.command()
def ingest(
    source: str = typer.Argument(..., help="JSONL or CSV file, or '-' for JSONL on stdin."),
    csv_format: bool | None = typer.Option(None, "--csv/--jsonl", help="Format; default: by file extension."),
    bootstrap_servers: str | None = typer.Option(None, envvar="KAFKA_BOOTSTRAP_SERVERS"),
    progress: bool = typer.Option(True, help="Show a progress bar on stderr."),
) -> None:
    """Send contacts to the raw topic; invalid lines are reported and dead-lettered."""
    from pipeline.ingestion import IngestError
    from pipeline.ingestion import ingest as ingest_file

    if not bootstrap_servers:
        raise typer.BadParameter("set --bootstrap-servers or KAFKA_BOOTSTRAP_SERVERS (the broker `run` printed)")
    if source != "-" and not Path(source).is_file():
        raise typer.BadParameter(f"{source}: no such file")
    try:
        report = ingest_file(bootstrap_servers, source, csv_format=csv_format, progress=progress)
    except IngestError as error:
        typer.echo(f"Ingest error: {error}", err=True)
        raise typer.Exit(code=2) from error
    typer.echo(json.dumps({"accepted": report.accepted, "rejected": report.rejected}))
    if report.rejected:
        raise typer.Exit(code=1)


@cli.command()
def schema(name: str = typer.Argument(..., help=f"One of: {', '.join(RECORD_TYPES)}.")) -> None:
    """Print the JSON Schema of a record type, for producers and consumers outside this repo."""
    if name not in RECORD_TYPES:
        raise typer.BadParameter(f"unknown record {name!r}; choose one of: {', '.join(RECORD_TYPES)}")
    typer.echo(json.dumps(RECORD_TYPES[name].model_json_schema(), indent=2))


@cli.command()
def topics() -> None:
    """List every topic: name, partitions, retention, whether it may hold personal data."""
    from nlp.taxonomy import load_taxonomy
    from pipeline.subscriptions import load_subscriptions
    from topics.catalog import core_topics

    settings = _settings()
    with _exit_on_config_error():
        names = load_taxonomy(settings.taxonomy_path).names()
        departments = load_subscriptions(settings.subscriptions_path, names).departments
    for spec in [*core_topics(settings.topic_partitions), *(d.topic for d in departments)]:
        retention = f"{spec.retention_ms // 86_400_000}d"
        tier = "raw tier (personal data)" if spec.personal_data else "redacted"
        typer.echo(f"{spec.name:32} {spec.partitions:3} partitions  {retention:>9}  {spec.record:20} {tier}")


@cli.command()
def tail(
    topic: str,
    bootstrap_servers: str | None = typer.Option(None, envvar="KAFKA_BOOTSTRAP_SERVERS"),
    idle_seconds: float = typer.Option(3.0, help="Stop after this long without new records."),
) -> None:
    """Print a topic's records from the beginning, one JSON per line (no consumer group, commits nothing)."""
    from kafka import KafkaConsumer, TopicPartition

    if not bootstrap_servers:
        raise typer.BadParameter("set --bootstrap-servers or KAFKA_BOOTSTRAP_SERVERS")
    consumer = KafkaConsumer(
        bootstrap_servers=bootstrap_servers, consumer_timeout_ms=int(idle_seconds * 1000), enable_auto_commit=False
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
    finally:
        consumer.close()


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    cli()


if __name__ == "__main__":
    main()
