"""The redact_and_classify agent: contacts.raw → contacts.redacted and contacts.classified, in batches.

Validation and redaction (the privacy boundary, logic in `pipeline/redact`) run per record, so a bad record
fails alone; classification runs spaCy over the batch's redacted texts together (`nlp.pipe`, each text
tokenised once). Both records of a contact are produced only when both steps succeeded. A contact the model
is unsure about (`pipeline/classify/promoted.py`) may match a label promoted from a discovered candidate; one
that does not also goes to `contacts.uncertain`, where discovery groups such contacts into candidate issues.
`contacts.redacted` stays the boundary topic for other consumers; the classifier only ever sees redacted
text. Batches: up to `classify_batch_size` records, or what arrived within `classify_batch_seconds`.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

import faust

from pipeline.classify.contact import classify_contacts
from pipeline.classify.promoted import with_promoted_label
from pipeline.deps import Deps
from pipeline.metrics import label_names
from pipeline.redact.validate import validate_and_redact
from pipeline.runtime.batch import BatchStage, run_batch_stage
from pipeline.runtime.stage import Out
from topics import catalog
from topics.records import ClassifiedContact, RedactedContact

OFFLOAD_OVER_BYTES = 32 * 1024  # big batches are processed in a thread so the event loop stays free


def stage(deps: Deps) -> BatchStage:
    metrics, classifier, clock = deps.services.metrics, deps.services.classifier, deps.services.clock
    pseudonyms, promoted, vectors = deps.services.pseudonyms, deps.services.promoted, deps.services.vectors
    policy = deps.settings.discovery()

    def prepare(payload: bytes) -> RedactedContact:
        return validate_and_redact(payload, now=clock(), pseudonyms=pseudonyms)

    def finish(batch: Sequence[RedactedContact]) -> list[list[Out]]:
        started = time.perf_counter()
        promoted.refresh()
        results = [
            with_promoted_label(result, promoted, vectors, policy, classifier)
            for result in classify_contacts(batch, classifier)
        ]
        if batch:
            metrics.classify_seconds.observe((time.perf_counter() - started) / len(batch))
        return [outputs(redacted, *result) for redacted, result in zip(batch, results, strict=True)]

    def outputs(redacted: RedactedContact, classified: ClassifiedContact, unsure: bool) -> list[Out]:
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
        key, classified_bytes = redacted.contact_id.encode(), classified.to_bytes()
        sent = [Out(deps.topics.redacted, key, redacted.to_bytes()), Out(deps.topics.classified, key, classified_bytes)]
        if unsure:
            sent.append(Out(deps.topics.uncertain, key, classified_bytes))
        return sent

    return BatchStage("validate", catalog.RAW, prepare, finish, offload_over_bytes=OFFLOAD_OVER_BYTES)


def register(app: faust.App, deps: Deps) -> None:
    redact_and_classify_stage = stage(deps)
    size, within = deps.settings.classify_batch_size, deps.settings.classify_batch_seconds

    @app.agent(deps.topics.raw, name="redact_and_classify")
    async def redact_and_classify(stream: faust.StreamT) -> None:
        await run_batch_stage(stream, redact_and_classify_stage, deps.dead_letters, size, within)
