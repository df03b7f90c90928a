"""`ingest`: send a JSONL or CSV file to contacts.raw."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from pipeline.cli.common import BOOTSTRAP, bootstrap_or_exit


def ingest(
    source: str = typer.Argument(..., help="JSONL or CSV file, or '-' for JSONL on stdin."),
    csv_format: bool | None = typer.Option(None, "--csv/--jsonl", help="Format; default: by file extension."),
    bootstrap_servers: str | None = BOOTSTRAP,
    progress: bool = typer.Option(True, help="Show a progress bar on stderr."),
) -> None:
    """Send contacts to the raw topic; invalid lines are reported and dead-lettered."""
    from pipeline.ingest.producer import IngestError
    from pipeline.ingest.producer import ingest as ingest_file

    bootstrap_servers = bootstrap_or_exit(bootstrap_servers)
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


def register(cli: typer.Typer) -> None:
    cli.command()(ingest)
