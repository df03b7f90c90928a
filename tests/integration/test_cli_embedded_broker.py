"""`ingest`, `tail` and `deliveries` find the embedded broker of a running `run` by themselves (no port by hand)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from pipeline.synthetic import generate
from pipeline.testing import launch, stop_worker, wait_for_log


def cli(tmp_path, *args: str) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key != "KAFKA_BOOTSTRAP_SERVERS"}
    env["FEEDBACK_LOOP_DATA_DIR"] = str(tmp_path / "state")  # the data directory `launch` gives the worker
    env["COLUMNS"] = "400"  # error messages on one line
    return subprocess.run(
        [sys.executable, "-m", "pipeline.cli", *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_ingest_and_tail_use_the_embedded_broker_of_a_running_worker(tmp_path):
    contacts = tmp_path / "contacts.jsonl"
    contacts.write_text("".join(item.contact.to_bytes().decode() + "\n" for item in generate(5, seed=41)))
    worker = launch("run", tmp_path, bootstrap=None, consumer_session_timeout_seconds="6")
    try:
        wait_for_log(worker, "[^Worker]: Ready")
        ingested = cli(tmp_path, "ingest", str(contacts), "--no-progress")
        assert ingested.returncode == 0, ingested.stderr
        assert json.loads(ingested.stdout) == {"accepted": 5, "rejected": 0}
        tailed = cli(tmp_path, "tail", "contacts.raw", "--idle-seconds", "2")
        assert tailed.returncode == 0, tailed.stderr
        assert len(tailed.stdout.splitlines()) == 5
        dead = cli(tmp_path, "deliveries", "dead")
        assert dead.returncode == 0, dead.stderr
    finally:
        stop_worker(worker)
    assert not (tmp_path / "state" / "embedded-broker").exists()  # removed when the broker stopped
    gone = cli(tmp_path, "tail", "contacts.raw")
    assert gone.returncode == 2 and "start `feedback-loop run` first" in gone.stderr
