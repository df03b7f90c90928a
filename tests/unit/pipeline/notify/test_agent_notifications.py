"""What agents are told, with explicit times."""

from datetime import UTC, datetime

from nlp.taxonomy import load_taxonomy
from pipeline.detect.threshold import threshold_signal
from pipeline.issues.lifecycle import fold, on_signal, on_verification, transition
from pipeline.notify.messages import notifications
from topics.issues import TransitionRequest, Verification

TAXONOMY = load_taxonomy()
T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def issue_with_agents():
    issue = fold(
        None,
        on_signal(None, threshold_signal("delivery.late", T0.timestamp(), 300, 12, 10, T0), ["logistics"]),
        TAXONOMY,
    )
    return issue.model_copy(update={"agents": {"agent-7": 14, "agent-9": 1}})


def test_agent_notification_when_an_issue_is_acknowledged_names_the_owner_and_the_count():
    issue = issue_with_agents()
    event = transition(issue, TransitionRequest(to="acknowledged", actor="logistics", note="carrier on it"), T0, "r1")
    told = notifications(issue, event)
    assert [(n.agent_id, n.contacts, n.kind) for n in told] == [
        ("agent-7", 14, "acknowledged"),
        ("agent-9", 1, "acknowledged"),
    ]
    assert told[0].message == (
        "Your 14 contacts about delivery / late or missing delivery reached logistics, "
        "who acknowledged the issue on 1 Dec: “carrier on it”."
    )
    assert told[1].message.startswith("Your 1 contact about") and told[0].notification_id == "r1:agent-7"


def test_agent_notification_when_the_fix_is_verified_says_how_much_contacts_dropped():
    issue = issue_with_agents()
    issue = fold(issue, transition(issue, TransitionRequest(to="acknowledged", actor="l"), T0, "a"), TAXONOMY)
    issue = fold(
        issue,
        transition(issue, TransitionRequest(to="fixed", actor="l"), datetime(2026, 12, 3, tzinfo=UTC), "f"),
        TAXONOMY,
    )
    result = Verification(
        drop_percent=63.2, ci_low_percent=50, ci_high_percent=70, contacts_avoided_per_week=230.4, observed=40,
        expected=108, observation_hours=168,
    )  # fmt: skip
    event = on_verification(issue, True, result, datetime(2026, 12, 10, tzinfo=UTC))
    [first, _] = notifications(issue, event)
    assert first.message == (
        "Your 14 contacts about delivery / late or missing delivery led to a fix by logistics on 3 Dec; "
        "since then such contacts dropped 63 % (≈230 fewer a week)."
    )


def test_no_agent_notification_for_other_changes():
    issue = issue_with_agents()
    assert notifications(issue, transition(issue, TransitionRequest(to="wont_fix", actor="l"), T0, "w")) == []
