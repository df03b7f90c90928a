"""The sweep: alerts the delivery agent never took up, or took up and never finished, are queued again."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from pipeline.deliver import sweep as sweep_module
from pipeline.deliver.sweep import Progress, Sweeper, needs_requeue, progress_key
from tests.unit.pipeline.deliver.samples import sample_alert
from topics import catalog
from topics.alerts import Alert, DigestRelease

NOW = datetime(2026, 7, 14, 12, 0, tzinfo=UTC)
GRACE = timedelta(seconds=60)
BUDGET = timedelta(seconds=300)


def make_alert(alert_id: str) -> Alert:
    return sample_alert(alert_id, NOW - timedelta(hours=1))


def progress(state: str, at: datetime) -> str:
    return Progress(state=state, at=at).model_dump_json()


def ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


# --- needs_requeue ------------------------------------------------------------------------------------------


def check(stored: Progress | None, produced_ago: timedelta) -> bool:
    return needs_requeue(stored, NOW - produced_ago, NOW, GRACE, BUDGET)


def test_within_grace_nothing_is_requeued():
    assert check(None, timedelta(seconds=59)) is False
    assert check(Progress(state="accepted", at=NOW - timedelta(days=1)), timedelta(seconds=10)) is False


def test_never_accepted_after_grace_is_requeued():
    assert check(None, GRACE) is True  # grace has run out exactly
    assert check(None, timedelta(hours=5)) is True


def test_accepted_recently_is_not_requeued():
    assert check(Progress(state="accepted", at=NOW - timedelta(seconds=30)), timedelta(hours=1)) is False
    assert check(Progress(state="accepted", at=NOW - BUDGET - GRACE), timedelta(hours=1)) is False  # not yet over


def test_accepted_longer_ago_than_budget_and_grace_and_not_done_is_requeued():
    stuck = Progress(state="accepted", at=NOW - BUDGET - GRACE - timedelta(seconds=1))
    assert check(stuck, timedelta(hours=1)) is True


def test_done_is_never_requeued():
    assert check(Progress(state="done", at=NOW - timedelta(days=3)), timedelta(days=3)) is False
    assert check(Progress(state="done", at=NOW), timedelta(hours=1)) is False


# --- Sweeper.sweep ------------------------------------------------------------------------------------------


class FakeTopic:
    """`read_partition` over in-memory partitions: (offset, timestamp ms, value) from `start` on."""

    def __init__(self) -> None:
        self.partitions: dict[int, list[tuple[int, int, bytes]]] = {}
        self.reads: list[tuple[str, str, int, int]] = []

    def append(self, partition: int, value: bytes, produced_at: datetime) -> int:
        records = self.partitions.setdefault(partition, [])
        offset = len(records)
        records.append((offset, ms(produced_at), value))
        return offset

    def read_partition(self, bootstrap_servers: str, topic: str, partition: int, start: int, *_: object):
        self.reads.append((bootstrap_servers, topic, partition, start))
        return [record for record in self.partitions.get(partition, []) if record[0] >= start]


class Setup:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.topic = FakeTopic()
        monkeypatch.setattr(sweep_module, "read_partition", self.topic.read_partition)
        self.progress: dict[str, str | None] = {}
        self.sent: list[str] = []
        self.sweeper = Sweeper("broker:9092", self.progress, self.send, grace=GRACE, budget=BUDGET)

    async def send(self, alert: Alert) -> None:
        self.sent.append(alert.alert_id)

    def add(self, alert_id: str, produced_at: datetime, partition: int = 0, state: str | None = None, at=None) -> int:
        if state is not None:
            self.progress[f"{alert_id}#0"] = progress(state, at or produced_at)
        return self.topic.append(partition, make_alert(alert_id).to_bytes(), produced_at)

    def sweep(self, now: datetime = NOW, partitions: list[int] | None = None) -> list[str]:
        return asyncio.run(self.sweeper.sweep(partitions if partitions is not None else [0], now))


@pytest.fixture
def setup(monkeypatch) -> Setup:
    return Setup(monkeypatch)


OLD = NOW - timedelta(hours=1)


def test_sweep_queues_only_what_needs_it(setup):
    setup.add("done-1", OLD, state="done")
    setup.add("never", OLD)
    setup.add("stuck", OLD, state="accepted", at=NOW - BUDGET - GRACE - timedelta(seconds=1))
    setup.add("busy", OLD, state="accepted", at=NOW - timedelta(seconds=30))
    setup.add("young", NOW - timedelta(seconds=5))
    setup.add("done-2", OLD, state="done")
    queued = setup.sweep()
    assert queued == ["never", "stuck"]
    assert setup.sent == ["never", "stuck"]
    assert setup.topic.reads == [("broker:9092", catalog.ALERTS, 0, 0)]


def test_sweep_reads_the_timestamp_of_the_record_not_the_alert(setup):
    # The alert's own `at` is an hour ago, but the record was produced 10 s ago: within grace.
    setup.add("fresh", NOW - timedelta(seconds=10))
    assert setup.sweep() == []
    assert setup.sweep(NOW + GRACE) == ["fresh"]


def test_sweep_does_not_queue_the_same_alert_again_within_budget_and_grace(setup):
    setup.add("never", OLD)
    assert setup.sweep(NOW) == ["never"]
    assert setup.sweep(NOW + timedelta(seconds=1)) == []
    assert setup.sweep(NOW + BUDGET + GRACE) == []  # exactly budget + grace: not yet
    assert setup.sweep(NOW + BUDGET + GRACE + timedelta(seconds=1)) == ["never"]
    assert setup.sent == ["never", "never"]


def test_an_alert_and_its_queued_copy_in_one_read_are_queued_once(setup):
    setup.add("never", OLD)
    setup.add("never", OLD + timedelta(minutes=1))  # the copy an earlier worker queued
    assert setup.sweep() == ["never"]


def test_start_at_advances_only_over_a_prefix_of_done_and_non_alert_records(setup):
    setup.add("done-1", OLD, state="done")
    setup.topic.append(0, DigestRelease(release="finance", at=OLD).to_bytes(), OLD)
    setup.topic.append(0, b"not json at all", OLD)
    setup.add("busy", OLD, state="accepted", at=NOW - timedelta(seconds=30))  # offset 3
    setup.add("done-2", OLD, state="done")
    setup.topic.append(0, b"{}", OLD)
    assert setup.sweep() == []
    assert setup.sweeper.start_at == {0: 3}
    assert setup.sweep(NOW + timedelta(seconds=1)) == []
    assert setup.topic.reads[-1] == ("broker:9092", catalog.ALERTS, 0, 3)  # read again from the oldest not done


def test_start_at_passes_an_alert_once_it_is_done(setup):
    setup.add("done-1", OLD, state="done")
    setup.add("busy", OLD, state="accepted", at=NOW - timedelta(seconds=30))
    setup.add("done-2", OLD, state="done")
    setup.sweep()
    assert setup.sweeper.start_at == {0: 1}
    setup.progress["busy#0"] = progress("done", NOW)
    setup.sweep(NOW + timedelta(seconds=10))
    assert setup.sweeper.start_at == {0: 3}
    assert setup.topic.reads[-1][3] == 1
    setup.sweep(NOW + timedelta(seconds=20))
    assert setup.topic.reads[-1][3] == 3


def test_a_queued_alert_holds_start_at_until_it_is_done(setup):
    setup.add("never", OLD)
    setup.add("done-1", OLD, state="done")
    assert setup.sweep() == ["never"]
    assert setup.sweeper.start_at.get(0, 0) == 0


def test_an_empty_partition_leaves_start_at_alone(setup):
    assert setup.sweep() == []
    assert setup.sweeper.start_at == {}
    assert setup.topic.reads == [("broker:9092", catalog.ALERTS, 0, 0)]


def test_partitions_are_swept_each_from_their_own_start(setup):
    setup.add("p0-done", OLD, partition=0, state="done")
    setup.add("p0-never", OLD, partition=0)
    setup.add("p1-done", OLD, partition=1, state="done")
    setup.add("p1-done-2", OLD, partition=1, state="done")
    setup.add("p2-never", OLD, partition=2)
    assert setup.sweep(partitions=[0, 1]) == ["p0-never"]  # partition 2 is not this worker's
    assert setup.sweeper.start_at == {0: 1, 1: 2}
    setup.sweep(NOW + timedelta(seconds=1), partitions=[0, 1])
    assert setup.topic.reads[-2:] == [
        ("broker:9092", catalog.ALERTS, 0, 1),
        ("broker:9092", catalog.ALERTS, 1, 2),
    ]


def test_a_redrive_has_progress_of_its_own():
    first = make_alert("a-1")
    redriven = first.model_copy(update={"redrive": 1})
    assert progress_key(first) == "a-1#0" and progress_key(redriven) == "a-1#1"


def test_a_redriven_copy_lost_before_it_was_accepted_is_queued_although_the_first_delivery_is_done(setup):
    setup.add("a-2", OLD, state="done")
    setup.topic.append(0, make_alert("a-2").model_copy(update={"redrive": 1}).to_bytes(), OLD)
    assert setup.sweep() == ["a-2"]
