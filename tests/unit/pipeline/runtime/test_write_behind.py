"""Write-behind state: a batch writes each key once, to the partition of the record that changed it."""

import asyncio
from dataclasses import dataclass

from pydantic import BaseModel

from pipeline.runtime.stage import Stage, run_stage_in_batches
from pipeline.runtime.write_behind import WriteBehind
from tests.unit.pipeline.runtime.fakes import fake_deps


class Count(BaseModel):
    n: int = 0


class FakeTable:
    def __init__(self) -> None:
        self.data: dict[str, str] = {}
        self.changelog: list[tuple[int, str, str]] = []

    def get(self, key, default=None):
        return self.data.get(key, default)

    def send_changelog(self, partition, key, value, value_serializer=None):
        self.changelog.append((partition, key, value))


@dataclass
class Message:
    topic: str
    partition: int
    offset: int


@dataclass
class Event:
    message: Message
    value: bytes


class Batches:
    def __init__(self, *batches: list[Event]) -> None:
        self.batches = batches

    async def take_events(self, size, within):
        for batch in self.batches:
            yield batch


def test_a_batch_writes_each_key_once_and_reads_see_held_writes():
    table = FakeTable()
    held = WriteBehind(table, Count)
    deps = fake_deps()

    def count(message, payload: bytes):
        if payload == b"poison":
            raise ValueError("bad")
        key = payload.decode()
        before = held.get(key) or Count()
        held.set(key, Count(n=before.n + 1), message.partition)
        return []

    stage = Stage("aggregate", "contacts.classified", count)
    first = [Event(Message("in", 1, n), b"a") for n in range(3)] + [Event(Message("in", 1, 3), b"poison")]
    second = [Event(Message("in", 0, 0), b"b"), Event(Message("in", 1, 4), b"a")]
    asyncio.run(run_stage_in_batches(Batches(first, second), stage, deps.dead_letters, 64, 0.05, held.flush))
    assert table.data == {"a": '{"n":4}', "b": '{"n":1}'}
    assert table.changelog == [(1, "a", '{"n":3}'), (0, "b", '{"n":1}'), (1, "a", '{"n":4}')]  # once per key and batch
    assert len(deps.topics.deadletter.sent) == 1 and held.pending == {}


def test_a_table_keyed_by_partition_number_writes_to_that_partition():
    table = FakeTable()
    held = WriteBehind(table, Count, partition_of=int)
    held["3"] = Count(n=7)
    assert table.changelog == [] and held.get("3") == Count(n=7)
    held.flush()
    assert table.changelog == [(3, "3", '{"n":7}')] and held.get("3") == Count(n=7)  # read back from the table


def test_a_held_delete_hides_the_key_at_once_and_sends_a_tombstone_on_flush():
    table = FakeTable()
    table.data["a"] = Count(n=3).model_dump_json()
    held = WriteBehind(table, Count, partition_of=lambda _: 2)
    held.delete("a", 2)
    assert held.get("a") is None and "a" in table.data  # nothing written before the batch ends
    held.flush()
    assert "a" not in table.data and table.changelog == [(2, "a", None)]
