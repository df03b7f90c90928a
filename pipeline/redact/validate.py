"""Validate a raw payload and redact it (pure: the time is passed in)."""

from __future__ import annotations

from datetime import datetime

from nlp.contact_redaction import redact_contact
from topics.records import RedactedContact
from topics.validation import parse_contact


def validate_and_redact(payload: bytes, now: datetime) -> RedactedContact:
    """A redacted contact, or InvalidRecord naming what is wrong (never the value)."""
    return redact_contact(parse_contact(payload, now=now))
