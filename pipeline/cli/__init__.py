"""`feedback-loop`: the root Typer app; each module of this package adds the commands of one room.

worker: run, demo · ingest: ingest · redact: redact · classify: train, evaluate · detect: backtest ·
issues: list, show, transition · taxonomy: candidates, promote, dismiss ·
subscriptions: list, show, add, remove, test · deliveries: dead, redrive ·
topics: schema, topics, tail.
A new room adds a module with `register(cli)` (or a sub-app with `cli.add_typer`) and one line below.
"""

from __future__ import annotations

import logging

import typer

from pipeline.cli import (
    classify,
    deliveries,
    detect,
    ingest,
    issues,
    redact,
    subscriptions,
    taxonomy,
    topics,
    worker,
)

cli = typer.Typer(help="Feedback Loop: customer contacts in, departmental signals out.", no_args_is_help=True)
for module in (worker, ingest, redact, classify, detect, issues, taxonomy, subscriptions, deliveries, topics):
    module.register(cli)


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    cli()
