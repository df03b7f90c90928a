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
a window a partition already reported. Records are taken in batches and a partition's state is written
once per batch (`write_behind`), before the batch's offsets are acked.
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
from pipeline.runtime.stage import Out, Stage, run_stage_in_batches
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
        table: MutableMapping[str, str],
        flush: Callable[[], Awaitable[None]],
        behind: Callable[[int, int], bool] = lambda partition, last_offset: False,
        read_gap: Callable[[int, int, int], Awaitable[list[tuple[int, bytes]]]] | None = None,
    ) -> None:
        """`behind(partition, last_offset)`: whether contacts.classified holds contacts after `last_offset`;
        `read_gap(partition, start, end)`: contacts.classified's records at offsets start..end-1."""
        self.deps, self.table, self.flush, self.behind, self.read_gap = deps, table, flush, behind, read_gap
        self.window = timedelta(seconds=deps.settings.window_seconds)
        self.grace = timedelta(seconds=deps.settings.window_grace_seconds)
        self.idle = timedelta(seconds=deps.settings.window_idle_seconds)
        self.started: dict[int, datetime] = {}  # partition → when this worker first ticked it

    def state(self, partition: int) -> PartitionCounts:
        stored = self.table.get(str(partition))
        return PartitionCounts.model_validate_json(stored) if stored else PartitionCounts()

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
            self.table[str(partition)] = before.model_copy(update={"last_offset": offset}).model_dump_json()
            raise  # dead-lettered by the caller
        if classified.contact_id in before.seen:
            metrics.duplicate_contacts.inc()  # a copy an earlier stage's replay made: counted already
        after = add(before, classified.label, classified.occurred_at, offset, now, self.window, classified.contact_id)
        self.table[str(partition)] = after.model_dump_json()
        if after.late > before.late:
            metrics.late_contacts.inc()

    async def tick(self, partition: int, at: datetime) -> None:
        active_since = self.started.setdefault(partition, at)
        before = self.state(partition)
        behind = self.behind(partition, before.last_offset)
        after, closed = close(before, partition, at, self.window, self.grace, self.idle, active_since, behind)
        if closed is None:
            return
        await self.deps.topics.partition_windows.send(key=str(partition).encode(), value=closed.to_bytes())
        await self.flush()  # sent before the state forgets those windows
        self.table[str(partition)] = after.model_dump_json()


def register(app: faust.App, deps: Deps) -> Counting:
    settings = deps.settings
    table = WriteBehind(app.Table("partition_counts", default=None, partitions=settings.topic_partitions), int)

    def behind(partition: int, last_offset: int) -> bool:
        """The consumer's high watermark (from fetch responses) is past what the state counted, or unknown."""
        try:
            highwater = app.consumer.highwater(TP(catalog.CLASSIFIED, partition))
        except AssertionError:  # aiokafka: not assigned (a rebalance under way)
            return True
        return highwater is None or highwater > last_offset + 1

    async def read_gap(partition: int, start: int, end: int) -> list[tuple[int, bytes]]:
        return await read_range(settings.kafka_bootstrap_servers or "", catalog.CLASSIFIED, partition, start, end)

    counting = Counting(deps, table, app.producer.flush, behind, read_gap)
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
        size, within = settings.classify_batch_size, settings.classify_batch_seconds
        await run_stage_in_batches(stream, stage, deps.dead_letters, size, within, table.flush)

    @app.timer(interval=settings.window_tick_seconds, name="close_due_windows")
    async def close_due_windows() -> None:
        tick = CountTick(at=deps.services.clock()).to_bytes()
        for tp in app.consumer.assignment():
            if tp.topic == catalog.COUNT_TICKS:
                await deps.topics.count_ticks.send(key=None, value=tick, partition=tp.partition)

    return counting
