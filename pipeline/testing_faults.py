"""The fault scenario the fault suite asserts on and `python -m benchmarks.faults` measures.

Eight days of event-time contacts (steady daytime traffic, one spike of late deliveries on day eight) are
sent in three parts to a worker on a broker that keeps its data (Tansu on a local S3 server): the worker
is SIGKILLed while it counts the first part, the broker is restarted while the worker counts the second,
and the worker is SIGKILLed again while it counts the third; a fresh worker finishes. The ground truth
comes from the generator, never from the worker.
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pipeline.runtime.broker import EmbeddedBroker
from pipeline.synthetic import hourly_history
from pipeline.testing import Worker, detector_signals, produce, read_topic, start_worker, stop_worker
from pipeline.testing_receivers.http import RecordingHTTPServer

HOUR = timedelta(hours=1)
START = datetime(2026, 11, 2, 0, 0, tzinfo=UTC)  # a Monday
DAYS = 8
SPIKE = START + 7 * 24 * HOUR + 10 * HOUR  # the next Monday 10:00 UTC, the same hour of the week as day one
STEADY = ["delivery.late", "billing.double_charge"] * 6  # 6 + 6 an hour, 07:00–17:00 UTC
DEPARTMENTS = {"logistics": ["delivery"], "customer-care": ["delivery", "billing"], "finance": ["billing"]}
SPIKE_SIGNAL = f"spike:delivery.late:{SPIKE.isoformat()}"
ALERTED = Counter({"logistics": 1, "customer-care": 1})  # the departments subscribed to deliveries
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
    return hourly_history(START, DAYS * 24, hour_labels, seed=3000)


def part(contacts: list[tuple[bytes, bytes]], first_day: int, last_day: int) -> list[tuple[bytes, bytes]]:
    low, high = START + first_day * 24 * HOUR, START + last_day * 24 * HOUR
    return [
        (key, value)
        for key, value in contacts
        if low <= datetime.fromisoformat(json.loads(value)["occurred_at"]) < high
    ]


def send(bootstrap: str, contacts: list[tuple[bytes, bytes]]) -> None:
    produce(bootstrap, "contacts.raw", [value for _, value in contacts], keys=[key for key, _ in contacts])


def everything(bootstrap: str, topic: str) -> list[dict]:
    return read_topic(bootstrap, topic, expected=10**6, timeout=5, settle=0)


def wait_until(check: Callable[[], bool], what: str, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"not in time: {what}")
        time.sleep(0.5)


def wait_for_window(broker: EmbeddedBroker, hour: datetime, worker: Worker) -> None:
    def closed() -> bool:
        assert worker.process.poll() is None, worker.log()[-4000:]
        windows = read_topic(broker.bootstrap_servers, "counts", expected=10**6, timeout=3, settle=0)
        return any(datetime.fromisoformat(w["window_start"]) >= hour for w in windows)

    wait_until(closed, f"the window of {hour} closed")


def kill(worker: Worker) -> None:
    worker.process.kill()  # no clean shutdown: state comes back from the changelogs
    worker.process.wait(timeout=30)


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


@dataclass
class FaultRun:
    """What the topics and the receiver hold after the scenario, beside the ground truth."""

    truth: Counter
    raw: list[dict] = field(default_factory=list)
    classified: list[dict] = field(default_factory=list)
    windows: list[dict] = field(default_factory=list)
    signals: list[dict] = field(default_factory=list)
    alerts: list[dict] = field(default_factory=list)
    delivered: Counter = field(default_factory=Counter)  # receiver path → requests answered 200
    counting_gaps: int = 0  # times a restarted worker's counting found and counted a gap (its log says so)
    detection_gaps: int = 0  # the same for detection
    seconds: float = 0.0

    def counted(self) -> dict[datetime, set[int]]:
        seen: dict[datetime, set[int]] = defaultdict(set)
        for window in self.windows:
            seen[datetime.fromisoformat(window["window_start"])].add(window["total"])
        return seen

    def hours(self) -> list[datetime]:
        """From the first hour with contacts to the last (the quiet hours after it close with a next contact)."""
        every = (START + i * HOUR for i in range(DAYS * 24))
        return [hour for hour in every if min(self.truth) <= hour <= max(self.truth)]

    def wrong_windows(self) -> dict[datetime, tuple[int, set[int]]]:
        seen = self.counted()
        return {
            hour: (self.truth.get(hour, 0), seen.get(hour, set()))
            for hour in self.hours()
            if seen.get(hour) != {self.truth.get(hour, 0)}
        }

    def figures(self) -> dict[str, object]:
        distinct = {c["contact_id"] for c in self.classified}
        return {
            "contacts": sum(self.truth.values()),
            "classified_records": len(self.classified),
            "classified_distinct": len(distinct),
            "classified_duplicates": len(self.classified) - len(distinct),
            "windows": len(self.hours()),
            "windows_wrong": len(self.wrong_windows()),
            "signal_records": len(self.signals),
            "signals_distinct": len({s["signal_id"] for s in self.signals}),
            "alert_records": len(self.alerts),
            "alerts_distinct": len({a["alert_id"] for a in self.alerts}),
            "webhook_deliveries": sum(self.delivered.values()),
            "counting_gaps_filled": self.counting_gaps,
            "detection_gaps_filled": self.detection_gaps,
            "seconds": round(self.seconds, 1),
        }


def run_fault_scenario(broker: EmbeddedBroker, receiver: RecordingHTTPServer, folder: Path) -> FaultRun:
    """Two SIGKILLs and a broker restart while eight days stream through; then read everything back."""
    started = time.monotonic()
    contacts, truth = history()
    settings = {**SETTINGS, "subscriptions_path": str(subscriptions(receiver, folder))}
    runs, workers = iter(["first", "second", "third"]), []

    def new_worker() -> Worker:
        directory = folder / next(runs)
        directory.mkdir()
        workers.append(start_worker(broker, directory, **settings))
        return workers[-1]

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
        wait_until(lambda: len(receiver.requests_by_key(succeeded=True)) >= sum(ALERTED.values()), "alerts delivered")
        time.sleep(5)  # anything that would be repeated has had time to be
    finally:
        stop_worker(worker)
    bootstrap = broker.bootstrap_servers
    return FaultRun(
        truth=truth,
        raw=everything(bootstrap, "contacts.raw"),
        classified=everything(bootstrap, "contacts.classified"),
        windows=everything(bootstrap, "counts"),
        signals=detector_signals(everything(bootstrap, "signals")),
        alerts=everything(bootstrap, "alerts"),
        delivered=Counter(r.path.lstrip("/") for r in receiver.requests if r.status == 200),
        counting_gaps=sum(w.log().count("counting: partition") for w in workers),
        detection_gaps=sum(w.log().count("detection: resumed") for w in workers),
        seconds=time.monotonic() - started,
    )
