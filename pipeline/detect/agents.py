"""The detect_signals agent: counts.partitions → final windows of the whole center → counts and signals.

One partition, one state: detection needs the whole center at once (a surge is every category up; the
baseline's total is the center's volume). The state (merge progress, everything the detectors learned and
the offset it covers) is one table value, written after the window's counts and signals were sent and
flushed: a crash in between sends them again with the same ids (`signal_id` per episode, one counts record
per window), and the issue stage and delivery log keep one of each.

Like counting, detection checks each record's offset against what it has covered (the state's offset, or the
newest offset this process handled: a quiet partition repeating itself changes nothing and writes nothing):
when Faust resumes past it after a restart (it can skip fetched records, faust-streaming #216, or recover the
changelog a few records short), the records in between are read with a consumer of its own and handled first
(after a restart that re-reads the quiet repeats since the state was last written, which change nothing).
Without it a window one partition reported in a skipped record could go out again later with that
partition's share missing.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from datetime import timedelta

import faust

from pipeline.deps import Deps
from pipeline.detect.engine import DetectionEngine
from pipeline.detect.merge import MergeState, final_windows, receive
from pipeline.metrics import label_names
from pipeline.runtime.read_range import read_range
from pipeline.runtime.stage import Out, Stage, run_stage
from topics import catalog
from topics.counts import PartitionWindows
from topics.validation import InvalidRecord, parse_record

log = logging.getLogger(__name__)

STATE_KEY = "center"


class Detecting:
    def __init__(
        self,
        deps: Deps,
        table: MutableMapping[str, str],
        flush: Callable[[], Awaitable[None]],
        read_gap: Callable[[int, int], Awaitable[list[tuple[int, bytes]]]] | None = None,
    ) -> None:
        """`read_gap(start, end)`: the records of counts.partitions at offsets start..end-1."""
        self.deps, self.table, self.flush, self.read_gap = deps, table, flush, read_gap
        self.config = deps.settings.detection()
        self.window = timedelta(seconds=deps.settings.window_seconds)
        self.last_seen = -1  # the newest offset this process handled

    def state(self) -> MergeState:
        stored = self.table.get(STATE_KEY)
        return MergeState.model_validate_json(stored) if stored else MergeState()

    def covered(self, state: MergeState) -> int:
        """The newest offset whose record is in the state or was handled by this process."""
        return max(state.last_offset, self.last_seen)

    async def process(self, payload: bytes) -> Iterable[Out]:
        event = faust.current_event()
        assert event is not None
        await self.handle_in_order(payload, event.message.offset)
        return []

    async def handle_in_order(self, payload: bytes, offset: int) -> None:
        """Handle one record, after whatever lies between what the state covers and it."""
        before = self.state()
        expected = self.covered(before) + 1
        if self.read_gap is not None and expected > 0 and offset > expected:
            log.warning(
                "detection: resumed at offset %d but its state covers up to %d: handling %d-%d first",
                offset,
                expected - 1,
                expected,
                offset - 1,
            )
            self.deps.services.metrics.detection_gaps.inc()
            for gap_offset, gap_payload in await self.read_gap(expected, offset):
                try:
                    await self.handle(gap_payload, gap_offset)
                except InvalidRecord as error:
                    reason = str(error)
                    await self.deps.dead_letters.send(
                        gap_payload, reason, source=catalog.PARTITION_WINDOWS, stage="aggregate"
                    )
                finally:
                    self.last_seen = max(self.last_seen, gap_offset)
            before = self.state()
        try:
            await self.handle(payload, offset, before)
        finally:
            self.last_seen = max(self.last_seen, offset)

    async def handle(self, payload: bytes, offset: int, before: MergeState | None = None) -> None:
        """`before`: the state, when the caller has parsed it already."""
        before = self.state() if before is None else before
        record = parse_record(PartitionWindows, payload)
        state = receive(before, record, offset)
        if state is before:
            return
        state, ready = final_windows(state, self.deps.settings.topic_partitions, self.window)
        if ready:
            state = await self.detect(state, ready)
        elif state.model_copy(update={"last_offset": before.last_offset}) == before:
            return  # a quiet partition saying so again: nothing to write (a replay of it changes nothing either)
        self.table[STATE_KEY] = state.model_dump_json()

    async def detect(self, state: MergeState, ready: list) -> MergeState:
        settings, services, topics = self.deps.settings, self.deps.services, self.deps.topics
        engine = DetectionEngine.from_state(self.config, settings.signal_threshold, state.engine)
        now = services.clock()
        for start, counts in ready:
            window, signals = engine.close_window(start, counts, now)
            await topics.counts.send(key=start.isoformat().encode(), value=window.to_bytes())
            services.metrics.windows_closed.labels(baseline="warm" if window.warm else "cold").inc()
            for signal in signals:
                await topics.signals.send(key=signal.label.encode(), value=signal.to_bytes())
                if signal.update == 0:
                    services.metrics.signals.labels(kind=signal.kind.value, **label_names(signal.label)).inc()
        await self.flush()  # sent before the state says they were
        return state.model_copy(update={"engine": engine.state()})


def register(app: faust.App, deps: Deps) -> Detecting:
    table = app.Table("detection_state", default=None, partitions=1)

    async def read_gap(start: int, end: int) -> list[tuple[int, bytes]]:
        bootstrap = deps.settings.kafka_bootstrap_servers or ""
        return await read_range(bootstrap, catalog.PARTITION_WINDOWS, 0, start, end)

    detecting = Detecting(deps, table, app.producer.flush, read_gap)
    stage = Stage("aggregate", catalog.PARTITION_WINDOWS, detecting.process, unexpected="cannot detect")

    @app.agent(deps.topics.partition_windows, name="detect_signals")
    async def detect_signals(stream: faust.StreamT) -> None:
        await run_stage(stream, stage, deps.dead_letters)

    return detecting
