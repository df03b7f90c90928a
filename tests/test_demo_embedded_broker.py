"""The README's main command: `feedback-loop demo` starts its own broker, replays the sample, alerts, and cleans up."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time

from pipeline.broker import free_port
from tests.conftest import http_get, read_topic


def test_demo_runs_on_the_embedded_broker_and_stops_it_on_exit(tmp_path):
    port = free_port()
    env = {key: value for key, value in os.environ.items() if key != "KAFKA_BOOTSTRAP_SERVERS"}
    env.update(FEEDBACK_LOOP_WEB_PORT=str(port), FEEDBACK_LOOP_DATA_DIR=str(tmp_path / "state"))
    log_path = tmp_path / "demo.log"
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "demo"],
        cwd=tmp_path,
        env=env,
        stdout=log_path.open("wb"),
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 90
        while "Demo: replayed" not in log_path.read_text() and time.monotonic() < deadline:
            assert process.poll() is None, log_path.read_text()[-3000:]
            time.sleep(0.3)
        log = log_path.read_text()
        assert "88 accepted, 2 rejected" in log
        bootstrap = re.search(r"embedded broker on (127\.0\.0\.1:\d+)", log).group(1)

        # The bundled sample has a billing spike (32) and a delivery spike (16) in one window; the rest stay under 10.
        assert [a["signal"]["category"] for a in read_topic(bootstrap, "alerts.finance", expected=1)] == [
            "billing_error"
        ]
        assert [a["signal"]["category"] for a in read_topic(bootstrap, "alerts.logistics", expected=1)] == [
            "delivery_delay"
        ]
        assert [a["signal"]["category"] for a in read_topic(bootstrap, "alerts.retention", expected=1)] == [
            "billing_error"
        ]
        assert read_topic(bootstrap, "alerts.digital", expected=0, timeout=2, settle=0) == []
        assert "feedback_loop_dead_letters_total" in http_get(f"http://127.0.0.1:{port}/metrics")
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)

    broker_port = int(bootstrap.rsplit(":", 1)[1])
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", broker_port)) != 0, "embedded broker still listening after exit"
