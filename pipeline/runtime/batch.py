"""The batched loop of the hot path: take up to N records, process them together, produce or dead-letter
each one.

A batch stage has two steps: `prepare` one record (parse, check, redact: a bad record fails alone) and
`finish` the prepared ones together (classification runs spaCy over the whole batch). Should `finish` fail
for a batch, each record is finished on its own, so one poison record is dead-lettered and the others go on.
Faust's `take` acks a batch's offsets only after this loop has produced all of it (sends are queued, not
awaited one by one), so the guarantee is the per-record loop's: at least once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.runtime.stage import DeadLetters, Out, failure_reason, send_all


@dataclass(frozen=True)
class BatchStage:
    name: str
    source: str
    prepare: Callable[[bytes], Any]  # raises InvalidRecord (or anything) for a record it cannot use
    finish: Callable[[Sequence[Any]], list[list[Out]]]  # one list of outputs per prepared record
    unexpected: str = "unexpected"
    offload_over_bytes: int | None = None  # run a batch this big in a thread (the event loop stays free)


@dataclass(frozen=True)
class Failed:
    payload: bytes
    reason: str


def process_batch(payloads: Sequence[bytes], stage: BatchStage) -> list[list[Out] | Failed]:
    """Outputs per record, in order, or why the record failed (pure apart from what the stage does)."""
    results: list[list[Out] | Failed] = []
    prepared: list[tuple[int, Any]] = []
    for index, payload in enumerate(payloads):
        try:
            prepared.append((index, stage.prepare(payload)))
            results.append([])
        except Exception as error:  # noqa: BLE001 (a poison record fails alone)
            results.append(Failed(payload, failure_reason(error, stage.unexpected)))
    try:
        finished = stage.finish([item for _, item in prepared])
    except Exception:  # noqa: BLE001 (find the record that broke the batch: finish each alone)
        finished = []
        for index, item in prepared:
            try:
                finished.append(stage.finish([item])[0])
            except Exception as error:  # noqa: BLE001
                finished.append(Failed(payloads[index], failure_reason(error, stage.unexpected)))
    for (index, _), outputs in zip(prepared, finished, strict=True):
        results[index] = outputs
    return results


async def run_batch_stage(stream: Any, stage: BatchStage, dead_letters: DeadLetters, size: int, within: float) -> None:
    """Process `stream` (a Faust stream) `size` records at a time, or what came `within` seconds."""
    async for payloads in stream.take(size, within=within):
        await produce_batch(payloads, stage, dead_letters)


async def produce_batch(payloads: Sequence[bytes], stage: BatchStage, dead_letters: DeadLetters) -> None:
    if stage.offload_over_bytes is not None and sum(map(len, payloads)) > stage.offload_over_bytes:
        results = await asyncio.get_running_loop().run_in_executor(None, process_batch, payloads, stage)
    else:
        results = process_batch(payloads, stage)
    for payload, result in zip(payloads, results, strict=True):
        reason = result.reason if isinstance(result, Failed) else await send_all(result)
        if reason is not None:
            await dead_letters.send(payload, reason, source=stage.source, stage=stage.name)
    await asyncio.sleep(0)  # let the web server and timers run between batches
