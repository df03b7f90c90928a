"""Parse payloads into record models with errors that name the field but never echo its value.

The lowest layer: ingestion, every stage and the config loaders (in `nlp`) share it, so they reject
the same things with the same words.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from topics.records import MAX_CONTACT_BYTES, Contact

Model = TypeVar("Model", bound=BaseModel)

FUTURE_TOLERANCE = timedelta(days=1)  # clock skew between source systems; more is a bad timestamp


class InvalidRecord(ValueError):
    """A payload that is not a valid record; the message never contains the payload's values."""


def describe_errors(error: ValidationError) -> list[str]:
    """`key.path: what is wrong` for each error, without echoing the offending values."""
    lines = []
    for item in error.errors(include_input=False, include_url=False):
        key = ".".join(str(part) for part in item["loc"]) or "(top level)"
        lines.append(f"{key}: {item['msg']}")
    return lines


def parse_record(model: type[Model], payload: bytes | str | dict, max_bytes: int | None = None) -> Model:
    """Validate one record from JSON bytes/text or an already-decoded mapping.

    Size is checked before parsing, so a huge payload costs nothing but its length.
    """
    if max_bytes is not None and not isinstance(payload, dict):
        size = len(payload) if isinstance(payload, bytes) else len(payload.encode("utf-8"))
        if size > max_bytes:
            raise InvalidRecord(f"record is {size} bytes, more than the {max_bytes} allowed")
    try:
        if isinstance(payload, dict):
            return model.model_validate(payload)
        return model.model_validate_json(payload)
    except ValidationError as error:
        raise InvalidRecord("; ".join(describe_errors(error))) from None
    except RecursionError:  # pydantic parses iteratively, but be safe against any deep structure
        raise InvalidRecord("JSON nested too deeply") from None


def parse_contact(payload: bytes | str | dict, now: datetime | None = None) -> Contact:
    """A valid contact, not larger than MAX_CONTACT_BYTES and, given `now`, not dated in the future."""
    contact = parse_record(Contact, payload, max_bytes=MAX_CONTACT_BYTES)
    if now is not None:
        check_not_in_future(contact.occurred_at, now)
    return contact


def check_not_in_future(occurred_at: datetime, now: datetime) -> None:
    """InvalidRecord for a time more than FUTURE_TOLERANCE after `now`: a bad timestamp, not clock skew."""
    if occurred_at > now + FUTURE_TOLERANCE:
        raise InvalidRecord(f"occurred_at: more than {FUTURE_TOLERANCE.days} day in the future")


def loads_json(text: str) -> object:
    """`json.loads` that turns absurd nesting (a RecursionError) into a JSON error like any other."""
    try:
        return json.loads(text)
    except RecursionError:
        raise json.JSONDecodeError("nested too deeply", text, 0) from None
