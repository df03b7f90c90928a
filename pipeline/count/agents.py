"""The count_contacts agent: contacts.classified → per-partition window counts → counts.partitions.

No repartitioning: each partition of `contacts.classified` counts its own contacts in one table value
(`partition_counts`, keyed by partition, written to the changelog partition of the same number), together
with the last offset it counted and the contact ids of its open windows, so neither a replay after a crash
nor a copy of a contact that an earlier stage's replay produced is counted twice.

The worker's own timer closes windows: it sends a tick to every partition of `counts.ticks` it owns. That
topic is read by the same agent as `contacts.classified` and has as many partitions, so Faust gives partition
p of both to the same worker, and a tick reaches the state in the stream (tables change only there). A
partition with contacts still to read is never quiet, however long a recovery took, and contacts between the
state's offset and where the stream resumed are counted first. The closed windows are
sent and flushed before the state forgets them: a crash in between sends them again, and detection ignores
a window a partition already reported. The state is held as an object between records (`write_behind`)
and written after each, so it is parsed once per worker, not once per contact.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from datetime import datetime, timedelta
from typing import Any

import faust
from faust.types import TP

from pipeline.count.partition import PartitionCounts, add, close
from pipeline.deps import Deps
from pipeline.runtime.read_range import read_range
from pipeline.runtime.stage import Out, Stage, run_stage_on_events
from pipeline.runtime.write_behind import WriteBehind
from topics import catalog
from topics.counts import CountTick
from topics.records import MAX_CONTACT_BYTES, ClassifiedContact
from topics.validation import InvalidRecord, check_not_in_future, parse_record

log = logging.getLogger(__name__)


class Counting:
    def __init__(
        self,
        deps: Deps,
        table: MutableMapping[str, PartitionCounts],
        flush: Callable[[], Awaitable[None]],
        highwater: Callable[[int], int | None] = lambda partition: 0,
        read_gap: Callable[[int, int, int], Awaitable[list[tuple[int, bytes]]]] | None = None,
    ) -> None:
        """`highwater(partition)`: the offset after contacts.classified's last record, as the consumer last
        heard it (None: unknown); `read_gap(partition, start, end)`: its records at offsets start..end-1."""
        self.deps, self.table, self.flush, self.highwater, self.read_gap = deps, table, flush, highwater, read_gap
        self.window = timedelta(seconds=deps.settings.window_seconds)
        self.grace = timedelta(seconds=deps.settings.window_grace_seconds)
        self.idle = timedelta(seconds=deps.settings.window_idle_seconds)
        self.started: dict[int, datetime] = {}  # partition → when this worker first ticked it

    def state(self, partition: int) -> PartitionCounts:
        return self.table.get(str(partition)) or PartitionCounts()

    async def process(self, message: Any, payload: bytes) -> Iterable[Out]:
        """One record of either source (`message`: its topic, partition and offset)."""
        if message.topic == catalog.COUNT_TICKS:
            await self.tick(message.partition, parse_record(CountTick, payload).at)
        else:
            await self.count_in_order(payload, message.partition, message.offset)
        return []

    async def count_in_order(self, payload: bytes, partition: int, offset: int) -> None:
        """Count one contact, after whatever lies between the state's last offset and it (see fill_gap)."""
        state = self.state(partition)
        expected = state.last_offset + 1
        if self.read_gap is not None and expected > 0 and offset > expected:
            await self.fill_gap(partition, expected, offset)
            state = self.state(partition)
        self.count(payload, partition, offset, state)

    async def fill_gap(self, partition: int, start: int, end: int) -> None:
        """Count the records at offsets start..end-1: the state covers less than where the stream resumed.

        A changelog recovered short of its end, or Faust skipping fetched records after a restart
        (faust-streaming #216), would otherwise lose those contacts for good: the committed offset is past
        them. They are read with a consumer of their own (Faust's position is left alone) and counted in
        order; a record in the gap that cannot be counted is dead-lettered like any other.
        """
        log.warning(
            "counting: partition %d resumed at offset %d but its state covers up to %d: counting %d-%d first",
            partition,
            end,
            start - 1,
            start,
            end - 1,
        )
        self.deps.services.metrics.counting_gaps.inc()
        assert self.read_gap is not None
        for gap_offset, payload in await self.read_gap(partition, start, end):
            try:
                self.count(payload, partition, gap_offset)
            except InvalidRecord as error:
                await self.deps.dead_letters.send(payload, str(error), source=catalog.CLASSIFIED, stage="aggregate")

    def count(self, payload: bytes, partition: int, offset: int, before: PartitionCounts | None = None) -> None:
        """Count one contact; every offset moves the state on, a copy or a bad record too, so a later gap
        check never reads them again. `before`: the partition's state, when the caller has it already."""
        before = self.state(partition) if before is None else before
        if offset <= before.last_offset:
            return  # a replay: counted already
        now, metrics = self.deps.services.clock(), self.deps.services.metrics
        try:
            classified = parse_record(ClassifiedContact, payload, max_bytes=2 * MAX_CONTACT_BYTES)
            check_not_in_future(classified.occurred_at, now)  # would move the window clock into the future
        except InvalidRecord:
            self.table[str(partition)] = before.model_copy(update={"last_offset": offset})
            raise  # dead-lettered by the caller
        if before.counted(classified.contact_id):
            metrics.duplicate_contacts.inc()  # a copy an earlier stage's replay made: counted already
        after = add(before, classified.label, classified.occurred_at, offset, now, self.window, classified.contact_id)
        self.table[str(partition)] = after
        if after.late > before.late:
            metrics.late_contacts.inc()

    def behind(self, partition: int, last_offset: int) -> bool:
        """contacts.classified holds contacts after `last_offset`, or it is not known that it does not."""
        highwater = self.highwater(partition)
        return highwater is None or highwater > last_offset + 1

    async def tick(self, partition: int, at: datetime) -> None:
        active_since = self.started.setdefault(partition, at)
        before = self.state(partition)
        behind = self.behind(partition, before.last_offset)
        if behind and self.stalled(before, at, active_since):
            await self.fill_gap(partition, before.last_offset + 1, self.highwater(partition) or 0)
            before = self.state(partition)
            behind = self.behind(partition, before.last_offset)
        after, closed = close(before, partition, at, self.window, self.grace, self.idle, active_since, behind)
        if closed is None:
            return
        await self.deps.topics.partition_windows.send(key=str(partition).encode(), value=closed.to_bytes())
        await self.flush()  # sent before the state forgets those windows
        if after != before:  # a quiet partition saying so again changes nothing here
            self.table[str(partition)] = after  # written when the tick's record is done (`run_stage_on_events`)

    def stalled(self, state: PartitionCounts, at: datetime, active_since: datetime) -> bool:
        """Behind, yet nothing counted for the idle time: the stream resumed past the state and no later
        contact arrives to show the gap (a worker killed after committing offsets its state had not
        written, with nothing more to come)."""
        if self.read_gap is None or state.last_offset < 0:
            return False
        last = max(t for t in (state.last_arrival, active_since) if t is not None)
        return at - last >= self.idle


def register(app: faust.App, deps: Deps) -> Counting:
    settings = deps.settings
    stored = app.Table("partition_counts", default=None, partitions=settings.topic_partitions)
    table = WriteBehind(stored, PartitionCounts, partition_of=int)

    def highwater(partition: int) -> int | None:
        """The consumer's high watermark (from fetch responses); None while unknown."""
        try:
            return app.consumer.highwater(TP(catalog.CLASSIFIED, partition))
        except AssertionError:  # aiokafka: not assigned (a rebalance under way)
            return None

    async def read_gap(partition: int, start: int, end: int) -> list[tuple[int, bytes]]:
        return await read_range(settings.kafka_bootstrap_servers or "", catalog.CLASSIFIED, partition, start, end)

    counting = Counting(deps, table, app.producer.flush, highwater, read_gap)
    stage = Stage("aggregate", catalog.CLASSIFIED, counting.process, unexpected="cannot count")
    source = app.topic(
        catalog.CLASSIFIED,
        catalog.COUNT_TICKS,
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
    )

    @app.agent(source, name="count_contacts")
    async def count_contacts(stream: faust.StreamT) -> None:
        # one record at a time: a batch's state would reach the changelog only at its end, and a crash
        # before that replays the batch (measured: the fault suite then saw a window closed twice)
        await run_stage_on_events(stream, stage, deps.dead_letters, table.flush)

    @app.timer(interval=settings.window_tick_seconds, name="close_due_windows")
    async def close_due_windows() -> None:
        tick = CountTick(at=deps.services.clock()).to_bytes()
        for tp in app.consumer.assignment():
            if tp.topic == catalog.COUNT_TICKS:
                await deps.topics.count_ticks.send(key=None, value=tick, partition=tp.partition)

    return counting
