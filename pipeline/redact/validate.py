"""Validate a raw payload, redact its text and pseudonymise its references (pure: time and key passed in)."""

from __future__ import annotations

from datetime import datetime

from nlp.contact_redaction import redact_contact
from nlp.pseudonym import Pseudonymiser
from topics.records import RedactedContact
from topics.validation import parse_contact


def validate_and_redact(payload: bytes, now: datetime, pseudonyms: Pseudonymiser) -> RedactedContact:
    """A redacted contact, or InvalidRecord naming what is wrong (never the value)."""
    return pseudonymise(redact_contact(parse_contact(payload, now=now)), pseudonyms)


def pseudonymise(contact: RedactedContact, pseudonyms: Pseudonymiser) -> RedactedContact:
    """customer_ref and agent_id replaced by their keyed pseudonyms."""
    customer, agent = pseudonyms.customer(contact.customer_ref), pseudonyms.agent(contact.agent_id)
    return contact.model_copy(update={"customer_ref": customer, "agent_id": agent})
