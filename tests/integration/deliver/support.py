"""Helpers for the delivery tests: alerts timed now, secrets in files, one send on a fresh HTTP client."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from pipeline.deliver.channels import build_notifier
from tests.unit.pipeline.deliver.channels.samples import firing_alert, resolved_alert
from topics.alerts import Alert
from topics.subscriptions import Secret


def alerts_now() -> tuple[Alert, Alert]:
    """A firing alert from a minute ago and its resolve now: real time, as Alertmanager compares with its clock."""
    now = datetime.now(UTC).replace(microsecond=0)
    since = now - timedelta(hours=2)
    return firing_alert(since=since, at=now - timedelta(minutes=1)), resolved_alert(since=since, at=now)


def secret_file(folder: Path, name: str, value: str) -> Secret:
    path = folder / name
    path.write_text(value + "\n")
    return Secret(file=path)


def send(config, alerts: Sequence[Alert], key: str | None = None) -> int | None:
    """Build the channel's notifier and send once, as the delivery agent does."""

    async def main() -> int | None:
        async with httpx.AsyncClient() as http:
            return await build_notifier(config, http).send(list(alerts), key or alerts[0].alert_id)

    return asyncio.run(main())


def wait_until(condition: Callable[[], object], timeout: float = 15.0, what: str = "condition") -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := condition():
            return result
        time.sleep(0.1)
    raise AssertionError(f"{what} not met within {timeout:g} s")
