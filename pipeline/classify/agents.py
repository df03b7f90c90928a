"""The classify agent: contacts.redacted → contacts.classified, with per-label metrics."""

from __future__ import annotations

import time
from collections.abc import Iterable

import faust

from pipeline.classify.contact import classify_contact
from pipeline.deps import Deps
from pipeline.metrics import label_names
from pipeline.runtime.stage import Out, Stage, run_stage
from topics import catalog
from topics.records import MAX_CONTACT_BYTES, RedactedContact
from topics.validation import parse_record

OFFLOAD_OVER_BYTES = 32 * 1024  # long transcripts are classified in a thread so the event loop stays free


def stage(deps: Deps) -> Stage:
    metrics, classifier = deps.services.metrics, deps.services.classifier

    def process(payload: bytes) -> Iterable[Out]:
        started = time.perf_counter()
        contact = parse_record(RedactedContact, payload, max_bytes=2 * MAX_CONTACT_BYTES)
        classified = classify_contact(contact, classifier)
        metrics.classify_seconds.observe(time.perf_counter() - started)
        names = label_names(classified.label)
        metrics.contacts_classified.labels(
            **names, language=classified.language.value, channel=classified.channel.value
        ).inc()
        if classified.repeat_contact:
            metrics.repeat_contacts.labels(**names).inc()
        for term in classified.matched_terms:
            metrics.recurrence_drivers.labels(**names, term=term).inc()
        return [Out(deps.topics.classified, classified.contact_id.encode(), classified.to_bytes())]

    return Stage(
        "classify", catalog.REDACTED, process, unexpected="cannot classify", offload_over_bytes=OFFLOAD_OVER_BYTES
    )


def register(app: faust.App, deps: Deps) -> None:
    classify_stage = stage(deps)

    @app.agent(deps.topics.redacted, name="classify")
    async def classify(stream: faust.StreamT) -> None:
        await run_stage(stream, classify_stage, deps.dead_letters)
