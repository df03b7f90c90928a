"""The redact_and_classify agent: contacts.raw → contacts.redacted and contacts.classified, in one pass.

Validation and redaction (the privacy boundary, logic in `pipeline/redact`) and classification run on
the same record in the same step: the contact is parsed once and its text tokenised once, and both
records are produced only when both succeeded. `contacts.redacted` stays the boundary topic for other
consumers; the classifier only ever sees redacted text.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

import faust

from pipeline.classify.contact import classify_contact
from pipeline.deps import Deps
from pipeline.metrics import label_names
from pipeline.redact.validate import validate_and_redact
from pipeline.runtime.stage import Out, Stage, run_stage
from topics import catalog

OFFLOAD_OVER_BYTES = 32 * 1024  # long transcripts are processed in a thread so the event loop stays free


def stage(deps: Deps) -> Stage:
    metrics, classifier, clock = deps.services.metrics, deps.services.classifier, deps.services.clock
    pseudonyms = deps.services.pseudonyms

    def process(payload: bytes) -> Iterable[Out]:
        redacted = validate_and_redact(payload, now=clock(), pseudonyms=pseudonyms)
        started = time.perf_counter()
        classified = classify_contact(redacted, classifier)
        metrics.classify_seconds.observe(time.perf_counter() - started)
        for kind, count in redacted.redactions.items():
            metrics.redactions.labels(kind=kind).inc(count)
        metrics.contacts_accepted.labels(channel=redacted.channel.value).inc()
        names = label_names(classified.label)
        metrics.contacts_classified.labels(
            **names, language=classified.language.value, channel=classified.channel.value
        ).inc()
        if classified.repeat_contact:
            metrics.repeat_contacts.labels(**names).inc()
        for term in classified.matched_terms:
            metrics.recurrence_drivers.labels(**names, term=term).inc()
        key = redacted.contact_id.encode()
        return [
            Out(deps.topics.redacted, key, redacted.to_bytes()),
            Out(deps.topics.classified, key, classified.to_bytes()),
        ]

    return Stage("validate", catalog.RAW, process, offload_over_bytes=OFFLOAD_OVER_BYTES)


def register(app: faust.App, deps: Deps) -> None:
    redact_and_classify_stage = stage(deps)

    @app.agent(deps.topics.raw, name="redact_and_classify")
    async def redact_and_classify(stream: faust.StreamT) -> None:
        await run_stage(stream, redact_and_classify_stage, deps.dead_letters)
