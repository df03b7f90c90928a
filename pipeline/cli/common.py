"""What every command shares: settings with config errors as exit code 2, and the broker to talk to."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import typer

from nlp.config_file import ConfigError
from pipeline.settings import Settings, load_settings

EMBEDDED_SESSION_TIMEOUT_SECONDS = 6.0  # the embedded broker finishes a group join after ~half the session timeout


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

    with EmbeddedBroker() as running:
        typer.echo(
            f"Started the embedded broker on {running.bootstrap_servers} (in memory: nothing is kept across restarts; "
            "set KAFKA_BOOTSTRAP_SERVERS for a real cluster).",
            err=True,
        )
        update: dict[str, object] = {"kafka_bootstrap_servers": running.bootstrap_servers}
        if "consumer_session_timeout_seconds" not in settings.model_fields_set:
            update["consumer_session_timeout_seconds"] = EMBEDDED_SESSION_TIMEOUT_SECONDS
        yield settings.model_copy(update=update)
