"""The detect_signals agent: counts.partitions → final windows of the whole center → counts and signals.

One partition, one state: detection needs the whole center at once (a surge is every category up; the
baseline's total is the center's volume). The state (merge progress, everything the detectors learned and
the offset it covers) is one table value, written after the window's counts and signals were sent and
flushed: a crash in between sends them again with the same ids (`signal_id` per episode, one counts record
per window), and the issue stage and delivery log keep one of each.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from datetime import timedelta

import faust

from pipeline.deps import Deps
from pipeline.detect.engine import DetectionEngine
from pipeline.detect.merge import MergeState, final_windows, receive
from pipeline.metrics import label_names
from pipeline.runtime.stage import Out, Stage, run_stage
from topics import catalog
from topics.counts import PartitionWindows
from topics.validation import parse_record

STATE_KEY = "center"


class Detecting:
    def __init__(self, deps: Deps, table: MutableMapping[str, str], flush: Callable[[], Awaitable[None]]) -> None:
        self.deps, self.table, self.flush = deps, table, flush
        self.config = deps.settings.detection()
        self.window = timedelta(seconds=deps.settings.window_seconds)

    def state(self) -> MergeState:
        stored = self.table.get(STATE_KEY)
        return MergeState.model_validate_json(stored) if stored else MergeState()

    async def process(self, payload: bytes) -> Iterable[Out]:
        event = faust.current_event()
        assert event is not None
        await self.handle(payload, event.message.offset)
        return []

    async def handle(self, payload: bytes, offset: int) -> None:
        record = parse_record(PartitionWindows, payload)
        before = self.state()
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
    detecting = Detecting(deps, table, app.producer.flush)
    stage = Stage("aggregate", catalog.PARTITION_WINDOWS, detecting.process, unexpected="cannot detect")

    @app.agent(deps.topics.partition_windows, name="detect_signals")
    async def detect_signals(stream: faust.StreamT) -> None:
        await run_stage(stream, stage, deps.dead_letters)

    return detecting
