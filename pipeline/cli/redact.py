"""`redact [FILE|-]`: text or contacts redacted (and pseudonymised) exactly as the worker does, to check a sample."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

import typer


def redact_command(
    source: str = typer.Argument("-", help="A text file, or '-' for standard input."),
    jsonl: bool = typer.Option(False, "--jsonl", help="Lines are contacts (JSON); print each redacted contact."),
) -> None:
    """Print each input line redacted, one output line per input line (an empty line stays empty)."""
    from nlp.contact_redaction import redact_contact
    from nlp.redaction import redact
    from pipeline.cli.common import settings_or_exit
    from pipeline.ingest.intake import check_jsonl
    from pipeline.redact.keys import load_pseudonymiser
    from pipeline.redact.validate import pseudonymise

    if source != "-" and not Path(source).is_file():
        raise typer.BadParameter(f"{source}: no such file")
    pseudonyms = None
    failed = 0
    for number, line in enumerate(_lines(source), start=1):
        text = line.rstrip("\r\n")
        if not jsonl or not text.strip():
            typer.echo(redact(text).text if text.strip() else "")
            continue
        [checked] = list(check_jsonl([text]))
        if checked.contact is None:
            failed += 1
            typer.echo("")  # keeps output lines aligned with input lines
            typer.echo(f"{source}:{number}: {checked.reason}", err=True)
        else:
            if pseudonyms is None:  # the worker's key (FEEDBACK_LOOP_PSEUDONYM_KEY or the data directory's)
                pseudonyms = load_pseudonymiser(settings_or_exit())
            typer.echo(pseudonymise(redact_contact(checked.contact), pseudonyms).model_dump_json())
    if failed:
        raise typer.Exit(code=1)


def _lines(source: str) -> Iterable[str]:
    if source == "-":
        yield from sys.stdin
        return
    with open(source, encoding="utf-8", errors="replace") as handle:
        yield from handle


def register(cli: typer.Typer) -> None:
    cli.command("redact")(redact_command)
