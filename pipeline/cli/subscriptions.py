"""`subscriptions list|show|add|remove|test`: departments' alert subscriptions on a running worker (httpx).

`add FILE` takes a YAML or JSON file with one subscription, or a subscriptions file (`departments: [...]`),
and puts each; a change takes effect on every worker without a restart.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer
import yaml

from pipeline.cli.worker_api import URL, call

subscriptions = typer.Typer(help="Departments' alert subscriptions on a running worker: list, add, remove, test.")


@subscriptions.command("list")
def list_subscriptions(url: str = URL) -> None:
    """One line per department: name, what it follows, its channels."""
    for s in call("GET", f"{url}/subscriptions")["subscriptions"]:
        channels = ", ".join(f"{c['name']} ({c['type']})" for c in s["channels"]) or "no channels (topic only)"
        typer.echo(f"{s['name']:24} {','.join(s['categories']):32} min {s['min_severity']:8} {channels}")


@subscriptions.command("show")
def show(name: str, url: str = URL) -> None:
    """One department's subscription, as JSON (secrets appear only as the variable or file that holds them)."""
    typer.echo(json.dumps(call("GET", f"{url}/subscriptions/{name}"), indent=2, ensure_ascii=False))


@subscriptions.command("add")
def add(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="YAML or JSON: one subscription or a file."),
    actor: str = typer.Option("cli", help="Who makes the change (kept with it)."),
    url: str = URL,
) -> None:
    """Add or replace the subscription(s) in FILE; a refused one exits 1 naming the field and the reason."""
    try:
        loaded = yaml.safe_load(file.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        typer.echo(f"{file}: not YAML or JSON: {error}", err=True)
        raise typer.Exit(code=2) from error
    items = loaded.get("departments") if isinstance(loaded, dict) and "departments" in loaded else [loaded]
    if not isinstance(items, list) or not all(isinstance(item, dict) and item.get("name") for item in items):
        typer.echo(f"{file}: expected a subscription with a 'name', or 'departments: [...]'", err=True)
        raise typer.Exit(code=2)
    for item in items:
        body = json.loads(json.dumps(item, default=str))  # YAML times and dates as text
        saved = call("PUT", f"{url}/subscriptions/{item['name']}", json=body, headers={"X-Actor": actor})
        typer.echo(f"{saved['name']}: saved ({len(saved['channels'])} channels)")


@subscriptions.command("remove")
def remove(name: str, actor: str = typer.Option("cli", help="Who makes the change."), url: str = URL) -> None:
    """Remove a department's subscription: it hears about nothing from now on."""
    call("DELETE", f"{url}/subscriptions/{name}", headers={"X-Actor": actor})
    typer.echo(f"{name}: removed")


@subscriptions.command("test")
def test(name: str, url: str = URL) -> None:
    """Send a test message through each of the department's channels; exits 1 if any channel failed."""
    results = call("POST", f"{url}/subscriptions/{name}/test")["channels"]
    for result in results:
        outcome = f"ok (status {result['status']})" if result["ok"] else f"FAILED: {result['error']}"
        typer.echo(f"{result['channel']:24} {result['type']:13} {outcome}")
    if not results:
        typer.echo(f"{name} has no channels")
    if not all(result["ok"] for result in results):
        raise typer.Exit(code=1)


def register(cli: typer.Typer) -> None:
    cli.add_typer(subscriptions, name="subscriptions")
