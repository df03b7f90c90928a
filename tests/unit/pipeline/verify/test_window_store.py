"""The verifier's window store: a window sent twice stores the same values; hours sum their windows."""

from datetime import UTC, datetime, timedelta

from pipeline.verify.agents import event_clock, storing_stage
from pipeline.verify.hours import window_starts_in
from topics.counts import CenterWindow

START = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)


def window(start: datetime, counts: dict[str, int]) -> bytes:
    end, total = start + timedelta(minutes=30), sum(counts.values())
    return CenterWindow(window_start=start, window_end=end, counts=counts, total=total, warm=True).to_bytes()


def test_a_window_sent_again_stores_the_same_counts_and_the_clock_never_goes_back():
    table: dict[str, int] = {}
    store = storing_stage(table, keep=timedelta(days=49)).process
    assert event_clock(table) == datetime.fromtimestamp(0, UTC)
    store(window(START, {"delivery.late": 3, "unclassified": 2}))
    once = dict(table)
    store(window(START, {"delivery.late": 3, "unclassified": 2}))  # a replay of the detection stage
    assert table == once
    assert table["delivery.late|2026-03-29T00:30:00+00:00"] == 3 and table["*|2026-03-29T00:30:00+00:00"] == 5
    store(window(START - timedelta(hours=1), {"delivery.late": 1}))  # an older window: the clock stays
    assert event_clock(table) == START + timedelta(minutes=30)


def test_window_starts_in_an_hour_follow_the_epoch_aligned_windows():
    hour = datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    assert window_starts_in(hour, timedelta(minutes=15)) == [hour + timedelta(minutes=m) for m in (0, 15, 30, 45)]
    assert window_starts_in(hour, timedelta(hours=2)) == []  # two-hour windows start on even hours
    assert window_starts_in(hour - timedelta(hours=1), timedelta(hours=2)) == [hour - timedelta(hours=1)]


def test_windows_older_than_what_verification_reads_are_forgotten_once_a_day_of_event_time():
    table: dict[str, int] = {}
    store = storing_stage(table, keep=timedelta(days=2)).process
    for day in range(5):
        store(window(START + timedelta(days=day), {"delivery.late": day + 1}))
    starts = sorted(key.partition("|")[2] for key in table if key.startswith("delivery.late|"))
    # the clock is day 4, 01:00: the window of day 2, 00:30 starts more than 2 days before it
    assert starts == [(START + timedelta(days=day)).isoformat() for day in (3, 4)]
    assert {key for key in table if key.startswith("*|")} == {f"*|{start}" for start in starts}
    assert event_clock(table) == START + timedelta(days=4, minutes=30)
