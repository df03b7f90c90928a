"""`run` and `demo`: the worker on the configured or the embedded broker."""

from __future__ import annotations

from pathlib import Path

import typer

from pipeline.cli.common import broker, exit_on_config_error, settings_or_exit
from pipeline.settings import PACKAGE_DATA, Settings

SAMPLE_CONTACTS = PACKAGE_DATA / "sample_contacts.jsonl"


def _run(settings: Settings, replay: Path | None = None) -> None:
    from pipeline.runtime.worker import run_worker  # imported here: faust is slow to import

    with exit_on_config_error():
        run_worker(settings, replay=replay, echo=lambda text: typer.echo(text, err=True))


def run() -> None:
    """Run the worker (embedded broker unless KAFKA_BOOTSTRAP_SERVERS is set), HTTP ingestion and /metrics."""
    with broker(settings_or_exit()) as settings:
        _run(settings)


def demo(sample: Path = typer.Option(SAMPLE_CONTACTS, help="JSONL contacts to replay.")) -> None:
    """Like `run`, and replay a bundled sample of contacts so alerts appear within seconds."""
    with broker(settings_or_exit()) as settings:
        _run(settings, replay=sample)


def register(cli: typer.Typer) -> None:
    cli.command()(run)
    cli.command()(demo)
