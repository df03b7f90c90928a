"""Windows in event time, closed on the worker's own clock: every window once, in order of event time, out-of-order
arrivals counted in their own window, quiet windows as zero, and one signal per episode while the baseline is cold."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from pipeline.synthetic import generate
from pipeline.testing import detector_signals, produce, read_topic, start_worker, stop_worker

WINDOW = timedelta(minutes=10)
START = datetime(2026, 11, 3, 10, 0, tzinfo=UTC)


def test_windows_close_once_each_and_a_two_window_incident_is_one_signal_updated(broker, tmp_path):
    worker = start_worker(
        broker,
        tmp_path,
        signal_threshold="5",
        window_seconds=str(int(WINDOW.total_seconds())),
        window_grace_seconds="3600",  # arrivals shuffled over 50 minutes of event time are all within the grace
    )
    try:
        per_window = {0: 7, 1: 6, 2: 4, 4: 1}  # windows 0 and 1 cross the threshold of 5; window 3 is quiet
        contacts = []
        for window, count in per_window.items():
            base = START + window * WINDOW + timedelta(seconds=30)
            contacts += [
                c.contact
                for c in generate(count, seed=100 + window, start=base, spacing_seconds=60, labels=["account.login"])
            ]
        random.Random(4).shuffle(contacts)  # arrival order is not event order
        produce(broker.bootstrap_servers, "contacts.raw", [c.to_bytes() for c in contacts])

        everything = read_topic(broker.bootstrap_servers, "counts", expected=5, settle=2)
        windows = [w for w in everything if w["window_start"] >= "2026-11-03T10:00:00Z"]  # earlier: closed empty
        assert [(w["window_start"], w["total"]) for w in windows[:5]] == [
            (f"2026-11-03T10:{minutes}:00Z", per_window.get(index, 0))
            for index, minutes in enumerate(("00", "10", "20", "30", "40"))
        ]
        signals = detector_signals(read_topic(broker.bootstrap_servers, "signals", expected=2, settle=2))
        assert [(s["window_start"], s["count"], s["update"]) for s in signals] == [
            ("2026-11-03T10:00:00Z", 7, 0),
            ("2026-11-03T10:10:00Z", 6, 1),
        ]
        assert len({s["signal_id"] for s in signals}) == 1  # one episode, one signal id
        alerts = read_topic(broker.bootstrap_servers, "alerts", expected=1, settle=2)
        assert [(a["department"], a["signal"]["window_start"]) for a in alerts] == [("digital", "2026-11-03T10:00:00Z")]
    finally:
        stop_worker(worker)
