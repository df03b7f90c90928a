"""Fault injection on stopping: SIGTERM with the broker gone, and Ctrl-C on `run`/`demo` with the embedded broker.

A terminal's Ctrl-C signals the whole process group; the worker must stop first (its final commit needs
the broker) and the embedded broker after it, within seconds, without tracebacks.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time

import pytest

from pipeline.cli.common import BROKER_FILE
from pipeline.runtime.broker import EmbeddedBroker
from pipeline.testing import launch, start_worker, wait_for_log


def test_fault_sigterm_stops_a_worker_whose_broker_is_gone_within_seconds(tmp_path):
    broker = EmbeddedBroker().start()
    worker = start_worker(broker, tmp_path, stop_timeout_seconds="5")
    broker.stop()
    time.sleep(3)  # the worker notices: its fetches and heartbeats fail
    started = time.monotonic()
    worker.process.send_signal(signal.SIGTERM)
    try:
        code = worker.process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        worker.process.kill()
        raise AssertionError("SIGTERM did not stop the worker within 30 s") from None
    assert time.monotonic() - started < 15
    assert code == 128 + signal.SIGTERM, worker.log()[-3000:]
    assert "did not stop within 5 s of SIGTERM" in worker.log()
    assert worker.log().count("Unable connect to node") <= 4, "aiokafka's repeats are held back"


def _listening(address: str) -> bool:
    host, _, port = address.rpartition(":")
    try:
        socket.create_connection((host, int(port)), timeout=1).close()
    except OSError:
        return False
    return True


@pytest.mark.parametrize("command", ["run", "demo"])
def test_fault_ctrl_c_stops_worker_and_embedded_broker_cleanly(command, tmp_path):
    worker = launch(command, tmp_path, bootstrap=None, new_session=True)  # the embedded broker
    process = worker.process
    try:
        wait_for_log(worker, "[^Worker]: Ready")
        address = (tmp_path / "state" / BROKER_FILE).read_text().strip()
        assert _listening(address)
        started = time.monotonic()
        os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C in the terminal does
        code = process.wait(timeout=30)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    log = worker.log()
    assert time.monotonic() - started < 20
    assert "Traceback" not in log, log[-4000:]
    assert "did not stop within" not in log, "the clean stop finished: the broker was still there"
    assert code == 0, log[-3000:]
    assert not _listening(address), "the embedded broker stopped with it"
    assert not (tmp_path / "state" / BROKER_FILE).exists()
