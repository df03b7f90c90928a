"""Sends alerts through one channel with retries, and writes every attempt and outcome to the delivery log.

One alert makes one message; several (released from quiet hours or a daily digest) make one digest
message. The idempotency key is the alert id, or for a digest a hash of its alert ids, so a receiver
can drop a repeat. What a channel still refuses after the retry budget is dead-lettered, per alert.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

from pipeline.deliver.channels.base import DeliveryError, Notifier
from pipeline.deliver.log import delivery_key, finished
from pipeline.deliver.retry import RetryPolicy, send_with_retries
from pipeline.metrics import Metrics
from topics.alerts import Alert, Delivery, DeliveryDeadLetter, DeliveryOutcome
from topics.subscriptions import ChannelConfig

log = logging.getLogger(__name__)


def message_key(alerts: list[Alert]) -> str:
    """The idempotency key of one message: the alert id, or for a digest a hash of its alert ids."""
    if len(alerts) == 1:
        return alerts[0].alert_id
    digest = hashlib.sha256("\n".join(sorted(alert.alert_id for alert in alerts)).encode()).hexdigest()[:32]
    return f"digest:{alerts[0].department}:{digest}"


@dataclass
class Sender:
    policy: RetryPolicy
    metrics: Metrics
    clock: Callable[[], datetime]
    notifier_for: Callable[[ChannelConfig], Notifier]
    lookup: Callable[[str], Delivery | None]  # the delivery log: delivery_key → last final outcome
    record: Callable[[Delivery], Awaitable[None]]  # append to the delivery log
    dead_letter: Callable[[DeliveryDeadLetter], Awaitable[None]]

    def pending(self, alerts: list[Alert], channel: ChannelConfig, releasing: bool = False) -> list[Alert]:
        return [a for a in alerts if not finished(self.lookup(delivery_key(a.alert_id, channel.name)), a, releasing)]

    async def log(self, alert: Alert, channel: ChannelConfig, outcome: DeliveryOutcome, **details: object) -> None:
        delivery = Delivery(
            delivery_key=delivery_key(alert.alert_id, channel.name),
            alert_id=alert.alert_id,
            department=alert.department,
            channel=channel.name,
            channel_type=channel.type,
            outcome=outcome,
            redrive=alert.redrive,
            at=self.clock(),
            **{"attempt": 0, **details},
        )
        self.metrics.deliveries.labels(department=alert.department, channel=channel.type, outcome=outcome.value).inc()
        await self.record(delivery)

    async def deliver(self, alerts: list[Alert], channel: ChannelConfig, releasing: bool = False) -> None:
        """Send what of `alerts` this channel has not had yet, as one message; never raises for the receiver."""
        pending = self.pending(alerts, channel, releasing)
        if not pending:
            return
        notifier, key, started = self.notifier_for(channel), message_key(pending), time.monotonic()
        failed_attempts = 0

        async def send() -> int | None:
            try:
                return await notifier.send(pending, key)
            except DeliveryError:
                raise
            except Exception as error:  # a bug in a channel must not stop the agent: dead-letter instead
                raise DeliveryError(f"unexpected {type(error).__name__} in {channel.type} channel", False) from error

        async def on_retry(attempt: int, error: DeliveryError, wait: float) -> None:
            nonlocal failed_attempts
            failed_attempts = attempt
            log.info(
                "%s channel %r: attempt %d failed (%s), next in %.1f s",
                channel.type,
                channel.name,
                attempt,
                error.reason,
                wait,
            )
            for alert in pending:
                await self.log(
                    alert,
                    channel,
                    DeliveryOutcome.retrying,
                    attempt=attempt,
                    reason=error.reason,
                    status_code=error.status_code,
                )

        try:
            status, attempts = await send_with_retries(send, self.policy, on_retry)
        except DeliveryError as error:
            log.warning(
                "%s channel %r: dead-lettered %d alert(s): %s", channel.type, channel.name, len(pending), error.reason
            )
            for alert in pending:
                await self.dead_letter(
                    DeliveryDeadLetter(
                        delivery_key=delivery_key(alert.alert_id, channel.name),
                        channel=channel.name,
                        reason=error.reason,
                        attempts=failed_attempts + 1,
                        failed_at=self.clock(),
                        alert=alert,
                    )
                )
                await self.log(
                    alert,
                    channel,
                    DeliveryOutcome.dead_lettered,
                    attempt=failed_attempts + 1,
                    reason=error.reason,
                    status_code=error.status_code,
                )
            return
        latency = time.monotonic() - started
        self.metrics.delivery_latency.labels(channel=channel.type).observe(latency)
        for alert in pending:
            await self.log(
                alert, channel, DeliveryOutcome.delivered, attempt=attempts, status_code=status, latency_seconds=latency
            )
