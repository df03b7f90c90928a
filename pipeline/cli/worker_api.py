"""Calling a running worker's HTTP API from a command (httpx): its address option and one request helper."""

from __future__ import annotations

import httpx
import typer

URL = typer.Option("http://127.0.0.1:6066", "--url", envvar="FEEDBACK_LOOP_URL", help="The worker's HTTP address.")


def call(method: str, url: str, **kwargs) -> dict:
    """The JSON answer; an unreachable worker exits 2, an error answer prints it and exits 1."""
    try:
        response = httpx.request(method, url, timeout=30, **kwargs)
    except httpx.HTTPError as error:
        typer.echo(f"Cannot reach the worker at {url}: {error}", err=True)
        raise typer.Exit(code=2) from error
    try:
        answer = response.json()
    except ValueError:
        answer = {"error": response.text[:500]}
    if response.status_code >= 400:
        typer.echo(f"{response.status_code}: {answer.get('error', answer)}", err=True)
        raise typer.Exit(code=1)
    return answer
