"""The repartition key of classified contacts."""

import json

from pipeline.count.keys import UNREADABLE_KEY, label_key


def test_label_key_never_raises():
    assert label_key(json.dumps({"label": "billing.double_charge"}).encode()) == b"billing.double_charge"
    assert label_key(b"\xff") == label_key(b"[]") == label_key(b"{}") == UNREADABLE_KEY
    assert label_key(b"[" * 100_000 + b"]" * 100_000) == UNREADABLE_KEY
