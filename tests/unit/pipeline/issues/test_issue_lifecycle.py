"""The issue lifecycle with explicit times: signals open and attach, people move issues, folding is idempotent."""

from datetime import UTC, datetime, timedelta

import pytest

from nlp.taxonomy import load_taxonomy
from pipeline.detect.threshold import threshold_signal
from pipeline.issues.lifecycle import TransitionError, fold, on_signal, on_triage, on_verification, transition
from topics.issues import EventKind, IssueState, TransitionRequest, Verification

TAXONOMY = load_taxonomy()
T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def signal(minutes: int, label: str = "delivery.late"):
    return threshold_signal(label, (T0 + timedelta(minutes=minutes)).timestamp(), 300, 12, 10, T0)


def opened_issue():
    return fold(None, on_signal(None, signal(0), ["logistics"]), TAXONOMY)


def move(issue, to: str, minutes: int, event_id: str | None = None):
    request = TransitionRequest(to=to, actor="logistics", note=f"to {to}")
    event = transition(issue, request, T0 + timedelta(minutes=minutes), event_id or f"request-{to}-{minutes}")
    return fold(issue, event, TAXONOMY)


def test_a_signal_opens_the_issue_of_its_label_and_later_signals_attach():
    issue = opened_issue()
    assert (issue.issue_id, issue.state, issue.owners, issue.signals) == ("delivery.late", "open", ["logistics"], 1)
    assert issue.name == "Delivery / Late or missing delivery"
    later = fold(issue, on_signal(issue, signal(5), ["logistics"]), TAXONOMY)
    assert (later.state, later.signals, [e.kind for e in later.timeline]) == ("open", 2, ["opened", "signal"])
    assert later.last_seen == T0 + timedelta(minutes=10)  # the end of the second window


def test_the_issue_lifecycle_runs_acknowledged_fixing_fixed_and_records_who_and_when():
    issue = move(move(move(opened_issue(), "acknowledged", 30), "fixing", 60), "fixed", 90)
    assert issue.state == IssueState.fixed and issue.fixed_at == T0 + timedelta(minutes=90)
    changes = [(e.from_state, e.to_state, e.actor) for e in issue.timeline if e.kind == EventKind.transition]
    assert changes == [
        ("open", "acknowledged", "logistics"),
        ("acknowledged", "fixing", "logistics"),
        ("fixing", "fixed", "logistics"),
    ]


@pytest.mark.parametrize(
    ("path", "forbidden"), [([], "fixed"), (["acknowledged", "fixing", "fixed"], "fixing"), ([], "open")]
)
def test_the_lifecycle_forbids_skipping_ahead_and_says_what_is_allowed(path, forbidden):
    issue = opened_issue()
    for minutes, state in enumerate(path):
        issue = move(issue, state, minutes)
    with pytest.raises(TransitionError, match=f"from {issue.state.value} to {forbidden} \\(allowed: "):
        move(issue, forbidden, 99)


def test_folding_an_issue_event_twice_changes_nothing():
    issue = opened_issue()
    event = transition(issue, TransitionRequest(to="acknowledged", actor="x"), T0, "request-1")
    once = fold(issue, event, TAXONOMY)
    assert fold(once, event, TAXONOMY) == once
    assert fold(once, on_signal(None, signal(0), ["logistics"]), TAXONOMY) == once  # the opening signal replayed


def test_a_transition_decided_on_a_state_that_is_gone_is_not_applied_to_the_issue():
    issue = opened_issue()
    first = transition(issue, TransitionRequest(to="acknowledged", actor="a"), T0, "r1")
    second = transition(issue, TransitionRequest(to="wont_fix", actor="b"), T0, "r2")  # checked against `open` too
    after = fold(fold(issue, first, TAXONOMY), second, TAXONOMY)
    assert after.state == IssueState.acknowledged and [e.event_id for e in after.timeline][-1] == "r1"


def test_verification_moves_a_fixed_issue_to_verified_or_regressed_and_new_contacts_regress_a_verified_one():
    fixed = move(move(opened_issue(), "acknowledged", 1), "fixed", 2)
    result = Verification(
        drop_percent=63, ci_low_percent=50, ci_high_percent=72, contacts_avoided_per_week=230, observed=40,
        expected=108, observation_hours=168,
    )  # fmt: skip
    verified = fold(fixed, on_verification(fixed, True, result, T0 + timedelta(days=8)), TAXONOMY)
    assert verified.state == IssueState.verified and verified.verification == result
    back = fold(verified, on_signal(verified, signal(60 * 24 * 20), ["logistics"]), TAXONOMY)
    assert back.state == IssueState.regressed and back.timeline[-1].kind == EventKind.regressed
    assert move(back, "acknowledged", 99).state == IssueState.acknowledged
    failed = fold(fixed, on_verification(fixed, False, result, T0 + timedelta(days=8)), TAXONOMY)
    assert failed.state == IssueState.regressed


def test_changes_for_an_issue_that_does_not_exist_fold_into_nothing():
    issue = opened_issue()
    event = transition(issue, TransitionRequest(to="acknowledged", actor="x"), T0, "r")
    assert fold(None, event, TAXONOMY) is None


def test_a_signal_sent_on_a_stale_view_of_the_issue_never_resets_its_state():
    acknowledged = move(opened_issue(), "acknowledged", 1)
    stale = on_signal(None, signal(15), ["logistics"])  # decided before the issue was folded: says `opened`
    after = fold(acknowledged, stale, TAXONOMY)
    assert after.state == IssueState.acknowledged and after.signals == 2 and after.timeline[-1].kind == EventKind.signal


def candidate_issue(candidate_id: str = "c-7"):
    return fold(None, on_signal(None, signal(0, label=f"unclassified.{candidate_id}"), []), TAXONOMY)


def test_triage_closes_a_discovered_candidates_issue_merged_when_promoted_wont_fix_when_dismissed():
    acknowledged = move(candidate_issue(), "acknowledged", 10)
    promoted = on_triage("c-7", True, "triage", "promoted to product.karaoke_lyrics", T0 + timedelta(hours=1))
    merged = fold(acknowledged, promoted, TAXONOMY)
    assert (merged.state, merged.timeline[-1].kind, merged.timeline[-1].from_state) == (
        "merged",
        "triaged",
        "acknowledged",  # decided on the candidate, whatever the issue's state
    )
    assert merged.timeline[-1].note == "promoted to product.karaoke_lyrics"
    assert fold(merged, promoted, TAXONOMY) == merged  # a replay closes nothing twice
    with pytest.raises(TransitionError, match="allowed: nothing"):
        transition(merged, TransitionRequest(to="open", actor="triage"), T0, "reopen")

    dismissed = on_triage("c-7", False, "triage", "dismissed in triage: not a product problem", T0)
    closed = fold(candidate_issue(), dismissed, TAXONOMY)
    assert (closed.state, closed.timeline[-1].note) == ("wont_fix", "dismissed in triage: not a product problem")
    assert fold(None, dismissed, TAXONOMY) is None  # a candidate that never recurred has no issue to close
