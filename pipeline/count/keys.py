"""Event time and keys for the windowed counts (pure: explicit timestamps, no Faust)."""

from __future__ import annotations

import functools
import json
from datetime import datetime

UNREADABLE_KEY = b"__unreadable__"


@functools.lru_cache(maxsize=8)  # the windowed table asks several times per event for the same payload
def occurred_at_of(classified_json: bytes) -> float:
    """Event time (epoch seconds) of a serialised ClassifiedContact: windows follow when contacts happened."""
    return datetime.fromisoformat(json.loads(classified_json)["occurred_at"]).timestamp()


def label_key(classified_json: bytes) -> bytes:
    """Repartition key (the taxonomy label); never raises, so a malformed record reaches the agent (and the
    dead-letter topic) instead of crashing the stream before it."""
    try:
        return json.loads(classified_json)["label"].encode()
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return UNREADABLE_KEY


def window_start(timestamp: float, window_seconds: int) -> float:
    """Start of the tumbling window holding `timestamp` (epoch seconds), as Faust's TumblingWindow computes it."""
    return timestamp - timestamp % window_seconds
