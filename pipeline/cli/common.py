"""What every command shares: settings with config errors as exit code 2, and the broker to talk to."""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator
from pathlib import Path

import typer

from nlp.config_file import ConfigError
from pipeline.settings import Settings, load_settings

EMBEDDED_SESSION_TIMEOUT_SECONDS = 6.0  # the embedded broker finishes a group join after ~half the session timeout
BROKER_FILE = "embedded-broker"  # in FEEDBACK_LOOP_DATA_DIR: where `run`/`demo` say their embedded broker listens
BOOTSTRAP = typer.Option(
    None,
    "--bootstrap-servers",
    envvar="KAFKA_BOOTSTRAP_SERVERS",
    help="The broker; default: the embedded one a `run` or `demo` with the same data directory started.",
)


@contextlib.contextmanager
def exit_on_config_error() -> Iterator[None]:
    """Config errors end the command with their message (file, key, problem) and exit code 2."""
    try:
        yield
    except ConfigError as error:
        typer.echo(f"Configuration error: {error}", err=True)
        raise typer.Exit(code=2) from error


def settings_or_exit() -> Settings:
    with exit_on_config_error():
        return load_settings()


@contextlib.contextmanager
def broker(settings: Settings) -> Iterator[Settings]:
    """Yield settings pointing at a broker: the configured cluster, or an embedded one for the duration."""
    if settings.kafka_bootstrap_servers:
        yield settings
        return
    from pipeline.runtime.broker import EmbeddedBroker

    with EmbeddedBroker() as running, _announced(settings.data_dir, running.bootstrap_servers):
        typer.echo(
            f"Started the embedded broker on {running.bootstrap_servers} (in memory: nothing is kept across restarts; "
            "set KAFKA_BOOTSTRAP_SERVERS for a real cluster).",
            err=True,
        )
        update: dict[str, object] = {"kafka_bootstrap_servers": running.bootstrap_servers}
        if "consumer_session_timeout_seconds" not in settings.model_fields_set:
            update["consumer_session_timeout_seconds"] = EMBEDDED_SESSION_TIMEOUT_SECONDS
        yield settings.model_copy(update=update)


@contextlib.contextmanager
def _announced(data_dir: Path, bootstrap_servers: str) -> Iterator[None]:
    """Leave the embedded broker's address in the data directory while it runs, for the other commands."""
    path = data_dir / BROKER_FILE
    data_dir.mkdir(parents=True, exist_ok=True)
    path.write_text(bootstrap_servers + "\n", encoding="utf-8")
    try:
        yield
    finally:
        path.unlink(missing_ok=True)


def bootstrap_or_exit(given: str | None) -> str:
    """`--bootstrap-servers` / KAFKA_BOOTSTRAP_SERVERS, else the embedded broker a running `run` announced."""
    if given:
        return given
    path = settings_or_exit().data_dir / BROKER_FILE
    if path.is_file():
        address = path.read_text(encoding="utf-8").strip()
        host, _, port = address.rpartition(":")
        try:
            socket.create_connection((host, int(port)), timeout=2).close()
            return address
        except (OSError, ValueError):
            pass  # left behind by a run that was killed
    raise typer.BadParameter(
        f"set --bootstrap-servers or KAFKA_BOOTSTRAP_SERVERS, or start `feedback-loop run` first "
        f"(its embedded broker is announced in {path})"
    )
