"""The repartition key of classified contacts: their taxonomy label (pure)."""

from __future__ import annotations

import json

UNREADABLE_KEY = b"__unreadable__"


def label_key(classified_json: bytes) -> bytes:
    """Repartition key (the taxonomy label); never raises, so a malformed record reaches the agent (and the
    dead-letter topic) instead of crashing the stream before it."""
    try:
        return json.loads(classified_json)["label"].encode()
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return UNREADABLE_KEY
