"""Event time, keys and window bounds of the counting stage, with explicit timestamps."""

import json
from datetime import UTC, datetime

from pipeline.count.windows import UNREADABLE_KEY, label_key, occurred_at_of, window_start


def test_label_key_never_raises():
    assert label_key(json.dumps({"label": "billing.double_charge"}).encode()) == b"billing.double_charge"
    assert label_key(b"\xff") == label_key(b"[]") == label_key(b"{}") == UNREADABLE_KEY
    assert label_key(b"[" * 100_000 + b"]" * 100_000) == UNREADABLE_KEY


def test_windows_follow_event_time():
    at = datetime(2026, 11, 2, 9, 7, 30, tzinfo=UTC)
    assert occurred_at_of(json.dumps({"occurred_at": at.isoformat()}).encode()) == at.timestamp()
    assert window_start(at.timestamp(), 300) == datetime(2026, 11, 2, 9, 5, tzinfo=UTC).timestamp()
    assert window_start(datetime(2026, 11, 2, 9, 5, tzinfo=UTC).timestamp(), 300) == window_start(
        datetime(2026, 11, 2, 9, 9, 59, tzinfo=UTC).timestamp(), 300
    )
