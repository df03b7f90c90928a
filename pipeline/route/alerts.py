"""Which departments hear about a signal, and what the alert says (pure)."""

from __future__ import annotations

from nlp.taxonomy import Taxonomy
from pipeline.route.subscriptions import Subscriptions
from topics.records import Alert, Signal


def alerts_for(signal: Signal, subscriptions: Subscriptions, taxonomy: Taxonomy) -> list[Alert]:
    """One alert per department subscribed to the signal's label or its category."""
    summary = (
        f"{signal.count} contacts about {taxonomy.readable(signal.label)} between "
        f"{signal.window_start:%Y-%m-%d %H:%M} and {signal.window_end:%H:%M} UTC "
        f"(threshold {signal.threshold})"
    )
    return [
        Alert(
            alert_id=f"{signal.signal_id}:{department.name}", department=department.name, signal=signal, summary=summary
        )
        for department in subscriptions.subscribers(signal.label)
    ]
