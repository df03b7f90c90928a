"""What a person reads: titles, facts, Amsterdam times, digests and the test alert."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pipeline.deliver.channels import render
from topics.alerts import Severity

from .samples import AT, firing_alert, resolved_alert


def test_a_firing_title_says_severity_what_how_many_in_what_window_against_the_threshold(firing):
    assert render.title(firing) == "[critical] Double charges: 42 contacts in 5 min (threshold 10)"


def test_without_a_signal_the_title_compares_with_what_was_expected():
    alert = firing_alert(signal=None, observed=7, expected=2.5, severity=Severity.warning)
    assert render.title(alert) == "[warning] Double charges: 7 contacts (expected 2.5)"
    assert render.title(firing_alert(signal=None, observed=None, expected=None)) == "[critical] Double charges"


def test_a_resolved_title_says_the_fix_was_verified_and_what_it_achieved(resolved):
    assert render.title(resolved) == (
        "Resolved: Double charges — fix verified, contacts dropped 63 % (≈230 fewer a week)"
    )
    assert render.title(resolved_alert(verification=None)) == "Resolved: Double charges — fix verified"


def test_the_body_says_what_how_much_since_when_why_whose_and_links_the_issue(firing):
    body = render.lines(firing)
    assert body[0] == firing.summary
    assert "What: Double charges (Billing)" in body
    assert "Contacts: 42 contacts in 5 min, expected 10" in body
    assert "Since: Tue 14 Jul 2026 09:35 CEST (for 2 h)" in body  # 07:35 UTC, summer time
    assert "Driving terms: dubbel afgeschreven, charged twice" in body
    assert "Owners: finance" in body
    assert body[-1] == "Issue: https://feedback-loop.example/issues/iss-1"


def test_a_resolved_body_gives_the_measured_effect_and_when_it_was_verified(resolved):
    facts = dict(render.facts(resolved))
    assert facts["Fix verified"] == "Fri 24 Jul 2026 11:35 CEST"
    assert facts["Effect"] == "contacts dropped 63 % (CI 48–78 %), ≈230 fewer a week"
    assert facts["Measured"] == "12 contacts against 32.6 expected over 168 h"
    assert facts["First seen"] == "Tue 14 Jul 2026 09:35 CEST"


@pytest.mark.parametrize(
    ("utc", "local"),
    [
        (datetime(2026, 1, 15, 12, 0, tzinfo=UTC), "Thu 15 Jan 2026 13:00 CET"),
        (datetime(2026, 7, 15, 12, 0, tzinfo=UTC), "Wed 15 Jul 2026 14:00 CEST"),
        (datetime(2026, 3, 29, 0, 59, tzinfo=UTC), "Sun 29 Mar 2026 01:59 CET"),  # last minute of winter time
        (datetime(2026, 3, 29, 1, 0, tzinfo=UTC), "Sun 29 Mar 2026 03:00 CEST"),  # clocks jump 02:00 → 03:00
        (datetime(2026, 10, 25, 0, 30, tzinfo=UTC), "Sun 25 Oct 2026 02:30 CEST"),  # the first 02:30
        (datetime(2026, 10, 25, 1, 30, tzinfo=UTC), "Sun 25 Oct 2026 02:30 CET"),  # the second 02:30
    ],
)
def test_times_are_amsterdam_local_time_across_daylight_saving_changes(utc, local):
    assert render.local_time(utc) == local


@pytest.mark.parametrize(
    ("minutes", "words"), [(0, "0 min"), (5, "5 min"), (60, "1 h"), (150, "2 h 30 min"), (3 * 24 * 60, "3 days")]
)
def test_durations_read_naturally(minutes, words):
    assert render.duration(timedelta(minutes=minutes)) == words


def test_a_digest_counts_by_severity_and_lists_firing_before_resolved_most_severe_first(firing, resolved):
    warning = firing_alert(alert_id="evt-2:finance", severity=Severity.warning, name="Refund delayed")
    alerts = [resolved, warning, firing]
    assert render.heading(alerts) == "Feedback Loop digest for finance: 3 alerts (1 critical, 1 warning, 1 resolved)"
    assert render.text(alerts).splitlines() == [
        f"{render.title(firing)} — {firing.issue_url}",
        f"{render.title(warning)} — {warning.issue_url}",
        f"{render.title(resolved)} — {resolved.issue_url}",
    ]


def test_one_alert_is_no_digest_and_nothing_is_refused(firing):
    assert render.heading([firing]) == render.title(firing)
    assert render.text([firing]) == "\n".join(render.lines(firing))
    with pytest.raises(ValueError):
        render.heading([])


def test_the_test_alert_is_clearly_marked_asks_nothing_and_is_new_each_time():
    first = render.test_alert("finance", "https://feedback-loop.example/subscriptions/finance", at=AT)
    again = render.test_alert("finance", "https://feedback-loop.example/subscriptions/finance", at=AT + timedelta(1))
    assert render.is_test(first) and first.department == "finance" and first.severity == Severity.info
    assert render.title(first).startswith("[info] TEST alert")
    assert "no action needed" in render.title(first)
    assert first.alert_id != again.alert_id
    assert not render.is_test(firing_alert())
