"""When a fixed issue gets verified, with explicit event times and hourly counts."""

from datetime import UTC, datetime, timedelta

from nlp.taxonomy import load_taxonomy
from pipeline.detect.threshold import threshold_signal
from pipeline.issues.lifecycle import fold, on_signal, transition
from pipeline.verify.due import verification_event
from pipeline.verify.hours import TOTAL, hours_between, window_key
from topics.issues import EventKind, TransitionRequest

TAXONOMY = load_taxonomy()
FIXED = datetime(2026, 11, 9, 12, 0, tzinfo=UTC)
BASELINE, OBSERVATION = timedelta(days=7), timedelta(hours=48)


def fixed_issue():
    opened = fold(
        None,
        on_signal(
            None, threshold_signal("delivery.late", FIXED.timestamp() - 86_400, 300, 12, 10, FIXED), ["logistics"]
        ),
        TAXONOMY,
    )
    acknowledged = fold(
        opened, transition(opened, TransitionRequest(to="acknowledged", actor="l"), FIXED, "a"), TAXONOMY
    )
    return fold(acknowledged, transition(acknowledged, TransitionRequest(to="fixed", actor="l"), FIXED, "f"), TAXONOMY)


WINDOW = timedelta(minutes=30)


def counts(share_before: float, share_after: float, per_hour: int = 100) -> dict[str, int]:
    """`per_hour` contacts every hour in two half-hour windows; the label's share before and after the fix."""
    table = {}
    for hour in hours_between(FIXED - BASELINE, FIXED + OBSERVATION + timedelta(hours=1)):
        share = share_before if hour < FIXED else share_after
        label = round(per_hour * share)
        for start, part in ((hour, label // 2), (hour + WINDOW, label - label // 2)):
            table[window_key("delivery.late", start)] = part
            table[window_key(TOTAL, start)] = per_hour // 2
    return table


def event(table: dict[str, int], clock: datetime, window: timedelta = WINDOW):
    return verification_event(fixed_issue(), clock, lambda key: table.get(key, 0), window, BASELINE, OBSERVATION)


def test_verification_waits_for_the_observation_period_in_event_time():
    assert event(counts(0.10, 0.03), FIXED + OBSERVATION - timedelta(minutes=1)) is None


def test_verification_of_a_clear_drop_says_verified_with_the_drop_and_contacts_avoided():
    verified = event(counts(0.10, 0.03), FIXED + OBSERVATION)
    assert verified.kind == EventKind.verified and verified.to_state == "verified"
    assert verified.verification.drop_percent == 70.0
    assert verified.verification.contacts_avoided_per_week == 7 * 168  # 7 fewer an hour
    assert verified.event_id == event(counts(0.10, 0.03), FIXED + OBSERVATION + timedelta(hours=1)).event_id


def test_verification_without_a_drop_says_regressed_and_too_few_contacts_waits():
    regressed = event(counts(0.10, 0.10), FIXED + OBSERVATION)
    assert regressed.kind == EventKind.regressed and abs(regressed.verification.drop_percent) < 1
    assert event(counts(0.10, 0.03, per_hour=2), FIXED + OBSERVATION) is None  # expected < 20: ask again later


def test_an_hour_is_the_sum_of_the_windows_that_start_in_it():
    """Hourly windows: the same counts stored once an hour give the same verdict as half-hour windows."""
    hourly = {}
    for key, count in counts(0.10, 0.03).items():
        label, start = key.split("|")
        hour = datetime.fromisoformat(start).replace(minute=0).isoformat()
        hourly[f"{label}|{hour}"] = hourly.get(f"{label}|{hour}", 0) + count
    by_hour = event(hourly, FIXED + OBSERVATION, window=timedelta(hours=1))
    assert by_hour.verification == event(counts(0.10, 0.03), FIXED + OBSERVATION).verification
    assert event({}, FIXED + OBSERVATION, window=timedelta(hours=2)) is None  # no contacts: nothing to say
