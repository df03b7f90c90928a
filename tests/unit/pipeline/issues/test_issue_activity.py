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


def test_issue_activity_skips_replayed_offsets_and_copies_among_the_recent_contacts():
    activity = Activity()
    for n in range(300):
        activity = record(activity, contact(n, T0), offset=n)
    assert activity.days == {"2026-11-02": 300} and activity.last_offset == 299
    replayed = activity
    for n in range(250, 300):  # a crash replays the uncommitted tail: same offsets
        replayed = record(replayed, contact(n, T0), offset=n)
    assert replayed == activity
    copied = record(activity, contact(299, T0), offset=300)  # a copy from an earlier stage, new offset
    assert copied.days == activity.days and copied.last_offset == 300
    assert record(copied, contact(300, T0), offset=301).days == {"2026-11-02": 301}
    old_copy = record(copied, contact(10, T0), offset=302)  # beyond the last 256 ids: counted again, 300 → 301
    assert old_copy.days == {"2026-11-02": 301}
