"""Shared fixtures: a real embedded broker per test module and the real worker as a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from kafka import KafkaConsumer, KafkaProducer, TopicPartition

from pipeline.broker import EmbeddedBroker, free_port

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def broker() -> Iterator[EmbeddedBroker]:
    """A fresh in-memory broker per module, so every module starts with empty topics."""
    with EmbeddedBroker() as running:
        yield running


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


def start_worker(broker: EmbeddedBroker, tmp_path: Path, **overrides: str) -> Worker:
    """Run `feedback-loop run` against `broker`; return once its HTTP endpoint answers."""
    port = free_port()
    env = {
        **os.environ,
        "KAFKA_BOOTSTRAP_SERVERS": broker.bootstrap_servers,
        "FEEDBACK_LOOP_WEB_PORT": str(port),
        "FEEDBACK_LOOP_DATA_DIR": str(tmp_path / "state"),
        "FEEDBACK_LOOP_CONSUMER_SESSION_TIMEOUT_SECONDS": "6",
        "FEEDBACK_LOOP_TOPIC_PARTITIONS": "2",
        **{f"FEEDBACK_LOOP_{key.upper()}": value for key, value in overrides.items()},
    }
    log_path = tmp_path / "worker.log"
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "run"],
        cwd=tmp_path,
        env=env,
        stdout=log_path.open("wb"),
        stderr=subprocess.STDOUT,
    )
    worker = Worker(
        process=process, bootstrap=broker.bootstrap_servers, base_url=f"http://127.0.0.1:{port}", log_path=log_path
    )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"worker exited with {process.returncode}:\n{worker.log()[-4000:]}")
        if "[^Worker]: Ready" in worker.log():
            return worker
        time.sleep(0.2)
    stop_worker(worker)
    raise AssertionError(f"worker not ready in time:\n{worker.log()[-4000:]}")


def stop_worker(worker: Worker) -> None:
    worker.process.terminate()
    try:
        worker.process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        worker.process.kill()
        worker.process.wait()


def http_get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode()
