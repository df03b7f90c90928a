"""The validate_and_redact agent: contacts.raw → contacts.redacted; invalid records are dead-lettered."""

from __future__ import annotations

from collections.abc import Iterable

import faust

from pipeline.deps import Deps
from pipeline.redact.validate import validate_and_redact
from pipeline.runtime.stage import Out, Stage, run_stage
from topics import catalog

OFFLOAD_OVER_BYTES = 32 * 1024  # long transcripts are redacted in a thread so the event loop stays free


def stage(deps: Deps) -> Stage:
    metrics, clock = deps.services.metrics, deps.services.clock

    def process(payload: bytes) -> Iterable[Out]:
        redacted = validate_and_redact(payload, now=clock())
        for kind, count in redacted.redactions.items():
            metrics.redactions.labels(kind=kind).inc(count)
        metrics.contacts_accepted.labels(channel=redacted.channel.value).inc()
        return [Out(deps.topics.redacted, redacted.contact_id.encode(), redacted.to_bytes())]

    return Stage("validate", catalog.RAW, process, offload_over_bytes=OFFLOAD_OVER_BYTES)


def register(app: faust.App, deps: Deps) -> None:
    redact = stage(deps)

    @app.agent(deps.topics.raw, name="validate_and_redact")
    async def validate_and_redact_agent(stream: faust.StreamT) -> None:
        await run_stage(stream, redact, deps.dead_letters)
