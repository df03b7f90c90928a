"""`feedback-loop tail TOPIC --follow` keeps printing new records until Ctrl-C, then exits cleanly."""

from __future__ import annotations

import select
import signal
import subprocess
import sys
import time

from pipeline.testing import produce


def read_line(process: subprocess.Popen, timeout: float) -> str:
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    assert ready, "tail --follow printed nothing in time"
    return process.stdout.readline()


def test_tail_follow_prints_records_produced_after_it_started_and_stops_on_ctrl_c(broker):
    produce(broker.bootstrap_servers, "signals", [b'{"n": 1}'])
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "tail", "signals", "--follow"],
        env={"KAFKA_BOOTSTRAP_SERVERS": broker.bootstrap_servers, "PATH": "/usr/bin:/bin"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert read_line(process, 30).strip() == '{"n": 1}'
        time.sleep(4)  # longer than the default idle stop: --follow keeps going
        produce(broker.bootstrap_servers, "signals", [b'{"n": 2}'])
        assert read_line(process, 30).strip() == '{"n": 2}'
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=15) == 0, process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
