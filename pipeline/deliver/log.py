"""The delivery log's rules (pure): what counts as done for an alert on a channel, and held alerts.

The log (topic `deliveries`, and the `delivery_log` table folded from what this worker wrote) is what
keeps a replay after a crash from sending an alert twice: a delivered, suppressed or held alert is done;
a dead-lettered one is done until it is re-driven (a re-drive carries a higher `redrive` number).
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from topics.alerts import Alert, Delivery, DeliveryOutcome

DONE = {DeliveryOutcome.delivered, DeliveryOutcome.suppressed, DeliveryOutcome.held}


def delivery_key(alert_id: str, channel: str) -> str:
    return f"{alert_id}|{channel}"


def finished(logged: Delivery | None, alert: Alert, releasing: bool = False) -> bool:
    """True when nothing more is to be done for `alert` on the channel `logged` is about.

    `releasing`: the alert comes out of the held alerts (quiet hours ended, digest time): held is not done."""
    if logged is None:
        return False
    if releasing and logged.outcome == DeliveryOutcome.held:
        return False
    if logged.outcome in DONE:
        return logged.outcome != DeliveryOutcome.held or alert.redrive <= logged.redrive
    if logged.outcome == DeliveryOutcome.dead_lettered:
        return alert.redrive <= logged.redrive
    return False  # retrying when the worker stopped: carry on


class Held(BaseModel):
    release_at: datetime
    alert: Alert


class HeldAlerts(BaseModel):
    """A department's alerts waiting for the end of its quiet hours or for its daily digest."""

    items: list[Held] = Field(default_factory=list)

    def add(self, alert: Alert, release_at: datetime) -> HeldAlerts:
        if any(held.alert.alert_id == alert.alert_id for held in self.items):
            return self
        return HeldAlerts(items=[*self.items, Held(release_at=release_at, alert=alert)])

    def due(self, now: datetime) -> tuple[list[Alert], HeldAlerts]:
        """The alerts due at `now`, and what stays held."""
        due = [held.alert for held in self.items if held.release_at <= now]
        return due, HeldAlerts(items=[held for held in self.items if held.release_at > now])

    def next_release(self) -> datetime | None:
        return min((held.release_at for held in self.items), default=None)
