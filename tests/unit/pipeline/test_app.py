"""app.py wires every room into one Faust app, with the services a test gives it (no broker needed)."""

from datetime import UTC, datetime

from nlp.classifiers import Classification
from pipeline.app import build_app
from pipeline.deps import build_services
from pipeline.settings import Settings

FIXED = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


class EverythingIsBilling:
    def classify(self, text: str, language: str) -> Classification:
        return Classification(category="billing.double_charge", confidence=1.0)


def test_every_room_registers_and_injected_services_are_used():
    settings = Settings(
        kafka_bootstrap_servers="127.0.0.1:9", pseudonym_key="unit-tests-pseudonym-key", topic_partitions=2
    )
    services = build_services(settings, classifier=EverythingIsBilling(), clock=lambda: FIXED)
    feedback_loop = build_app(settings, services)

    app = feedback_loop.app
    assert list(app.agents) == [
        "redact_and_classify",
        "count_contacts",
        "detect_signals",
        "route_issue_events",
        "apply_subscription_changes",
        "deliver_alerts",
        "open_issues",
        "fold_issue_events",
        "track_issue_activity",
        "store_window_counts",
        "file_notifications",
        "discover_candidates",
        "apply_promotions",
        "apply_dismissals",
    ]
    paths = {route.resource.canonical for route in app.web.web_app.router.routes()}
    assert paths == {
        "/metrics",
        "/contacts",
        "/healthz",
        "/readyz",
        "/issues",
        "/issues/{issue_id}",
        "/issues/{issue_id}/transitions",
        "/agents/{agent_id}/notifications",
        "/ui",
        "/ui/departments/{department}",
        "/ui/issues/{issue_id}",
        "/ui/issues/{issue_id}/transitions",
        "/ui/agents/{agent_id}",
        "/subscriptions",
        "/subscriptions/{name}",
        "/subscriptions/{name}/test",
        "/discovery/candidates",
        "/discovery/candidates/{candidate_id}",
        "/discovery/candidates/{candidate_id}/promote",
        "/discovery/candidates/{candidate_id}/dismiss",
        "/ui/discovery/{candidate_id}/dismiss",
        "/ui/discovery",
        "/ui/discovery/{candidate_id}/promote",
    }
    assert {
        "partition_counts",
        "detection_state",
        "issues",
        "issue_activity",
        "verification_window_counts",
        "subscriptions",
        "delivery_log",
        "last_alerted",
        "held_alerts",
        "discovery_candidates",
        "promotions",
        "dismissals",
    } <= set(app.tables)
    assert feedback_loop.deps.services.classifier.classify("x", "nl").category == "billing.double_charge"
    assert feedback_loop.deps.services.clock() == FIXED
    names = {spec.name for spec in feedback_loop.topic_specs()}
    assert {"contacts.raw", "contacts.redacted", "contacts.classified", "signals", "alerts", "deliveries"} <= names
    assert {"contacts.uncertain", "taxonomy.promotions", "discovery.dismissals"} <= names
