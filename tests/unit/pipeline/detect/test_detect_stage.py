"""The detection stage's logic with recording topics: final windows go out once, with their signals and metrics."""

import asyncio
import json
from datetime import UTC, datetime, timedelta

from pipeline.detect.agents import Detecting
from tests.unit.pipeline.runtime.fakes import fake_deps, no_flush
from topics.counts import PartitionWindows, WindowCount

HOUR = timedelta(hours=1)
T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def record(partition: int, hours: int, counts: dict[str, int] | None = None) -> bytes:
    windows = [WindowCount(window_start=T0, window_end=T0 + HOUR, counts=counts)] if counts else []
    return PartitionWindows(partition=partition, through=T0 + hours * HOUR, windows=windows).to_bytes()


def test_a_window_both_partitions_closed_goes_out_once_with_its_signal_even_when_replayed():
    deps = fake_deps(signal_threshold=5, topic_partitions=2, window_seconds=3600)
    table: dict[str, str] = {}
    detecting = Detecting(deps, table, no_flush)
    asyncio.run(detecting.handle(record(0, 1, {"delivery.late": 4}), offset=0))
    assert deps.topics.counts.sent == []  # partition 1 has not closed it yet
    asyncio.run(detecting.handle(record(1, 1, {"delivery.late": 3, "billing.double_charge": 1}), offset=1))
    asyncio.run(detecting.handle(record(1, 1, {"delivery.late": 3, "billing.double_charge": 1}), offset=1))  # replay
    [(_, window)] = deps.topics.counts.sent
    assert json.loads(window)["counts"] == {"delivery.late": 7, "billing.double_charge": 1}
    [(key, signal)] = deps.topics.signals.sent
    assert key == b"delivery.late" and json.loads(signal)["kind"] == "threshold"
    metrics = deps.services.metrics.registry
    assert metrics.get_sample_value("feedback_loop_windows_closed_total", {"baseline": "cold"}) == 1
    assert json.loads(table["center"])["last_offset"] == 1


def test_a_quiet_partition_repeating_itself_writes_no_state():
    """A quiet partition says so at every tick; only a change is worth a write to the state's changelog."""
    deps = fake_deps(signal_threshold=5, topic_partitions=2, window_seconds=3600)
    writes: list[str] = []

    class CountingTable(dict):
        def __setitem__(self, key: str, value: str) -> None:
            writes.append(key)
            super().__setitem__(key, value)

    detecting = Detecting(deps, CountingTable(), no_flush)
    quiet = PartitionWindows(partition=1, through=T0 + HOUR, windows=[], quiet=True).to_bytes()
    asyncio.run(detecting.handle(record(0, 1, {"delivery.late": 1}), offset=0))
    asyncio.run(detecting.handle(quiet, offset=1))  # closes 09:00: a write
    written = len(writes)
    for offset in range(2, 12):
        asyncio.run(detecting.handle(quiet, offset=offset))
    assert len(writes) == written  # ten repeats, no write
    asyncio.run(detecting.handle(record(0, 3, {"delivery.late": 2}), offset=12))
    asyncio.run(detecting.handle(quiet, offset=13))  # vouches for more now: a write
    assert len(writes) > written + 1


def test_records_the_stream_skipped_after_a_restart_are_read_and_handled_first():
    """Faust resumed at offset 3 while the state covers offset 0: partition 1's report at offset 1 would be
    lost, and the window would go out without its share."""
    deps = fake_deps(signal_threshold=100, topic_partitions=2, window_seconds=3600)
    table: dict[str, str] = {}
    skipped = {1: record(1, 1, {"delivery.late": 3}), 2: record(1, 1)}
    reads: list[tuple[int, int]] = []

    async def read_gap(start: int, end: int) -> list[tuple[int, bytes]]:
        reads.append((start, end))
        return [(offset, skipped[offset]) for offset in range(start, end)]

    detecting = Detecting(deps, table, no_flush, read_gap)
    asyncio.run(detecting.handle_in_order(record(0, 1, {"delivery.late": 4}), offset=0))
    asyncio.run(detecting.handle_in_order(record(0, 2), offset=3))
    assert reads == [(1, 3)]
    [(_, window)] = deps.topics.counts.sent
    assert json.loads(window)["counts"] == {"delivery.late": 7}
    assert deps.services.metrics.registry.get_sample_value("feedback_loop_detection_gaps_total") == 1


def test_records_this_process_handled_that_changed_nothing_are_not_taken_for_a_gap():
    """Quiet repeats write nothing; the process remembers how far it read, so they are no gap in the stream.
    After a restart they are read once more from the broker, and change nothing."""
    deps = fake_deps(signal_threshold=100, topic_partitions=2, window_seconds=3600)
    table: dict[str, str] = {}
    quiet = PartitionWindows(partition=1, through=T0 + HOUR, windows=[], quiet=True).to_bytes()
    reads: list[tuple[int, int]] = []

    async def read_gap(start: int, end: int) -> list[tuple[int, bytes]]:
        reads.append((start, end))
        return [(offset, quiet) for offset in range(start, end)]

    detecting = Detecting(deps, table, no_flush, read_gap)
    asyncio.run(detecting.handle_in_order(record(0, 1, {"delivery.late": 1}), offset=0))
    for offset in range(1, 6):  # 1 closes 09:00 (a write); 2 to 5 repeat it (no write)
        asyncio.run(detecting.handle_in_order(quiet, offset=offset))
    assert reads == []
    written = dict(table)

    restarted = Detecting(deps, table, no_flush, read_gap)  # a new process: the state covers offset 1
    asyncio.run(restarted.handle_in_order(quiet, offset=6))
    assert reads == [(2, 6)] and table == written
