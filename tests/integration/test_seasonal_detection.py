"""Seasonal detection end to end on the embedded broker, with event-time contacts and a SIGKILL mid-stream.

Eight days of steady daytime traffic teach the hour-of-week baseline (one week is enough here); on the
eighth day one hour of late deliveries spikes. The worker is killed while it is still counting the first
days and a new one finishes: every window's count must equal the ground truth (quiet hours as zero), and
the spike must raise one signal and one alert per department subscribed to deliveries.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta

from pipeline.synthetic import hourly_history
from pipeline.testing import detector_signals, produce, read_topic, start_worker, stop_worker

HOUR = timedelta(hours=1)
START = datetime(2026, 11, 2, 0, 0, tzinfo=UTC)  # a Monday
DAYS = 8
SPIKE = START + 7 * 24 * HOUR + 10 * HOUR  # the next Monday, 10:00 UTC: the same hour of the week as day one
STEADY = ["delivery.late", "billing.double_charge"] * 4  # 4 + 4 an hour, 07:00–17:00 UTC
SUBSCRIPTIONS = """
departments:
  - name: logistics
    categories: [delivery]
  - name: customer-care
    categories: [delivery, billing]
  - name: finance
    categories: [billing]
"""


def hour_labels(hour: datetime) -> list[str]:
    if hour == SPIKE:
        return ["delivery.late"] * 30 + ["billing.double_charge"] * 4
    return STEADY if 7 <= hour.hour < 17 else []


def history() -> tuple[list[tuple[bytes, bytes]], Counter]:
    """(key, value) as `feedback-loop ingest` sends them: keyed by contact id, in event-time order."""
    return hourly_history(START, DAYS * 24, hour_labels, seed=2000)


def send(bootstrap: str, contacts: list[tuple[bytes, bytes]]) -> None:
    produce(bootstrap, "contacts.raw", [value for _, value in contacts], keys=[key for key, _ in contacts])


def wait_for_windows(bootstrap: str, through: datetime, timeout: float = 120) -> list[dict]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        windows = read_topic(bootstrap, "counts", expected=10**6, timeout=3, settle=0)
        if any(datetime.fromisoformat(w["window_start"]) >= through for w in windows):
            return windows
    raise AssertionError(f"no window from {through} was closed in time")


def test_a_spike_raises_one_signal_and_one_alert_per_department_and_a_kill_changes_no_count(broker, tmp_path):
    contacts, truth = history()
    half = len(contacts) // 2
    (tmp_path / "subscriptions.yaml").write_text(SUBSCRIPTIONS)
    settings = {
        "window_seconds": "3600",
        "signal_threshold": "1000",  # only the seasonal detectors speak once warm
        "detection_baseline_min_weeks": "1",
        "window_idle_seconds": "15",  # a history replayed in two parts: the pause between them is no quiet night
        "subscriptions_path": str(tmp_path / "subscriptions.yaml"),
    }
    for run in ("first", "second"):
        (tmp_path / run).mkdir()

    worker = start_worker(broker, tmp_path / "first", **settings)
    try:
        send(broker.bootstrap_servers, contacts[:half])
        wait_for_windows(broker.bootstrap_servers, START + 24 * HOUR)  # counting is under way
    finally:
        worker.process.kill()  # no clean shutdown: counts and detector state come back from the changelogs
        worker.process.wait(timeout=30)

    worker = start_worker(broker, tmp_path / "second", **settings)
    try:
        send(broker.bootstrap_servers, contacts[half:])
        windows = wait_for_windows(broker.bootstrap_servers, max(truth))  # the last hour with contacts
        signals = detector_signals(read_topic(broker.bootstrap_servers, "signals", expected=1, settle=3))
        alerts = read_topic(broker.bootstrap_servers, "alerts", expected=2, settle=3)
    finally:
        stop_worker(worker)

    seen: dict[datetime, set[int]] = defaultdict(set)
    for window in windows:
        seen[datetime.fromisoformat(window["window_start"])].add(window["total"])
    assert all(len(totals) == 1 for totals in seen.values()), "a replay changed a window's count"
    # from the first hour with contacts to the last (the quiet hours after it close with the next contact)
    hours = [hour for hour in (START + i * HOUR for i in range(DAYS * 24)) if min(truth) <= hour <= max(truth)]
    assert {hour: min(seen.get(hour, {-1})) for hour in hours} == {hour: truth.get(hour, 0) for hour in hours}

    assert {s["signal_id"] for s in signals} == {f"spike:delivery.late:{SPIKE.isoformat()}"}
    spike = signals[0]
    assert (spike["kind"], spike["count"], spike["severity"]) == ("spike", 30, "critical")
    assert 3 <= spike["expected"] <= 5  # a week earlier the same hour had 4
    by_department = Counter(alert["department"] for alert in {a["alert_id"]: a for a in alerts}.values())
    assert by_department == Counter({"logistics": 1, "customer-care": 1})
