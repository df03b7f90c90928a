"""Whether an alert goes out now, later or not at all: min severity, cooldown, daily digest, quiet hours, DST."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from pipeline.deliver.policy import AMSTERDAM, Decision, decide, next_local
from tests.unit.pipeline.deliver.samples import sample_alert
from topics.alerts import Alert, AlertStatus, Severity
from topics.subscriptions import QuietHours, Subscription

# Tuesday 14 July 2026, 09:35 UTC = 11:35 CEST: outside any quiet hours used below.
NOON_ISH = datetime(2026, 7, 14, 9, 35, tzinfo=UTC)


def make_alert(**changes: object) -> Alert:
    return sample_alert(at=NOON_ISH, **changes)


def subscription(**changes: object) -> Subscription:
    return Subscription(**{"name": "finance", "categories": ["billing"], **changes})


def local(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """An Amsterdam wall-clock time as a UTC instant (unambiguous times only)."""
    return datetime(year, month, day, hour, minute, tzinfo=AMSTERDAM).astimezone(UTC)


# --- minimum severity ---------------------------------------------------------------------------------------


def test_a_plain_subscription_sends_at_once():
    assert decide(make_alert(), subscription(), NOON_ISH, None) == Decision("send")


@pytest.mark.parametrize(
    ("severity", "minimum", "action"),
    [
        (Severity.info, Severity.warning, "suppress"),
        (Severity.warning, Severity.critical, "suppress"),
        (Severity.info, Severity.critical, "suppress"),
        (Severity.warning, Severity.warning, "send"),
        (Severity.critical, Severity.warning, "send"),
        (Severity.info, Severity.info, "send"),
    ],
)
def test_min_severity_suppresses_a_firing_alert_below_it(severity, minimum, action):
    decision = decide(make_alert(severity=severity), subscription(min_severity=minimum), NOON_ISH, None)
    assert decision.action == action
    if action == "suppress":
        assert decision.release_at is None
        assert severity.value in decision.reason and minimum.value in decision.reason


def test_min_severity_never_suppresses_a_resolved_alert():
    resolved = make_alert(status=AlertStatus.resolved, severity=Severity.info)
    assert decide(resolved, subscription(min_severity=Severity.critical), NOON_ISH, None).action == "send"


# --- cooldown -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ago", "action"),
    [
        (timedelta(minutes=0), "suppress"),
        (timedelta(minutes=1), "suppress"),
        (timedelta(minutes=29, seconds=59), "suppress"),
        (timedelta(minutes=30), "send"),  # the cooldown has run out exactly
        (timedelta(minutes=31), "send"),
        (timedelta(days=2), "send"),
    ],
)
def test_cooldown_suppresses_a_repeat_within_it_and_allows_it_after(ago, action):
    decision = decide(make_alert(), subscription(cooldown_minutes=30), NOON_ISH, NOON_ISH - ago)
    assert decision.action == action
    if action == "suppress":
        assert "30 min cooldown" in decision.reason and "billing.double_charge" in decision.reason


def test_cooldown_without_a_previous_send_sends():
    assert decide(make_alert(), subscription(cooldown_minutes=30), NOON_ISH, None).action == "send"


def test_no_cooldown_sends_a_repeat_at_once():
    assert decide(make_alert(), subscription(cooldown_minutes=0), NOON_ISH, NOON_ISH).action == "send"


def test_cooldown_never_suppresses_a_resolved_alert():
    resolved = make_alert(status=AlertStatus.resolved)
    last = NOON_ISH - timedelta(minutes=1)
    assert decide(resolved, subscription(cooldown_minutes=60), NOON_ISH, last).action == "send"


def test_min_severity_is_checked_before_cooldown():
    decision = decide(
        make_alert(severity=Severity.info),
        subscription(min_severity=Severity.warning, cooldown_minutes=60),
        NOON_ISH,
        NOON_ISH - timedelta(minutes=1),
    )
    assert decision.action == "suppress" and "below the minimum" in decision.reason


# --- daily digest -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"severity": Severity.critical},
        {"status": AlertStatus.resolved, "severity": Severity.info},
    ],
)
def test_a_digest_department_holds_everything_until_the_next_digest_time(changes):
    now = local(2026, 7, 14, 11, 35)
    decision = decide(make_alert(**changes), subscription(digest_at=time(7, 0)), now, None)
    assert decision == Decision("hold", "daily digest", local(2026, 7, 15, 7, 0))
    assert decision.release_at == datetime(2026, 7, 15, 5, 0, tzinfo=UTC)  # 07:00 CEST


def test_a_digest_later_today_is_released_today():
    now = local(2026, 7, 14, 6, 59)
    decision = decide(make_alert(), subscription(digest_at=time(7, 0)), now, None)
    assert decision.action == "hold" and decision.release_at == datetime(2026, 7, 14, 5, 0, tzinfo=UTC)


def test_a_digest_department_still_suppresses_below_its_minimum_and_within_its_cooldown():
    now = local(2026, 7, 14, 11, 35)
    below = decide(
        make_alert(severity=Severity.info), subscription(digest_at=time(7), min_severity="warning"), now, None
    )
    repeat = decide(make_alert(), subscription(digest_at=time(7), cooldown_minutes=60), now, now - timedelta(minutes=5))
    assert below.action == "suppress" and repeat.action == "suppress"


def test_the_digest_wins_over_quiet_hours():
    quiet = QuietHours(start=time(22), end=time(7))
    now = local(2026, 7, 14, 23, 0)
    decision = decide(make_alert(), subscription(digest_at=time(9), quiet_hours=quiet), now, None)
    assert decision == Decision("hold", "daily digest", local(2026, 7, 15, 9, 0))


# --- quiet hours --------------------------------------------------------------------------------------------

OVERNIGHT = QuietHours(start=time(22, 0), end=time(7, 0))
LUNCH = QuietHours(start=time(12, 0), end=time(13, 30))


@pytest.mark.parametrize(
    ("now", "release_at"),
    [
        (local(2026, 7, 14, 22, 0), local(2026, 7, 15, 7, 0)),  # the start is inside
        (local(2026, 7, 14, 23, 30), local(2026, 7, 15, 7, 0)),  # before midnight: tomorrow 07:00
        (local(2026, 7, 15, 0, 0), local(2026, 7, 15, 7, 0)),
        (local(2026, 7, 15, 3, 15), local(2026, 7, 15, 7, 0)),  # after midnight: today 07:00
        (local(2026, 7, 15, 6, 59), local(2026, 7, 15, 7, 0)),
    ],
)
def test_quiet_hours_over_midnight_hold_a_non_critical_alert_until_they_end(now, release_at):
    decision = decide(make_alert(severity=Severity.warning), subscription(quiet_hours=OVERNIGHT), now, None)
    assert decision == Decision("hold", "quiet hours", release_at)


@pytest.mark.parametrize(
    "now", [local(2026, 7, 14, 7, 0), local(2026, 7, 14, 12, 0), local(2026, 7, 14, 21, 59)]
)  # the end is outside
def test_outside_quiet_hours_over_midnight_alerts_go_out(now):
    assert decide(make_alert(), subscription(quiet_hours=OVERNIGHT), now, None).action == "send"


def test_quiet_hours_within_a_day_hold_until_their_end_the_same_day():
    decision = decide(make_alert(), subscription(quiet_hours=LUNCH), local(2026, 7, 14, 12, 45), None)
    assert decision == Decision("hold", "quiet hours", local(2026, 7, 14, 13, 30))
    assert decide(make_alert(), subscription(quiet_hours=LUNCH), local(2026, 7, 14, 13, 30), None).action == "send"
    assert decide(make_alert(), subscription(quiet_hours=LUNCH), local(2026, 7, 14, 11, 59), None).action == "send"


def test_quiet_hours_are_amsterdam_wall_clock_not_utc():
    # 21:30 UTC is 23:30 CEST: inside 22:00-07:00 in Amsterdam though 21:30 is outside it in UTC.
    now = datetime(2026, 7, 14, 21, 30, tzinfo=UTC)
    decision = decide(make_alert(), subscription(quiet_hours=OVERNIGHT), now, None)
    assert decision.action == "hold" and decision.release_at == datetime(2026, 7, 15, 5, 0, tzinfo=UTC)
    # 05:30 UTC is 07:30 CEST: outside, though 05:30 is inside 22:00-07:00 in UTC.
    assert decide(
        make_alert(), subscription(quiet_hours=OVERNIGHT), datetime(2026, 7, 15, 5, 30, tzinfo=UTC), None
    ) == (Decision("send"))


def test_quiet_hours_let_a_critical_alert_through():
    now = local(2026, 7, 14, 23, 30)
    assert decide(make_alert(severity=Severity.critical), subscription(quiet_hours=OVERNIGHT), now, None) == (
        Decision("send")
    )


def test_quiet_hours_hold_a_non_critical_resolved_alert_rather_than_suppress_it():
    now = local(2026, 7, 14, 23, 30)
    resolved = make_alert(status=AlertStatus.resolved, severity=Severity.info)
    decision = decide(resolved, subscription(quiet_hours=OVERNIGHT, min_severity="critical"), now, None)
    assert decision == Decision("hold", "quiet hours", local(2026, 7, 15, 7, 0))


# --- next_local and DST -------------------------------------------------------------------------------------


def test_next_local_later_today():
    assert next_local(datetime(2026, 7, 14, 3, 0, tzinfo=UTC), time(7, 0)) == datetime(2026, 7, 14, 5, 0, tzinfo=UTC)


def test_next_local_at_exactly_now_gives_the_next_day():
    now = datetime(2026, 7, 14, 5, 0, tzinfo=UTC)  # 07:00 CEST
    assert next_local(now, time(7, 0)) == datetime(2026, 7, 15, 5, 0, tzinfo=UTC)


def test_next_local_one_microsecond_before_gives_today():
    now = datetime(2026, 7, 14, 4, 59, 59, 999_999, tzinfo=UTC)
    assert next_local(now, time(7, 0)) == datetime(2026, 7, 14, 5, 0, tzinfo=UTC)


def test_next_local_uses_the_amsterdam_date_not_the_utc_date():
    # 23:30 UTC on 14 July is already 01:30 on 15 July in Amsterdam: 07:00 is that same local day.
    now = datetime(2026, 7, 14, 23, 30, tzinfo=UTC)
    assert next_local(now, time(7, 0)) == datetime(2026, 7, 15, 5, 0, tzinfo=UTC)


def test_next_local_accepts_a_now_in_another_zone():
    now = datetime(2026, 7, 14, 3, 0, tzinfo=UTC).astimezone(AMSTERDAM)
    result = next_local(now, time(7, 0))
    assert result == datetime(2026, 7, 14, 5, 0, tzinfo=UTC) and result.utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        # Spring forward, Sunday 29 March 2026 (02:00 CET -> 03:00 CEST).
        (datetime(2026, 3, 28, 12, 0, tzinfo=UTC), datetime(2026, 3, 29, 5, 0, tzinfo=UTC)),  # 07:00 CEST
        (datetime(2026, 3, 27, 12, 0, tzinfo=UTC), datetime(2026, 3, 28, 6, 0, tzinfo=UTC)),  # 07:00 CET
        (datetime(2026, 3, 29, 0, 30, tzinfo=UTC), datetime(2026, 3, 29, 5, 0, tzinfo=UTC)),  # 01:30 CET that night
        # Fall back, Sunday 25 October 2026 (03:00 CEST -> 02:00 CET).
        (datetime(2026, 10, 24, 12, 0, tzinfo=UTC), datetime(2026, 10, 25, 6, 0, tzinfo=UTC)),  # 07:00 CET
        (datetime(2026, 10, 23, 12, 0, tzinfo=UTC), datetime(2026, 10, 24, 5, 0, tzinfo=UTC)),  # 07:00 CEST
        (datetime(2026, 10, 25, 0, 30, tzinfo=UTC), datetime(2026, 10, 25, 6, 0, tzinfo=UTC)),  # 02:30 CEST that night
    ],
)
def test_next_local_keeps_seven_o_clock_local_across_dst(now, expected):
    result = next_local(now, time(7, 0))
    assert result == expected
    assert result.astimezone(AMSTERDAM).time() == time(7, 0)
    assert result > now


def test_a_digest_at_seven_moves_an_hour_in_utc_across_the_spring_switch():
    sub = subscription(digest_at=time(7, 0))
    before = decide(make_alert(), sub, datetime(2026, 3, 27, 12, 0, tzinfo=UTC), None).release_at
    after = decide(make_alert(), sub, datetime(2026, 3, 28, 12, 0, tzinfo=UTC), None).release_at
    assert before == datetime(2026, 3, 28, 6, 0, tzinfo=UTC)
    assert after == datetime(2026, 3, 29, 5, 0, tzinfo=UTC)
    assert after - before == timedelta(hours=23)  # the local day of 29 March is 23 hours long


def test_a_digest_at_seven_moves_an_hour_in_utc_across_the_autumn_switch():
    sub = subscription(digest_at=time(7, 0))
    before = decide(make_alert(), sub, datetime(2026, 10, 23, 12, 0, tzinfo=UTC), None).release_at
    after = decide(make_alert(), sub, datetime(2026, 10, 24, 12, 0, tzinfo=UTC), None).release_at
    assert before == datetime(2026, 10, 24, 5, 0, tzinfo=UTC)
    assert after == datetime(2026, 10, 25, 6, 0, tzinfo=UTC)
    assert after - before == timedelta(hours=25)


def test_quiet_hours_ending_on_the_spring_switch_night_end_at_seven_cest():
    # 23:30 CET on Saturday 28 March; quiet hours end at 07:00 CEST on Sunday, only 6.5 real hours later.
    now = datetime(2026, 3, 28, 22, 30, tzinfo=UTC)
    decision = decide(make_alert(), subscription(quiet_hours=OVERNIGHT), now, None)
    assert decision.action == "hold" and decision.release_at == datetime(2026, 3, 29, 5, 0, tzinfo=UTC)
    assert decision.release_at - now == timedelta(hours=6, minutes=30)


def test_next_local_for_a_time_skipped_by_the_spring_switch_is_after_now():
    # 02:30 does not exist on 29 March 2026; whatever is chosen must lie after now.
    now = datetime(2026, 3, 29, 0, 0, tzinfo=UTC)  # 01:00 CET
    assert next_local(now, time(2, 30)) > now


def test_next_local_in_the_repeated_autumn_hour_is_after_now():
    # 01:15 UTC on 25 October 2026 is 02:15 CET, the second time the clock shows 02:15. The clock next
    # shows 02:30 at 01:30 UTC (02:30 CET); next_local returns 00:30 UTC (02:30 CEST), 45 minutes ago.
    now = datetime(2026, 10, 25, 1, 15, tzinfo=UTC)
    result = next_local(now, time(2, 30))
    assert result > now
    assert result == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
