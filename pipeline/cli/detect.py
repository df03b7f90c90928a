"""`detect backtest FILE`: the signals your history would have raised, with the worker's detection code."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import typer

from pipeline.cli.common import exit_on_config_error, settings_or_exit

detect = typer.Typer(help="Detection: tune it on your own history before going live.", no_args_is_help=True)


@detect.command("backtest")
def backtest_command(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="Contacts, JSONL or CSV; `label` if known."),
    window_seconds: int | None = typer.Option(None, min=60, help="Window size (default: the worker's)."),
    sensitivity: float | None = typer.Option(None, min=0, max=1, help="Spike: tail p-value must be below."),
    min_excess: float | None = typer.Option(None, min=0, help="Spike: contacts above expected, at least."),
    threshold: int | None = typer.Option(None, min=1, help="While the baseline is cold: contacts per window."),
    updates: bool = typer.Option(False, "--updates", help="Also print the later windows of each episode."),
    as_json: bool = typer.Option(False, "--json", help="One JSON signal per line, then a summary object."),
) -> None:
    """Replay FILE through the detectors and print the signals that would have been raised."""
    from pipeline.detect.backtest import HistoryError, backtest, read_history

    settings = settings_or_exit()
    overrides = {
        "window_seconds": window_seconds,
        "detection_sensitivity": sensitivity,
        "detection_min_excess": min_excess,
        "signal_threshold": threshold,
    }
    settings = settings.model_copy(update={k: v for k, v in overrides.items() if v is not None})
    config = settings.detection()
    classify = _classifier(settings)
    windows = warm = 0
    kinds: Counter[str] = Counter()
    try:
        for window, signals in backtest(read_history(file, classify), config, settings.signal_threshold):
            windows, warm = windows + 1, warm + window.warm
            for signal in signals:
                kinds[signal.kind.value] += signal.update == 0
                if signal.update == 0 or updates:
                    typer.echo(signal.model_dump_json() if as_json else _line(signal))
    except HistoryError as error:
        typer.echo(f"History error: {error}", err=True)
        raise typer.Exit(code=2) from error
    summary = {"windows": windows, "warm_windows": warm, "episodes": dict(sorted(kinds.items()))}
    typer.echo(
        json.dumps(summary)
        if as_json
        else f"{windows} windows ({warm} with a warm baseline); "
        f"episodes: {', '.join(f'{k} {n}' for k, n in sorted(kinds.items())) or 'none'}"
    )


def _line(signal) -> str:
    update = f" (update {signal.update})" if signal.update else ""
    return (
        f"{signal.window_start:%Y-%m-%d %H:%M}Z {signal.kind.value:<9} {signal.severity.value:<8} "
        f"{signal.label}: {signal.count} contacts, {signal.compared_in_words}, score {signal.score:.1f}{update}"
    )


def _classifier(settings):
    """Classifies a contact as the worker does: redacted first, then the configured model."""
    from nlp.contact_redaction import redact_contact
    from nlp.taxonomy import load_taxonomy
    from pipeline.classify.contact import classify_contact
    from pipeline.deps import load_classifier

    loaded = None

    def classify(contact) -> str:
        nonlocal loaded
        if loaded is None:
            with exit_on_config_error():
                loaded = load_classifier(settings.model_path, load_taxonomy(settings.taxonomy_path))
        return classify_contact(redact_contact(contact), loaded).label

    return classify


def register(cli: typer.Typer) -> None:
    cli.add_typer(detect, name="detect")
