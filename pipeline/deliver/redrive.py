"""Which dead-lettered deliveries to send again (pure): those not delivered since, once per alert.

A re-driven alert carries the next `redrive` number, so the delivery log lets it through the channels
that dead-lettered it and still skips the channels that had it. Re-driving twice sends nothing twice:
the second finds the first delivered (or dead-lettered again at the same number).
"""

from __future__ import annotations

from topics.alerts import Alert, Delivery, DeliveryDeadLetter, DeliveryOutcome


def alerts_to_redrive(
    letters: list[DeliveryDeadLetter], log: list[Delivery], department: str | None = None, alert_id: str | None = None
) -> list[Alert]:
    delivered = {delivery.delivery_key for delivery in log if delivery.outcome == DeliveryOutcome.delivered}
    chosen: dict[str, Alert] = {}
    for letter in letters:
        alert = letter.alert
        if letter.delivery_key in delivered:
            continue
        if (department and alert.department != department) or (alert_id and alert.alert_id != alert_id):
            continue
        known = chosen.get(alert.alert_id)
        if known is None or alert.redrive + 1 > known.redrive:
            chosen[alert.alert_id] = alert.model_copy(update={"redrive": alert.redrive + 1})
    return list(chosen.values())
