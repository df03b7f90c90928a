"""`taxonomy candidates|promote|dismiss`: discovered candidates on a running worker, and naming one (httpx).

Promotion is applied by the workers at once (later contacts like the candidate get the new label); this
command also keeps it: the label is appended to the taxonomy file and the candidate's contacts are written
as labelled examples, so the next `make model` / `feedback-loop train` learns the label properly.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer

from pipeline.cli.worker_api import URL, call

taxonomy = typer.Typer(help="Candidate issues discovery found, and promoting one to a taxonomy label.")
EXAMPLES = Path("nlp") / "data" / "examples"


@taxonomy.command("candidates")
def candidates(
    url: str = URL,
    min_size: int = typer.Option(2, help="Only candidates with at least this many contacts."),
    status: str | None = typer.Option(None, help="open, promoted or dismissed."),
) -> None:
    """One line per candidate: id, status, size, windows, top terms per language; then its best snippet."""
    params = {"min_size": str(min_size), **({"status": status} if status else {})}
    for item in call("GET", f"{url}/discovery/candidates", params=params)["candidates"]:
        terms = "; ".join(f"{language}: {', '.join(words)}" for language, words in item["top_terms"].items())
        recurs = "recurs" if item["surfaced_at"] else "      "
        typer.echo(f"{item['candidate_id']:14} {item['status']:9} {item['size']:5} {recurs}  {terms}")
        for snippet in item["snippets"][:1]:
            typer.echo(f"{'':16}“{snippet[:110]}”")


@taxonomy.command("promote")
def promote(
    candidate_id: str,
    label: str = typer.Option(..., help="New `category.subcategory`; the category brings its owners."),
    name: str = typer.Option(..., help="Readable name of the new subcategory."),
    actor: str = typer.Option(..., help="Who promotes it."),
    url: str = URL,
    taxonomy_file: Path | None = typer.Option(
        None, help="Taxonomy file to append the label to (default: the worker's FEEDBACK_LOOP_TAXONOMY_PATH)."
    ),
    examples_dir: Path = typer.Option(EXAMPLES, help="Folder of labelled examples that training reads."),
    keep: bool = typer.Option(True, "--keep/--no-keep", help="Write the label and examples to files as well."),
) -> None:
    """Name a candidate and give it a category: the workers classify its kind under the new label at once."""
    body = {"label": label, "name": name, "actor": actor}
    promotion = call("POST", f"{url}/discovery/candidates/{candidate_id}/promote", json=body)
    typer.echo(f"{candidate_id} promoted to {label} ({promotion['size']} contacts since {promotion['first_seen']})")
    if keep:
        keep_promotion(promotion, taxonomy_file, examples_dir)


@taxonomy.command("dismiss")
def dismiss(
    candidate_id: str,
    actor: str = typer.Option(..., help="Who sets it aside."),
    note: str = typer.Option("", help="Why: noise, or a known issue."),
    url: str = URL,
) -> None:
    """Set a candidate aside: it keeps taking in contacts like it, but never signals again."""
    call("POST", f"{url}/discovery/candidates/{candidate_id}/dismiss", json={"actor": actor, "note": note})
    typer.echo(f"{candidate_id} dismissed")


def keep_promotion(promotion: dict, taxonomy_file: Path | None, examples_dir: Path) -> None:
    from nlp.config_file import ConfigError
    from nlp.discovery.taxonomy_file import append_promoted
    from nlp.taxonomy import PromotedLabel
    from pipeline.cli.common import settings_or_exit

    path = taxonomy_file or settings_or_exit().taxonomy_path
    entry = PromotedLabel(
        label=promotion["label"],
        name=promotion["name"],
        candidate=promotion["candidate_id"],
        actor=promotion["actor"],
        promoted_at=promotion["at"],
    )
    try:
        append_promoted(path, entry)
    except (ConfigError, OSError) as error:
        typer.echo(f"The workers use the label, but it was not written to {path}: {error}", err=True)
        raise typer.Exit(code=1) from error
    examples = examples_dir / f"promoted_{promotion['label'].replace('.', '_')}.jsonl"
    examples.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        {"text": example["text"], "label": promotion["label"], "language": example["language"]}
        for example in promotion["examples"]
    ]
    examples.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    typer.echo(f"Label added to {path}; {len(lines)} examples in {examples}. Retrain: make model")


def register(cli: typer.Typer) -> None:
    cli.add_typer(taxonomy, name="taxonomy")
