"""Prometheus metrics (prometheus-client). Labels are bounded enums only: channel, language,
category, department, stage: never anything a customer typed."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram


class Metrics:
    """One registry per app, so tests and several apps in one process do not collide."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.contacts_accepted = Counter(
            "feedback_loop_contacts_accepted",
            "Valid contacts redacted and passed on.",
            ["channel"],
            registry=self.registry,
        )
        self.contacts_classified = Counter(
            "feedback_loop_contacts_classified",
            "Contacts classified, by recurring-issue category.",
            ["category", "language", "channel"],
            registry=self.registry,
        )
        self.repeat_contacts = Counter(
            "feedback_loop_repeat_contacts",
            "Classified contacts flagged as repeat contacts.",
            ["category"],
            registry=self.registry,
        )
        self.recurrence_drivers = Counter(
            "feedback_loop_recurrence_drivers",
            "Taxonomy phrases found in classified contacts (a bounded set: the taxonomy's own phrases).",
            ["category", "term"],
            registry=self.registry,
        )
        self.dead_letters = Counter(
            "feedback_loop_dead_letters", "Records sent to the dead-letter topic.", ["stage"], registry=self.registry
        )
        self.redactions = Counter(
            "feedback_loop_redactions", "Personal-data spans replaced, by kind.", ["kind"], registry=self.registry
        )
        self.signals = Counter("feedback_loop_signals", "Signals raised.", ["kind", "category"], registry=self.registry)
        self.alerts = Counter(
            "feedback_loop_alerts",
            "Alerts published to a department's topic.",
            ["department", "category"],
            registry=self.registry,
        )
        self.classify_seconds = Histogram(
            "feedback_loop_classify_seconds",
            "Seconds to classify one redacted contact.",
            registry=self.registry,
            buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0),
        )
