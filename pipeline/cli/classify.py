"""`train` and `evaluate`: the classifier, from agents' wrap-up codes (labelled JSONL)."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path

import typer

from pipeline.cli.common import exit_on_config_error, settings_or_exit

HOLDOUT_FRACTION = 0.2


class Part(StrEnum):
    all = "all"
    train = "train"
    holdout = "holdout"


@contextlib.contextmanager
def exit_on_data_error(where: str = "") -> Iterator[None]:
    """Unusable training data ends the command with the reason (file:line where known) and exit code 2."""
    from nlp.training.data import TrainingDataError

    try:
        yield
    except TrainingDataError as error:
        typer.echo(f"Training data error: {where}{error}", err=True)
        raise typer.Exit(code=2) from error


def _examples(data: Path, part: Part):
    from nlp.training.data import read_examples, select_part

    with exit_on_data_error():
        examples = select_part(read_examples(data), part.value, HOLDOUT_FRACTION)
    if not examples:
        typer.echo(f"Training data error: {data}: no examples in part {part.value!r}", err=True)
        raise typer.Exit(code=2)
    return examples


def train(
    data: Path = typer.Option(..., "--data", help="Labelled JSONL file, or a folder of them."),
    out: Path = typer.Option(..., "--out", help="Folder for the trained pipeline(s)."),
    language: str | None = typer.Option(
        None, help="Train only this language's pipeline (nl or en); default: each one in the data."
    ),
    part: Part = typer.Option(
        Part.all, help=f"Train on all examples or only those not held out ({HOLDOUT_FRACTION:.0%} by hash)."
    ),
    taxonomy_labels: bool = typer.Option(
        True, "--taxonomy/--no-taxonomy", help="Labels must be taxonomy labels; phrases become examples."
    ),
    threshold: float | None = typer.Option(
        None, min=0, max=1, help="Calibrated score below which a contact is unclassified."
    ),
    seed: int = typer.Option(0),
    progress: bool = typer.Option(True, help="Progress bars on stderr."),
) -> None:
    """Train one spaCy pipeline per language (`--language`: just one, written to OUT itself)."""
    from nlp.classifiers.component import DEFAULT_THRESHOLD
    from nlp.taxonomy import load_taxonomy
    from nlp.training.data import check_labels
    from nlp.training.train import phrase_examples, train_pipeline

    if language not in (None, "nl", "en"):
        raise typer.BadParameter("--language must be nl or en")
    examples = _examples(data, part)
    languages = [language] if language else sorted({example.language for example in examples})
    if taxonomy_labels:
        with exit_on_config_error():
            taxonomy = load_taxonomy(settings_or_exit().taxonomy_path)
        with exit_on_data_error():
            check_labels(examples, taxonomy.names(), str(data))
    for lang in languages:
        extra = phrase_examples(taxonomy, lang) if taxonomy_labels else []
        with exit_on_data_error(where=f"{data}: "):
            nlp = train_pipeline(
                [*examples, *extra], lang, seed, threshold if threshold is not None else DEFAULT_THRESHOLD, progress
            )
        target = out if language else out / lang
        target.mkdir(parents=True, exist_ok=True)
        nlp.to_disk(target)
        typer.echo(f"Saved the {lang} pipeline to {target} ({len(examples) + len(extra)} examples)", err=True)


def evaluate(
    data: Path = typer.Option(..., "--data", help="Labelled JSONL file, or a folder of them."),
    model: Path | None = typer.Option(
        None, help="Trained model folder; default: the bundled model (FEEDBACK_LOOP_MODEL_PATH)."
    ),
    part: Part = typer.Option(
        Part.all, help="Score all examples, or only the held-out part that `train --part train` never saw."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object and nothing else on stdout."),
) -> None:
    """Accuracy, macro-F1, per-label scores, category-level scores, top confusions and docs/s."""
    from nlp.classifiers.trained import TrainedClassifier, component
    from nlp.training.data import check_labels
    from nlp.training.evaluate import evaluate as score

    path = model or settings_or_exit().model_path
    with exit_on_config_error():
        classifier = TrainedClassifier(path)
    examples = _examples(data, part)
    known = {label for nlp in classifier.pipelines.values() for label in component(nlp).labels} | {"unclassified"}
    with exit_on_data_error():
        check_labels(examples, sorted(known), str(data))
    report = score(classifier, examples)
    if as_json:
        typer.echo(json.dumps(report))
        return
    typer.echo(_readable(report))


def _readable(report: dict) -> str:
    lines = [
        f"examples {report['examples']}  accuracy {report['accuracy']:.2%}  macro-F1 {report['macro_f1']:.2%}  "
        f"{report['docs_per_second']:,.0f} docs/s"
    ]
    if report["category_accuracy"] is not None:
        lines.append(
            f"category level: accuracy {report['category_accuracy']:.2%}  macro-F1 {report['category_macro_f1']:.2%}"
        )
    lines.append(f"{'label':40} {'precision':>9} {'recall':>7} {'f1':>7} {'support':>8}")
    for label, row in report["per_label"].items():
        lines.append(f"{label:40} {row['precision']:9.2%} {row['recall']:7.2%} {row['f1']:7.2%} {row['support']:8}")
    if report["top_confusions"]:
        lines.append("top confusions (label → predicted: count):")
        lines += [f"  {c['label']} → {c['predicted']}: {c['count']}" for c in report["top_confusions"]]
    return "\n".join(lines)


def register(cli: typer.Typer) -> None:
    cli.command()(train)
    cli.command()(evaluate)
