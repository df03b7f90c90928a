"""The loop every agent runs: parse and process a record, produce the results or dead-letter it.

Written once so that no stage can forget the rule: a poison message never stops a worker. Whatever
`process` raises (a clear `InvalidRecord` or any unexpected error) sends the record to the dead-letter
topic with the reason, and the stream goes on with the next record. Results are produced only after
`process` succeeded, so a failing record never leaves half its output behind.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import AsyncIterable, Awaitable, Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial
from typing import Any

import faust
from aiokafka.errors import MessageSizeTooLargeError

from pipeline.metrics import Metrics
from pipeline.runtime.dead_letter import dead_letter
from topics.validation import InvalidRecord

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Out:
    """One record a stage produces."""

    topic: faust.TopicT
    key: bytes | None
    value: bytes


class DeadLetters:
    """Sends what a stage cannot process to the dead-letter topic, and counts it."""

    def __init__(self, topic: faust.TopicT, metrics: Metrics, clock: Callable[[], datetime]) -> None:
        self.topic, self.metrics, self.clock = topic, metrics, clock

    async def send(self, original: bytes | str, reason: str, source: str, stage: str, line: int | None = None) -> None:
        record = dead_letter(original, reason, source=source, stage=stage, failed_at=self.clock(), line=line)
        await self.topic.send(key=None, value=record.to_bytes())
        self.metrics.dead_letters.labels(stage=stage).inc()
        log.warning("dead-lettered a record from %s at %s: %s", source, stage, record.reason)


@dataclass(frozen=True)
class Stage:
    """What the loop needs to know about a stage: its name, its input topic, how to process one record."""

    name: str
    source: str
    process: Callable[[bytes], Iterable[Out]] | Callable[[bytes], Awaitable[Iterable[Out]]]  # sync or async
    unexpected: str = "unexpected"  # reason prefix for errors that are not InvalidRecord
    offload_over_bytes: int | None = None  # run `process` in a thread for payloads this big (CPU-heavy stages)


async def run_stage(stream: AsyncIterable[bytes], stage: Stage, dead_letters: DeadLetters) -> None:
    """Process every record of `stream`; never raises for a bad record."""
    async for payload in stream:
        await process_one(payload, stage, dead_letters)


async def run_stage_on_events(stream: Any, stage: Stage, dead_letters: DeadLetters, after: Callable[[], None]) -> None:
    """`run_stage` for a stage whose `process(message, payload)` needs the record's topic, partition and
    offset, one event at a time; `after()` writes what the record changed before Faust acks it."""
    async for event in stream.events():
        await _process_event(event, stage, dead_letters)
        after()


async def run_stage_in_batches(
    stream: Any, stage: Stage, dead_letters: DeadLetters, size: int, within: float, after_batch: Callable[[], None]
) -> None:
    """`run_stage` over Faust events taken `size` at a time (or what came `within` seconds), for a stage whose
    `process(message, payload)` needs the record's topic, partition and offset; `after_batch()` writes what
    the batch changed (see `write_behind`) before Faust acks the batch's offsets."""
    async for events in stream.take_events(size, within=within):
        for event in events:
            await _process_event(event, stage, dead_letters)
        after_batch()


async def _process_event(event: Any, stage: Stage, dead_letters: DeadLetters) -> bool:
    """`process_one` with the event's message (topic, partition, offset) passed to `stage.process` first."""
    return await process_one(event.value, replace(stage, process=partial(stage.process, event.message)), dead_letters)


async def process_one(payload: bytes, stage: Stage, dead_letters: DeadLetters) -> bool:
    """Process one record and produce its results; dead-letter it instead when that fails. True if produced."""
    try:
        outputs = list(await _process(payload, stage))
    except Exception as error:  # poison message: keep the worker alive, keep the record
        reason = failure_reason(error, stage.unexpected)
    else:
        reason = await send_all(outputs)
        if reason is None:
            await asyncio.sleep(0)  # let the web server and timers run between records
            return True
    await dead_letters.send(payload, reason, source=stage.source, stage=stage.name)
    return False


def failure_reason(error: Exception, unexpected: str) -> str:
    """What the dead letter says: an InvalidRecord's own words, else only the unexpected error's type."""
    return str(error) if isinstance(error, InvalidRecord) else f"{unexpected}: {type(error).__name__}"


async def send_all(outputs: Iterable[Out]) -> str | None:
    """Send one record's results; None when sent, else why the record goes to the dead-letter topic."""
    try:
        for out in outputs:
            await out.topic.send(key=out.key, value=out.value)
    except MessageSizeTooLargeError:
        return "result too large for the broker"
    return None


async def _process(payload: bytes, stage: Stage) -> Iterable[Out]:
    if inspect.iscoroutinefunction(stage.process):  # a stage with effects of its own (delivery)
        return await stage.process(payload)
    if stage.offload_over_bytes is not None and len(payload) > stage.offload_over_bytes:
        return await asyncio.get_running_loop().run_in_executor(None, lambda: list(stage.process(payload)))
    return stage.process(payload)
