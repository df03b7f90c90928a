"""Event time, keys and window bounds of the counting stage, with explicit timestamps."""

import json
from datetime import UTC, datetime

from pipeline.count.windows import UNREADABLE_KEY, category_key, occurred_at_of, window_start


def test_category_key_never_raises():
    assert category_key(json.dumps({"category": "billing_error"}).encode()) == b"billing_error"
    assert category_key(b"\xff") == category_key(b"[]") == category_key(b"{}") == UNREADABLE_KEY
    assert category_key(b"[" * 100_000 + b"]" * 100_000) == UNREADABLE_KEY


def test_windows_follow_event_time():
    at = datetime(2026, 11, 2, 9, 7, 30, tzinfo=UTC)
    assert occurred_at_of(json.dumps({"occurred_at": at.isoformat()}).encode()) == at.timestamp()
    assert window_start(at.timestamp(), 300) == datetime(2026, 11, 2, 9, 5, tzinfo=UTC).timestamp()
    assert window_start(datetime(2026, 11, 2, 9, 5, tzinfo=UTC).timestamp(), 300) == window_start(
        datetime(2026, 11, 2, 9, 9, 59, tzinfo=UTC).timestamp(), 300
    )
