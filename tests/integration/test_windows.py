"""Event-time tumbling windows: one signal per category per window that crosses, even with contacts out of order."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from pipeline.synthetic import generate
from pipeline.testing import produce, read_topic, start_worker, stop_worker

WINDOW = timedelta(minutes=10)
START = datetime(2026, 11, 3, 10, 0, tzinfo=UTC)


def test_each_crossing_window_signals_once_in_event_time(broker, tmp_path):
    worker = start_worker(broker, tmp_path, signal_threshold="5", window_seconds=str(int(WINDOW.total_seconds())))
    try:
        per_window = {0: 7, 1: 6, 2: 4}  # windows 0 and 1 cross the threshold of 5; window 2 does not
        contacts = []
        for window, count in per_window.items():
            base = START + window * WINDOW + timedelta(seconds=30)
            contacts += [
                c.contact
                for c in generate(count, seed=100 + window, start=base, spacing_seconds=60, labels=["account.login"])
            ]
        random.Random(4).shuffle(contacts)  # arrival order is not event order
        produce(broker.bootstrap_servers, "contacts.raw", [c.to_bytes() for c in contacts])

        read_topic(broker.bootstrap_servers, "contacts.classified", expected=len(contacts))
        signals = read_topic(broker.bootstrap_servers, "signals", expected=2, settle=3)

        assert sorted((s["window_start"], s["count"]) for s in signals) == [
            ("2026-11-03T10:00:00Z", 5),
            ("2026-11-03T10:10:00Z", 5),
        ]
        everyone = read_topic(broker.bootstrap_servers, "alerts", expected=2, settle=1)
        alerts = [alert for alert in everyone if alert["department"] == "digital"]
        assert sorted(a["signal"]["window_start"] for a in alerts) == ["2026-11-03T10:00:00Z", "2026-11-03T10:10:00Z"]
    finally:
        stop_worker(worker)
