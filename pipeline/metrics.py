"""Prometheus metrics (prometheus-client). Labels are bounded sets only: channel, language, the taxonomy's
category and subcategory, department, stage, and driving terms from the trained model's own vocabulary:
never anything a customer typed that the model did not already know."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from nlp.taxonomy import UNCLASSIFIED, Taxonomy

LABEL = ["category", "subcategory"]


def label_names(label: str) -> dict[str, str]:
    """`{"category": "billing", "subcategory": "double_charge"}`; `unclassified` is both, and a discovered
    candidate's `unclassified.<id>` is `candidate` (ids are unbounded: never a metric label)."""
    category, _, subcategory = label.partition(".")
    if category == UNCLASSIFIED and subcategory:
        subcategory = "candidate"
    return {"category": category, "subcategory": subcategory or category}


class Metrics:
    """One registry per app, so tests and several apps in one process do not collide."""

    def __init__(self, taxonomy: Taxonomy | None = None) -> None:
        self.registry = CollectorRegistry()
        self.taxonomy_labels = Gauge(
            "feedback_loop_taxonomy_label_info",
            "1 per taxonomy label: its readable name and owners, to join on (category, subcategory) in dashboards.",
            [*LABEL, "name", "owners"],
            registry=self.registry,
        )
        if taxonomy is not None:
            for label in [*taxonomy.labels(), UNCLASSIFIED]:
                owners = ",".join(taxonomy.owners(label)) or "none"
                self.taxonomy_labels.labels(**label_names(label), name=taxonomy.readable(label), owners=owners).set(1)
        self.contacts_accepted = Counter(
            "feedback_loop_contacts_accepted",
            "Valid contacts redacted and passed on.",
            ["channel"],
            registry=self.registry,
        )
        self.contacts_classified = Counter(
            "feedback_loop_contacts_classified",
            "Contacts classified, by taxonomy label.",
            [*LABEL, "language", "channel"],
            registry=self.registry,
        )
        self.repeat_contacts = Counter(
            "feedback_loop_repeat_contacts",
            "Classified contacts flagged as repeat contacts.",
            LABEL,
            registry=self.registry,
        )
        self.recurrence_drivers = Counter(
            "feedback_loop_recurrence_drivers",
            "Terms that drove a contact's label (a bounded set: the trained model's vocabulary).",
            [*LABEL, "term"],
            registry=self.registry,
        )
        self.dead_letters = Counter(
            "feedback_loop_dead_letters", "Records sent to the dead-letter topic.", ["stage"], registry=self.registry
        )
        self.redactions = Counter(
            "feedback_loop_redactions", "Personal-data spans replaced, by kind.", ["kind"], registry=self.registry
        )
        self.signals = Counter(
            "feedback_loop_signals", "Signals raised (episodes opened).", ["kind", *LABEL], registry=self.registry
        )
        self.late_contacts = Counter(
            "feedback_loop_late_contacts",
            "Contacts that came after their window had closed (not counted).",
            registry=self.registry,
        )
        self.duplicate_contacts = Counter(
            "feedback_loop_duplicate_contacts",
            "Copies of a counted contact (an earlier stage replayed after a crash); not counted again.",
            registry=self.registry,
        )
        self.counting_gaps = Counter(
            "feedback_loop_counting_gaps",
            "Times counting found its stream resumed past what its state covers and counted the gap first.",
            registry=self.registry,
        )
        self.detection_gaps = Counter(
            "feedback_loop_detection_gaps",
            "Times detection found its stream resumed past what its state covers and handled the gap first.",
            registry=self.registry,
        )
        self.windows_closed = Counter(
            "feedback_loop_windows_closed",
            "Windows of the whole center detected on.",
            ["baseline"],
            registry=self.registry,
        )
        self.alerts = Counter(
            "feedback_loop_alerts",
            "Alerts made for a department (one per issue change it subscribes to).",
            ["department", *LABEL],
            registry=self.registry,
        )
        self.deliveries = Counter(
            "feedback_loop_deliveries",
            "Delivery outcomes: delivered, retrying, dead_lettered, suppressed, held; by channel type.",
            ["department", "channel", "outcome"],
            registry=self.registry,
        )
        self.delivery_latency = Histogram(
            "feedback_loop_delivery_latency_seconds",
            "From an alert reaching the delivery agent to its receiver accepting it (retries included).",
            ["channel"],
            registry=self.registry,
            buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600),
        )
        hours = (600, 1800, 3600, 4 * 3600, 8 * 3600, 86_400, 3 * 86_400, 7 * 86_400, 14 * 86_400, 30 * 86_400)
        self.time_to_acknowledge = Histogram(
            "feedback_loop_issue_time_to_acknowledge_seconds",
            "From an issue's opening to its acknowledgement, by owner department.",
            ["department"],
            registry=self.registry,
            buckets=hours,
        )
        self.time_to_fix = Histogram(
            "feedback_loop_issue_time_to_fix_seconds",
            "From an issue's opening to its being marked fixed, by owner department.",
            ["department"],
            registry=self.registry,
            buckets=hours,
        )
        self.classify_seconds = Histogram(
            "feedback_loop_classify_seconds",
            "Seconds to classify one redacted contact.",
            registry=self.registry,
            buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0),
        )
