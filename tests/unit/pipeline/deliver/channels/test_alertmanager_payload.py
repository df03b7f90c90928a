"""Alertmanager alerts: labels that match between firing and resolved, an end only when the fix is verified."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pipeline.deliver.channels import render
from pipeline.deliver.channels.alertmanager import FIRING_HOLD, TEST_HOLD, alerts_url, am_alert, labels, payload
from topics.alerts import Severity
from topics.subscriptions import AlertmanagerChannel

from .samples import AT, firing_alert, resolved_alert

NOW = AT + timedelta(seconds=3)


def test_labels_are_the_same_for_firing_and_resolved_so_the_fingerprint_matches(firing, resolved):
    raised = firing_alert(alert_id="evt-5:finance", severity=Severity.warning, observed=90)
    assert (
        labels(firing)
        == labels(raised)
        == labels(resolved)
        == {
            "alertname": "FeedbackLoopIssue",
            "issue_id": "iss-1",
            "label": "billing.double_charge",
            "category": "billing",
            "department": "finance",
        }
    )


def test_severity_and_the_rest_are_annotations(firing):
    posted = am_alert(firing, NOW)
    assert "severity" not in posted["labels"]
    assert posted["annotations"] == {
        "summary": render.title(firing),
        "description": "\n".join(render.lines(firing)),
        "drivers": "dubbel afgeschreven, charged twice",
        "issue_url": firing.issue_url,
        "severity": "critical",
        "alert_id": "evt-1:finance",
    }
    assert posted["generatorURL"] == firing.issue_url


def test_a_firing_alert_starts_when_the_issue_was_first_seen_and_holds_until_resolved(firing):
    posted = am_alert(firing, NOW)
    assert posted["startsAt"] == "2026-07-14T07:35:00.000Z"
    assert posted["endsAt"] == (NOW + FIRING_HOLD).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def test_a_resolved_alert_ends_when_the_fix_was_verified(resolved):
    posted = am_alert(resolved, NOW)
    assert (posted["startsAt"], posted["endsAt"]) == ("2026-07-14T07:35:00.000Z", "2026-07-24T09:35:00.000Z")


def test_an_end_never_precedes_the_start_which_alertmanager_would_refuse():
    odd = resolved_alert(since=AT, at=AT - timedelta(minutes=1))
    posted = am_alert(odd, NOW)
    assert posted["startsAt"] <= posted["endsAt"]


def test_a_test_alert_ends_by_itself_soon():
    alert = render.test_alert("finance", "https://feedback-loop.example/subscriptions/finance", at=NOW)
    assert am_alert(alert, NOW)["endsAt"] == (NOW + TEST_HOLD).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def test_a_digest_posts_each_alert_on_its_own(firing, resolved):
    assert [alert["annotations"]["alert_id"] for alert in payload([firing, resolved], NOW)] == [
        "evt-1:finance",
        "evt-9:finance",
    ]


def test_the_api_path_is_added_to_the_base_url_with_or_without_a_prefix():
    assert alerts_url(AlertmanagerChannel(url="http://alertmanager:9093")) == "http://alertmanager:9093/api/v2/alerts"
    assert alerts_url(AlertmanagerChannel(url="https://ops.example/am/")) == "https://ops.example/am/api/v2/alerts"


def test_timestamps_are_utc_whatever_the_zone_of_the_alert():
    amsterdam = datetime(2026, 7, 14, 11, 35, tzinfo=UTC).astimezone(render.TZ)
    posted = am_alert(resolved_alert(since=amsterdam - timedelta(hours=1), at=amsterdam), NOW)
    assert (posted["startsAt"], posted["endsAt"]) == ("2026-07-14T10:35:00.000Z", "2026-07-14T11:35:00.000Z")
