"""Fault injection: two SIGKILLs of the worker mid-stream and one broker restart under it (the scenario is
`pipeline/testing_faults.py`). Every hourly count, the signals and the alerts that reach each department's
webhook must equal the ground truth, which comes from the generator, not from the worker."""

from __future__ import annotations

from collections import Counter

import pytest

from pipeline.testing_faults import ALERTED, SPIKE_SIGNAL, run_fault_scenario
from pipeline.testing_receivers.http import RecordingHTTPServer


@pytest.mark.timeout(900)  # three worker starts and recoveries on a broker writing to S3
def test_crash_twice_and_broker_restart_change_no_count_signal_or_alert(durable_broker, tmp_path):
    with RecordingHTTPServer() as receiver:
        run = run_fault_scenario(durable_broker, receiver, tmp_path)

    assert {c["contact_id"] for c in run.classified} == {c["contact_id"] for c in run.raw}, "nothing lost"
    changed = {hour: totals for hour, totals in run.counted().items() if len(totals) > 1}
    assert changed == {}, f"a replay changed a window's count: {changed}, truth {run.wrong_windows()}, {run.figures()}"
    assert run.wrong_windows() == {}, run.figures()

    assert {s["signal_id"] for s in run.signals} == {SPIKE_SIGNAL}
    assert {(s["count"], s["severity"]) for s in run.signals} == {(40, "critical")}, "a replayed signal differs"

    departments = {a["alert_id"]: a["department"] for a in run.alerts}
    assert Counter(departments.values()) == ALERTED
    assert run.delivered == ALERTED  # each department's webhook got its alert exactly once
