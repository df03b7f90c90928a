"""The harness tests and benchmarks share: the real worker as a subprocess on a real broker, and
kafka-python helpers to produce to and read back from topics. Nothing here is mocked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from kafka import KafkaConsumer, KafkaProducer, TopicPartition

from pipeline.runtime.broker import EmbeddedBroker, free_port, terminate


def read_topic(bootstrap: str, topic: str, expected: int, timeout: float = 60.0, settle: float = 2.0) -> list[dict]:
    """Read `topic` from the start until `expected` records arrived (then `settle` more seconds) or timeout."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, consumer_timeout_ms=500)
    try:
        deadline = time.monotonic() + timeout
        partitions = None
        while not partitions and time.monotonic() < deadline:
            partitions = consumer.partitions_for_topic(topic)
            if not partitions:
                time.sleep(0.2)
        assert partitions, f"topic {topic} never appeared"
        assigned = [TopicPartition(topic, partition) for partition in partitions]
        consumer.assign(assigned)
        consumer.seek_to_beginning(*assigned)
        records: list[dict] = []
        settled_at = None
        while time.monotonic() < deadline:
            for message in consumer:
                records.append(_decode(message.value))
            if len(records) >= expected:
                settled_at = settled_at or time.monotonic() + settle
                if time.monotonic() >= settled_at:
                    break
        return records
    finally:
        consumer.close()


def detector_signals(signals: list[dict]) -> list[dict]:
    """The signals of the detectors: without discovery's, whose candidates come from whatever the classifier
    was unsure about in a test's contacts (discovery is tested on its own)."""
    return [s for s in signals if not str(s.get("label", "")).startswith("unclassified.")]


def _decode(value: bytes) -> dict:
    """JSON records as dicts; anything else (tests also write garbage) as {"_raw": text}."""
    try:
        decoded = json.loads(value)
    except ValueError:
        return {"_raw": value.decode("utf-8", errors="replace")}
    return decoded if isinstance(decoded, dict) else {"_raw": decoded}


def produce(bootstrap: str, topic: str, values: list[bytes], keys: list[bytes | None] | None = None) -> None:
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all")
    try:
        for index, value in enumerate(values):
            producer.send(topic, key=keys[index] if keys else None, value=value)
        producer.flush()
    finally:
        producer.close()


@dataclass
class Worker:
    process: subprocess.Popen
    bootstrap: str
    base_url: str
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


def launch(command: str, tmp_path: Path, bootstrap: str | None, new_session: bool = False, **overrides: str) -> Worker:
    """Start `feedback-loop COMMAND` (run or demo) with its own web port, state dir and log file;
    `new_session`: in a process group of its own, as a terminal starts it (for Ctrl-C to the group)."""
    port = free_port()
    env = {key: value for key, value in os.environ.items() if key != "KAFKA_BOOTSTRAP_SERVERS"}
    env.update(
        {
            "FEEDBACK_LOOP_WEB_PORT": str(port),
            "FEEDBACK_LOOP_DATA_DIR": str(tmp_path / "state"),
            **{f"FEEDBACK_LOOP_{key.upper()}": value for key, value in overrides.items()},
        }
    )
    if bootstrap:
        env["KAFKA_BOOTSTRAP_SERVERS"] = bootstrap
    log_path = tmp_path / f"{command}.log"
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", command],
        cwd=tmp_path,
        env=env,
        stdout=log_path.open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=new_session,
    )
    return Worker(process=process, bootstrap=bootstrap or "", base_url=f"http://127.0.0.1:{port}", log_path=log_path)


def wait_for_log(worker: Worker, text: str, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while text not in worker.log():
        if worker.process.poll() is not None:
            raise AssertionError(f"exited with {worker.process.returncode}:\n{worker.log()[-4000:]}")
        if time.monotonic() > deadline:
            stop_worker(worker)
            raise AssertionError(f"{text!r} not logged in time:\n{worker.log()[-4000:]}")
        time.sleep(0.2)


def start_worker(broker: EmbeddedBroker, tmp_path: Path, **overrides: str) -> Worker:
    """Run `feedback-loop run` against `broker`; return once the worker is ready."""
    settings = {
        "consumer_session_timeout_seconds": "6",
        "topic_partitions": "2",
        "window_idle_seconds": "2",  # replayed history: close its windows soon after the last contact
        "window_tick_seconds": "0.5",
        **overrides,
    }
    worker = launch("run", tmp_path, broker.bootstrap_servers, **settings)
    wait_for_log(worker, "[^Worker]: Ready")
    return worker


def stop_worker(worker: Worker) -> None:
    terminate(worker.process, timeout=30)


def http_get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode()
