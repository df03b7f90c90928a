"""Issue activity per label, with explicit times."""

from datetime import UTC, datetime, timedelta

from pipeline.issues.activity import KEEP_DAYS, Activity, record, since
from topics.records import ClassifiedContact, Turn

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def contact(n: int, at: datetime, agent: str | None = "agent-007", terms=("pakket",)) -> ClassifiedContact:
    return ClassifiedContact(
        contact_id=f"c-{n}", channel="call", occurred_at=at, language="nl", customer_ref="cust-1", agent_id=agent,
        label="delivery.late", category="delivery", confidence=0.9, matched_terms=list(terms),
        redacted_transcript=[Turn(speaker="customer", text="waar is mijn pakket")],
    )  # fmt: skip


def test_issue_activity_counts_days_agents_drivers_and_keeps_the_last_examples():
    activity = Activity()
    for n in range(7):
        activity = record(activity, contact(n, T0 + timedelta(hours=n * 6), agent="agent-1" if n % 2 else None))
    assert activity.days == {"2026-11-02": 3, "2026-11-03": 4}
    assert activity.examples == ["c-2", "c-3", "c-4", "c-5", "c-6"]
    assert activity.drivers == {"pakket": 7}
    days, agents = since(activity, T0 + timedelta(days=1))
    assert days == {"2026-11-03": 4} and agents == {"agent-1": 2, "unknown": 2}


def test_issue_activity_ignores_a_replayed_contact_and_forgets_old_days():
    activity = record(Activity(), contact(1, T0))
    assert record(activity, contact(1, T0)) == activity
    later = record(activity, contact(2, T0 + timedelta(days=KEEP_DAYS + 1)))
    assert list(later.days) == [(T0 + timedelta(days=KEEP_DAYS + 1)).date().isoformat()]
