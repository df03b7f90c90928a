"""Fault injection: two SIGKILLs of the worker mid-stream and one broker restart under it.

Eight days of event-time contacts are sent in three parts; the worker is killed while it is counting the
first, the broker is stopped and started while the worker counts the second, and the worker is killed
again while it counts the third. Every hourly count, the signals and the alerts that reach each
department's webhook must equal the ground truth, which comes from the generator, not from the worker.
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pipeline.runtime.broker import EmbeddedBroker
from pipeline.synthetic import generate
from pipeline.testing import Worker, produce, read_topic, start_worker, stop_worker
from pipeline.testing_receivers.http import RecordingHTTPServer

HOUR = timedelta(hours=1)
START = datetime(2026, 11, 2, 0, 0, tzinfo=UTC)  # a Monday
DAYS = 8
SPIKE = START + 7 * 24 * HOUR + 10 * HOUR  # the next Monday 10:00 UTC, the same hour of the week as day one
STEADY = ["delivery.late", "billing.double_charge"] * 6  # 6 + 6 an hour, 07:00–17:00 UTC
DEPARTMENTS = {"logistics": ["delivery"], "customer-care": ["delivery", "billing"], "finance": ["billing"]}
SETTINGS = {
    "window_seconds": "3600",
    "signal_threshold": "1000",  # only the seasonal detectors speak once warm
    "detection_baseline_min_weeks": "1",
    "window_idle_seconds": "20",  # the pauses between the parts are no quiet night
}


def hour_labels(hour: datetime) -> list[str]:
    if hour == SPIKE:
        return ["delivery.late"] * 40 + ["billing.double_charge"] * 6
    return STEADY if 7 <= hour.hour < 17 else []


def history() -> tuple[list[tuple[bytes, bytes]], Counter]:
    """(key, value) as `feedback-loop ingest` sends them, in event-time order; and the true count per hour."""
    contacts, truth = [], Counter()
    for index in range(DAYS * 24):
        hour = START + index * HOUR
        labels = hour_labels(hour)
        if labels:
            items = generate(
                len(labels), seed=3000 + index, start=hour, spacing_seconds=3500 / len(labels), labels=labels
            )
            contacts += [(item.contact.contact_id.encode(), item.contact.to_bytes()) for item in items]
            truth[hour] = len(labels)
    return contacts, truth


def occurred(value: bytes) -> datetime:
    return datetime.fromisoformat(json.loads(value)["occurred_at"])


def part(contacts: list[tuple[bytes, bytes]], first_day: int, last_day: int) -> list[tuple[bytes, bytes]]:
    low, high = START + first_day * 24 * HOUR, START + last_day * 24 * HOUR
    return [(key, value) for key, value in contacts if low <= occurred(value) < high]


def send(bootstrap: str, contacts: list[tuple[bytes, bytes]]) -> None:
    produce(bootstrap, "contacts.raw", [value for _, value in contacts], keys=[key for key, _ in contacts])


def closed_through(bootstrap: str) -> datetime | None:
    windows = read_topic(bootstrap, "counts", expected=10**6, timeout=3, settle=0)
    return max((datetime.fromisoformat(w["window_start"]) for w in windows), default=None)


def wait_until(check: Callable[[], bool], what: str, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"not in time: {what}")
        time.sleep(0.5)


def wait_for_window(broker: EmbeddedBroker, hour: datetime, worker: Worker) -> None:
    def closed() -> bool:
        assert worker.process.poll() is None, worker.log()[-4000:]
        through = closed_through(broker.bootstrap_servers)
        return through is not None and through >= hour

    wait_until(closed, f"the window of {hour} closed")


def kill(worker: Worker) -> None:
    worker.process.kill()  # no clean shutdown: state comes back from the changelogs
    worker.process.wait(timeout=30)


@pytest.fixture
def receiver():
    with RecordingHTTPServer() as server:
        yield server


def subscriptions(receiver: RecordingHTTPServer, folder: Path) -> Path:
    """Each department's webhook on its own path of the receiver; URLs are secrets, kept in files."""
    lines = ["departments:"]
    for name, categories in DEPARTMENTS.items():
        secret = folder / f"{name}-webhook-url"
        secret.write_text(f"{receiver.url}/{name}")
        lines += [
            f"  - name: {name}",
            f"    categories: [{', '.join(categories)}]",
            f"    channels: [{{type: webhook, url: {{file: {secret}}}}}]",
        ]
    path = folder / "subscriptions.yaml"
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.mark.timeout(900)  # three worker starts and recoveries on a broker writing to S3
def test_crash_twice_and_broker_restart_change_no_count_signal_or_alert(durable_broker, receiver, tmp_path):
    broker, contacts = durable_broker, history()[0]
    truth = history()[1]
    settings = {**SETTINGS, "subscriptions_path": str(subscriptions(receiver, tmp_path))}
    runs = iter(["first", "second", "third"])

    def new_worker() -> Worker:
        directory = tmp_path / next(runs)
        directory.mkdir()
        return start_worker(broker, directory, **settings)

    worker = new_worker()
    send(broker.bootstrap_servers, part(contacts, 0, 3))
    wait_for_window(broker, START + 8 * HOUR, worker)  # counting day one: the kill lands mid-part
    kill(worker)

    worker = new_worker()
    send(broker.bootstrap_servers, part(contacts, 3, 6))
    wait_for_window(broker, START + 3 * 24 * HOUR + 8 * HOUR, worker)
    broker.restart(down_seconds=3)  # the worker's connections drop while it counts day four
    send(broker.bootstrap_servers, part(contacts, 6, 8))
    wait_for_window(broker, START + 6 * 24 * HOUR + 8 * HOUR, worker)
    kill(worker)

    worker = new_worker()
    try:
        wait_for_window(broker, max(truth), worker)
        wait_until(lambda: len(receiver.requests_by_key(succeeded=True)) >= 2, "alerts delivered")
        time.sleep(5)  # anything that would be repeated has had time to be
        windows = read_topic(broker.bootstrap_servers, "counts", expected=10**6, timeout=5, settle=0)
        signals = read_topic(broker.bootstrap_servers, "signals", expected=10**6, timeout=5, settle=0)
        alerts = read_topic(broker.bootstrap_servers, "alerts", expected=10**6, timeout=5, settle=0)
    finally:
        stop_worker(worker)

    seen: dict[datetime, set[int]] = defaultdict(set)
    for window in windows:
        seen[datetime.fromisoformat(window["window_start"])].add(window["total"])
    assert all(len(totals) == 1 for totals in seen.values()), "a replay changed a window's count"
    hours = [hour for hour in (START + i * HOUR for i in range(DAYS * 24)) if min(truth) <= hour <= max(truth)]
    assert {hour: min(seen.get(hour, {-1})) for hour in hours} == {hour: truth.get(hour, 0) for hour in hours}

    assert {s["signal_id"] for s in signals} == {f"spike:delivery.late:{SPIKE.isoformat()}"}
    assert {(s["count"], s["severity"]) for s in signals} == {(40, "critical")}, "a replayed signal differs"

    departments = {a["alert_id"]: a["department"] for a in alerts}
    assert Counter(departments.values()) == Counter({"logistics": 1, "customer-care": 1})
    delivered = [r for r in receiver.requests if r.status == 200]
    assert Counter(r.path for r in delivered) == Counter({"/logistics": 1, "/customer-care": 1})
