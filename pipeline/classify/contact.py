"""The pure steps of the pipeline, one function per stage, so they are testable without Kafka.

The Faust agents in `pipeline.app` only move records between topics and call these.
"""

from __future__ import annotations

import base64
import functools
import json
from datetime import UTC, datetime, timedelta

from pydantic import ValidationError

from nlp.classifier import Classifier
from nlp.config_file import describe_errors
from pipeline.subscriptions import Subscriptions
from topics.records import Alert, ClassifiedContact, Contact, DeadLetter, RedactedContact, Signal, SignalKind


class InvalidRecord(ValueError):
    """A payload that is not a valid record; the message never contains the payload's values."""


def parse_contact(payload: bytes | str | dict) -> Contact:
    """Validate one contact from JSON bytes/text or an already-decoded mapping."""
    try:
        if isinstance(payload, dict):
            return Contact.model_validate(payload)
        return Contact.model_validate_json(payload)
    except ValidationError as error:
        raise InvalidRecord("; ".join(describe_errors(error))) from None


def dead_letter(original: bytes | str, reason: str, source: str, stage: str, line: int | None = None) -> DeadLetter:
    """Wrap a failed payload byte for byte: text as is, anything that is not UTF-8 as base64."""
    encoding = "utf-8"
    if isinstance(original, bytes):
        try:
            original = original.decode("utf-8")
        except UnicodeDecodeError:
            original, encoding = base64.b64encode(original).decode("ascii"), "base64"
    return DeadLetter(
        source=source,
        reason=reason,
        original=original,
        original_encoding=encoding,
        line=line,
        failed_at=datetime.now(UTC),
        stage=stage,
    )


def classify_contact(contact: RedactedContact, classifier: Classifier) -> ClassifiedContact:
    """Classify on what the customer and agent said plus the agent's tags and notes."""
    parts = [turn.text for turn in contact.transcript] + contact.agent_tags
    if contact.agent_notes:
        parts.append(contact.agent_notes)
    result = classifier.classify("\n".join(parts), contact.language.value)
    return ClassifiedContact(
        contact_id=contact.contact_id,
        channel=contact.channel,
        occurred_at=contact.occurred_at,
        language=contact.language,
        product=contact.product,
        customer_ref=contact.customer_ref,
        agent_id=contact.agent_id,
        category=result.category,
        confidence=result.confidence,
        matched_terms=result.matched_terms,
        repeat_contact=contact.repeat_contact,
        transferred=contact.transferred,
        handle_time_seconds=contact.handle_time_seconds,
        csat=contact.csat,
        nps=contact.nps,
        redacted_transcript=contact.transcript,
    )


@functools.lru_cache(maxsize=8)  # the windowed table asks several times per event for the same payload
def occurred_at_of(classified_json: bytes) -> float:
    """Event time (epoch seconds) of a serialised ClassifiedContact: windows follow when contacts happened."""
    return datetime.fromisoformat(json.loads(classified_json)["occurred_at"]).timestamp()


UNREADABLE_KEY = b"__unreadable__"


def category_key(classified_json: bytes) -> bytes:
    """Repartition key; never raises, so a malformed record reaches the agent (and the dead-letter topic)
    instead of crashing the stream before it."""
    try:
        return json.loads(classified_json)["category"].encode()
    except (ValueError, KeyError, TypeError, AttributeError):
        return UNREADABLE_KEY


def threshold_signal_id(category: str, window_start: float) -> str:
    """Stable per category and window, so a window signals once and consumers can de-duplicate."""
    return f"{SignalKind.threshold.value}:{category}:{datetime.fromtimestamp(window_start, UTC).isoformat()}"


def threshold_signal(category: str, window_start: float, window_seconds: int, count: int, threshold: int) -> Signal:
    start = datetime.fromtimestamp(window_start, UTC)
    return Signal(
        signal_id=threshold_signal_id(category, window_start),
        kind=SignalKind.threshold,
        category=category,
        window_start=start,
        window_end=start + timedelta(seconds=window_seconds),
        count=count,
        threshold=threshold,
        detected_at=datetime.now(UTC),
    )


def alerts_for(signal: Signal, subscriptions: Subscriptions) -> list[Alert]:
    """One alert per department subscribed to the signal's category."""
    summary = (
        f"{signal.count} contacts about {signal.category.replace('_', ' ')} between "
        f"{signal.window_start:%Y-%m-%d %H:%M} and {signal.window_end:%H:%M} UTC "
        f"(threshold {signal.threshold})"
    )
    return [
        Alert(
            alert_id=f"{signal.signal_id}:{department.name}", department=department.name, signal=signal, summary=summary
        )
        for department in subscriptions.subscribers(signal.category)
    ]
