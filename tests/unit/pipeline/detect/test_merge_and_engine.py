"""Final windows from every partition, and the engine the worker, backtest and benchmark share."""

import json
from datetime import UTC, datetime, timedelta

from pipeline.detect.detectors import DetectionConfig
from pipeline.detect.engine import DetectionEngine
from pipeline.detect.merge import MergeState, final_windows, receive
from topics.counts import PartitionWindows, WindowCount
from topics.records import SignalKind

HOUR = timedelta(hours=1)
T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def closed(partition: int, through_hours: int, **windows: dict[str, int]) -> PartitionWindows:
    return PartitionWindows(
        partition=partition,
        through=T0 + through_hours * HOUR,
        windows=[
            WindowCount(window_start=T0 + int(h) * HOUR, window_end=T0 + (int(h) + 1) * HOUR, counts=counts)
            for h, counts in ((key.lstrip("h"), value) for key, value in windows.items())
        ],
    )


def test_a_window_is_final_once_every_partition_closed_it_and_sums_their_counts():
    state = receive(MergeState(), closed(0, 2, h0={"a.x": 2}, h1={"a.x": 1}), offset=0)
    state, ready = final_windows(state, partitions=2, window=HOUR)
    assert ready == []  # partition 1 has not reported
    state = receive(state, closed(1, 1, h0={"a.x": 3, "b.y": 1}), offset=1)
    state, ready = final_windows(state, partitions=2, window=HOUR)
    assert ready == [(T0, {"a.x": 5, "b.y": 1})]
    state = receive(state, closed(1, 3), offset=2)  # partition 1 had nothing after; partition 0 is at 11:00
    state, ready = final_windows(state, partitions=2, window=HOUR)
    assert ready == [(T0 + HOUR, {"a.x": 1})]
    assert state.final_through == T0 + 2 * HOUR and state.pending == {}


def test_a_replayed_record_or_window_changes_no_count():
    record = closed(0, 1, h0={"a.x": 2})
    once = receive(MergeState(), record, offset=0)
    assert receive(once, record, offset=0) is once  # the same offset
    again = receive(once, record, offset=5)  # the same windows, sent again after a crash
    assert again.pending == {T0: {"a.x": 2}} and again.last_offset == 5


def test_quiet_hours_between_final_windows_count_as_zero():
    state = receive(MergeState(), closed(0, 4, h0={"a.x": 1}, h3={"a.x": 2}), offset=0)
    _, ready = final_windows(state, partitions=1, window=HOUR)
    assert ready == [(T0, {"a.x": 1}), (T0 + HOUR, {}), (T0 + 2 * HOUR, {}), (T0 + 3 * HOUR, {"a.x": 2})]


def test_while_cold_the_threshold_decides_and_an_episode_keeps_one_signal_id():
    engine = DetectionEngine(DetectionConfig(), threshold=5)
    _, first = engine.close_window(T0, {"delivery.late": 7, "billing.x": 2}, T0)
    _, second = engine.close_window(T0 + HOUR, {"delivery.late": 6}, T0)
    _, quiet = engine.close_window(T0 + 2 * HOUR, {}, T0)
    assert [(s.kind, s.label, s.count, s.update) for s in first] == [(SignalKind.threshold, "delivery.late", 7, 0)]
    assert [(s.signal_id, s.update, s.episode_start) for s in second] == [(first[0].signal_id, 1, T0)]
    assert quiet == []
    for gap in range(3, 7):  # more than `episode_gap_windows` quiet: a new episode
        engine.close_window(T0 + gap * HOUR, {}, T0)
    _, later = engine.close_window(T0 + 7 * HOUR, {"delivery.late": 9}, T0)
    assert later[0].signal_id != first[0].signal_id and later[0].update == 0


def test_the_engine_state_survives_json_and_gives_the_same_signals():
    config = DetectionConfig(baseline_min_weeks=1)
    engine, moment = DetectionEngine(config, threshold=1000), T0
    for _ in range(24 * 7 + 5):  # a week of steady traffic, then the same hours again
        engine.close_window(moment, {"delivery.late": 10, "billing.x": 20}, T0)
        moment += HOUR
    restored = DetectionEngine.from_state(config, 1000, json.loads(json.dumps(engine.state())))
    spike = {"delivery.late": 60, "billing.x": 20}
    window, signals = engine.close_window(moment, spike, T0)
    window_again, signals_again = restored.close_window(moment, spike, T0)
    assert window.warm and window == window_again and signals == signals_again
    assert [(s.kind, s.label) for s in signals] == [(SignalKind.spike, "delivery.late")]
    assert signals[0].expected and signals[0].expected < 15 and signals[0].severity == "critical"


def test_a_quiet_partition_holds_nobody_back_and_its_later_contact_for_a_final_window_is_late():
    state = receive(MergeState(), closed(0, 3, h0={"a.x": 1}, h2={"a.x": 4}), offset=0)
    state = receive(state, closed(1, 1, h0={"a.x": 2}), offset=1)
    state, ready = final_windows(state, partitions=2, window=HOUR)
    assert [start for start, _ in ready] == [T0]  # partition 1 is busy: its 10:00 may still come
    state = receive(state, closed(1, 1).model_copy(update={"quiet": True}), offset=2)
    state, ready = final_windows(state, partitions=2, window=HOUR)
    assert ready == [(T0 + HOUR, {}), (T0 + 2 * HOUR, {"a.x": 4})]
    state = receive(state, closed(1, 2, h1={"a.x": 5}), offset=3)  # it speaks again, about a final window
    assert state.late == 5 and state.pending == {}


def test_a_quiet_partition_vouches_only_for_what_the_others_had_closed_when_it_last_said_so():
    """A replayed history reaches both partitions at once; partition 0 reads its share first and races ahead.
    Partition 1 was quiet before: its share must not be late because partition 0 was quicker."""
    state = receive(MergeState(), closed(0, 1, h0={"a.x": 1}), offset=0)
    state = receive(state, closed(1, 1).model_copy(update={"quiet": True}), offset=1)  # vouches up to 10:00
    state, ready = final_windows(state, partitions=2, window=HOUR)
    assert [start for start, _ in ready] == [T0]
    state = receive(state, closed(0, 3, h1={"a.x": 1}, h2={"a.x": 1}), offset=2)  # the history starts
    state, ready = final_windows(state, partitions=2, window=HOUR)
    assert ready == []  # partition 1 said nothing since: its share may be on its way
    state = receive(state, closed(1, 3, h1={"a.x": 2}, h2={"a.x": 3}), offset=3)
    state, ready = final_windows(state, partitions=2, window=HOUR)
    assert ready == [(T0 + HOUR, {"a.x": 3}), (T0 + 2 * HOUR, {"a.x": 4})] and state.late == 0
    state = receive(state, closed(0, 3).model_copy(update={"quiet": True}), offset=4)
    state = receive(state, closed(1, 3).model_copy(update={"quiet": True}), offset=5)
    assert state.vouched == {0: T0 + 3 * HOUR, 1: T0 + 3 * HOUR}
