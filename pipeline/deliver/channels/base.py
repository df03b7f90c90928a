"""One interface for every channel: `Notifier.send(alerts, key)`, and `build_notifier` to get one for a config.

The delivery agent only knows this module: it sends, records the returned status in the delivery log, and on
`DeliveryError` retries (when `retryable`, not before `retry_after`) or dead-letters with `reason`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import httpx

from pipeline.deliver.channels.alertmanager import AlertmanagerNotifier
from pipeline.deliver.channels.email import EmailNotifier
from pipeline.deliver.channels.errors import DeliveryError
from pipeline.deliver.channels.slack import SlackNotifier
from pipeline.deliver.channels.teams import TeamsNotifier
from pipeline.deliver.channels.webhook import WebhookNotifier
from topics.alerts import Alert
from topics.subscriptions import (
    AlertmanagerChannel,
    ChannelConfig,
    EmailChannel,
    SlackChannel,
    TeamsChannel,
    WebhookChannel,
)

__all__ = ["DeliveryError", "Notifier", "build_notifier"]


class Notifier(Protocol):
    config: ChannelConfig

    async def send(self, alerts: Sequence[Alert], key: str) -> int | None:
        """Send one message: about one alert (len 1) or a digest of several (len > 1).

        `key` is the idempotency key: the alert_id for one alert, a digest id otherwise. Returns the receiver's
        status code (HTTP; 250 for SMTP); raises DeliveryError when the channel did not take it.
        """
        ...


def build_notifier(config: ChannelConfig, http: httpx.AsyncClient) -> Notifier:
    """The notifier for a channel config; HTTP channels share `http` (its pool), which the caller closes."""
    match config:
        case WebhookChannel():
            return WebhookNotifier(config, http)
        case SlackChannel():
            return SlackNotifier(config, http)
        case TeamsChannel():
            return TeamsNotifier(config, http)
        case EmailChannel():
            return EmailNotifier(config)
        case AlertmanagerChannel():
            return AlertmanagerNotifier(config, http)
    raise TypeError(f"no notifier for channel type {type(config).__name__}")
