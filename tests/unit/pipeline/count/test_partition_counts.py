"""Per-partition counting and closing windows on the worker's clock, with explicit timestamps."""

from datetime import UTC, datetime, timedelta

from pipeline.count.partition import PartitionCounts, add, close, window_start_of

HOUR, GRACE, IDLE = timedelta(hours=1), timedelta(minutes=2), timedelta(minutes=1)
T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def counted(*minutes: int, label: str = "delivery.late", state: PartitionCounts | None = None) -> PartitionCounts:
    state = state or PartitionCounts()
    for minute in minutes:
        state = add(state, label, T0 + timedelta(minutes=minute), state.last_offset + 1, T0, HOUR)
    return state


def test_windows_are_aligned_tumbling_hours_in_event_time():
    assert window_start_of(T0 + timedelta(minutes=59, seconds=59), HOUR) == T0
    assert window_start_of(T0 + HOUR, HOUR) == T0 + HOUR
    state = counted(5, 70, 10)  # out of order
    assert state.windows == {T0: {"delivery.late": 2}, T0 + HOUR: {"delivery.late": 1}}
    assert state.watermark == T0 + timedelta(minutes=70)


def test_a_replayed_offset_is_not_counted_again():
    state = counted(5, 6)
    again = add(state, "delivery.late", T0 + timedelta(minutes=7), state.last_offset, T0, HOUR)
    assert again is state and state.windows[T0] == {"delivery.late": 2}


def test_a_window_closes_when_event_time_passed_its_end_plus_grace():
    state = counted(5, 61)  # watermark 10:01: within the grace of 10:00
    busy = T0 + timedelta(minutes=61)  # the stream is not idle
    same, record = close(state, 0, busy, HOUR, GRACE, IDLE, active_since=busy)
    assert record is not None and record.windows == []  # only through moved (to 09:00)
    state = counted(125, state=same)  # event time 11:05: 09:00-10:00 and 10:00-11:00 are due
    closed_state, record = close(state, 3, busy, HOUR, GRACE, IDLE, active_since=busy)
    assert record.partition == 3 and record.through == T0 + 2 * HOUR
    assert [(w.window_start, w.counts) for w in record.windows] == [
        (T0, {"delivery.late": 1}),
        (T0 + HOUR, {"delivery.late": 1}),
    ]
    assert list(closed_state.windows) == [T0 + 2 * HOUR]
    assert close(closed_state, 3, busy, HOUR, GRACE, IDLE, active_since=busy) == (closed_state, None)


def test_a_quiet_partition_closes_by_the_clock_and_a_late_contact_is_not_counted():
    state = counted(5)
    now = T0 + timedelta(hours=3)
    kept, record = close(state, 0, now, HOUR, GRACE, IDLE, active_since=now)  # just started: not idle yet
    assert record is None or record.windows == []
    closed, record = close(kept, 0, now + IDLE, HOUR, GRACE, IDLE, active_since=now)
    assert [w.counts for w in record.windows] == [{"delivery.late": 1}] and record.through == T0 + HOUR
    late = counted(30, state=closed)
    assert late.late == 1 and late.windows == {}
    _, record = close(late.model_copy(update={"watermark": T0 + 2 * HOUR}), 0, now + 2 * HOUR, HOUR, GRACE, IDLE)
    assert record.late == 1 and record.through == T0 + 3 * HOUR


def test_a_partition_with_contacts_still_to_read_is_not_quiet_however_long_it_waited():
    state = counted(5)
    now = T0 + timedelta(hours=3)  # long after the last contact: a recovery took its time
    kept, record = close(state, 0, now + 10 * IDLE, HOUR, GRACE, IDLE, active_since=now, behind=True)
    assert not record.quiet and record.windows == [] and kept.windows == state.windows  # backlog may hold 09:xx
    _, record = close(kept, 0, now + 10 * IDLE, HOUR, GRACE, IDLE, active_since=now, behind=False)
    assert record.quiet and [w.counts for w in record.windows] == [{"delivery.late": 1}]


def test_a_partition_that_never_had_a_contact_still_closes_by_the_clock():
    assert close(PartitionCounts(), 1, T0, HOUR, GRACE, IDLE, active_since=T0) == (PartitionCounts(), None)
    _, record = close(PartitionCounts(), 1, T0 + timedelta(minutes=30), HOUR, GRACE, IDLE)
    assert record.through == T0 and record.windows == [] and record.quiet


def test_a_quiet_partition_says_so_at_every_tick_and_a_busy_one_only_when_something_closed():
    busy = T0 + timedelta(minutes=10)
    state, first = close(counted(5), 0, busy, HOUR, GRACE, IDLE, active_since=busy)
    assert first is not None and not first.quiet
    assert close(state, 0, busy, HOUR, GRACE, IDLE, active_since=busy) == (state, None)
    state, quiet = close(state, 0, busy + IDLE, HOUR, GRACE, IDLE, active_since=busy)
    assert quiet.quiet and quiet.through == first.through and quiet.windows == []
    again, still = close(state, 0, busy + 2 * IDLE, HOUR, GRACE, IDLE, active_since=busy)
    assert again == state and still == quiet  # detection trusts a quiet partition only as of its last word


def test_a_quiet_night_closes_the_last_window_once_it_is_over_and_the_rest_with_the_next_contact():
    evening = T0.replace(hour=22)
    state = counted(0, state=None).model_copy(update={"watermark": evening + timedelta(minutes=30)})
    state = state.model_copy(update={"windows": {evening: {"delivery.late": 1}}, "last_offset": 0})
    _, early = close(state, 0, evening + timedelta(minutes=31), HOUR, GRACE, IDLE, active_since=evening)
    assert early is None or early.windows == []  # 22:00–23:00 is not over yet
    closed, record = close(state, 0, evening + HOUR + GRACE, HOUR, GRACE, IDLE, active_since=evening)
    assert [w.window_start for w in record.windows] == [evening] and record.through == evening + HOUR
    again, still = close(closed, 0, evening + 5 * HOUR, HOUR, GRACE, IDLE, active_since=evening)
    assert again == closed and still.windows == [] and still.through == evening + HOUR and still.quiet


def test_a_copy_of_a_counted_contact_at_a_new_offset_is_not_counted_until_its_window_closed():
    state = add(PartitionCounts(), "delivery.late", T0, 0, T0, HOUR, contact_id="c-1")
    copy = add(state, "delivery.late", T0, 7, T0, HOUR, contact_id="c-1")  # an earlier stage replayed it
    assert copy.windows == state.windows == {T0: {"delivery.late": 1}} and copy.seen == {T0: ["c-1"]}
    assert copy.last_offset == 7  # its offset is passed all the same: no gap check reads it again
    closed, _ = close(state, 0, T0 + 2 * HOUR, HOUR, GRACE, IDLE)
    assert closed.seen == {}  # forgotten with its window: a copy now is late anyway


def test_the_ids_of_a_window_are_one_list_and_a_state_written_with_one_entry_per_id_still_reads():
    state = PartitionCounts()
    for offset, contact_id in enumerate(["c-1", "c-2", "c-3"]):
        state = add(state, "delivery.late", T0 + timedelta(minutes=offset), offset, T0, HOUR, contact_id=contact_id)
    state = add(state, "delivery.late", T0 + HOUR, 3, T0, HOUR, contact_id="c-4")
    assert state.seen == {T0: ["c-1", "c-2", "c-3"], T0 + HOUR: ["c-4"]}
    assert state.counted("c-2") and not state.counted("c-5")
    written = state.model_dump(mode="json")
    written["seen"] = {"c-1": T0.isoformat(), "c-2": T0.isoformat(), "c-4": (T0 + HOUR).isoformat()}  # before
    old = PartitionCounts.model_validate(written)
    assert old.seen == {T0: ["c-1", "c-2"], T0 + HOUR: ["c-4"]} and old.counted("c-4")
    assert PartitionCounts.model_validate_json(state.model_dump_json()) == state
