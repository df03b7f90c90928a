"""`issues list|show|transition`: the issues API of a running worker, from the terminal (httpx)."""

from __future__ import annotations

import json

import typer

from pipeline.cli.worker_api import URL, call

issues = typer.Typer(help="Recurring issues on a running worker: list, show, move through the lifecycle.")


@issues.command("list")
def list_issues(
    url: str = URL,
    department: str | None = typer.Option(None, help="Only issues this department owns."),
    state: str | None = typer.Option(None, help="Only issues in this state."),
) -> None:
    """One line per issue: id, state, owners, signals, last seen."""
    params = {key: value for key, value in {"department": department, "state": state}.items() if value}
    for issue in call("GET", f"{url}/issues", params=params)["issues"]:
        typer.echo(
            f"{issue['issue_id']:36} {issue['state']:13} {','.join(issue['owners']):24} "
            f"{issue['signals']:3} signals  last seen {issue['last_seen']}"
        )


@issues.command("show")
def show(issue_id: str, url: str = URL) -> None:
    """The issue with its timeline, as JSON."""
    typer.echo(json.dumps(call("GET", f"{url}/issues/{issue_id}"), indent=2, ensure_ascii=False))


@issues.command("transition")
def transition(
    issue_id: str,
    to: str = typer.Argument(..., help="acknowledged, fixing, fixed, wont_fix or open"),
    actor: str = typer.Option(..., help="Who makes the change (department or person)."),
    note: str = typer.Option("", help="Why."),
    url: str = URL,
) -> None:
    """Move an issue; a change the lifecycle forbids exits with 1 and says what is allowed."""
    body = {"to": to, "actor": actor, "note": note}
    issue = call("POST", f"{url}/issues/{issue_id}/transitions", json=body)
    typer.echo(f"{issue['issue_id']}: {issue['state']}")


def register(cli: typer.Typer) -> None:
    cli.add_typer(issues, name="issues")
