"""What `benchmarks.throughput` measures, each on its own: the bare tokenizer, the in-process hot path,
a bare Faust pass-through, the worker end to end (one or more), and latency at a given rate. Everything
runs the real code on a real broker; rates are records per second of wall time."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import spacy
from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import KafkaAdminClient, NewTopic

from nlp.classifiers import DEFAULT_MODEL
from nlp.pseudonym import Pseudonymiser
from nlp.taxonomy import load_taxonomy
from pipeline.classify.contact import classify_contacts, text_of
from pipeline.deps import load_classifier
from pipeline.redact.validate import validate_and_redact
from pipeline.runtime.broker import EmbeddedBroker, terminate
from pipeline.testing import Worker, launch, wait_for_log
from pipeline.testing_passthrough import PARTITIONS, SINK, SOURCE

BATCH = 64
# two partitions (so two workers share the work), one pseudonym key for every worker, as in production
WORKER_SETTINGS = {
    "topic_partitions": "2",
    "consumer_session_timeout_seconds": "6",
    "pseudonym_key": "bench-key-0123456789",
}


def redacted_texts(payloads: Sequence[bytes]) -> list[str]:
    pseudonyms = Pseudonymiser(b"benchmark-pseudonym-key")
    return [text_of(validate_and_redact(payload, datetime.now(UTC), pseudonyms)) for payload in payloads]


def tokenizer_rate(texts: Sequence[str]) -> float:
    """The ceiling: a blank Dutch pipeline's tokenizer over the (redacted) texts, nothing else."""
    tokenizer = spacy.blank("nl").tokenizer
    list(tokenizer.pipe(texts[:100]))  # warm up
    started = time.perf_counter()
    for _ in tokenizer.pipe(texts):
        pass
    return len(texts) / (time.perf_counter() - started)


def inprocess_rate(payloads: Sequence[bytes]) -> float:
    """What the worker's hot path does per batch, without Kafka: parse, validate, redact, pseudonymise,
    classify with the bundled model, serialise both records."""
    classifier = load_classifier(DEFAULT_MODEL, load_taxonomy())
    pseudonyms = Pseudonymiser(b"benchmark-pseudonym-key")
    classify_contacts([validate_and_redact(p, datetime.now(UTC), pseudonyms) for p in payloads[:BATCH]], classifier)
    started = time.perf_counter()
    for start in range(0, len(payloads), BATCH):
        redacted = [validate_and_redact(p, datetime.now(UTC), pseudonyms) for p in payloads[start : start + BATCH]]
        for before, after in zip(redacted, classify_contacts(redacted, classifier), strict=True):
            before.to_bytes(), after.to_bytes()
    return len(payloads) / (time.perf_counter() - started)


def create_topics(bootstrap: str, names: Sequence[str], partitions: int) -> None:
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        admin.create_topics([NewTopic(name, partitions, 1) for name in names])
    finally:
        admin.close()


def produce_all(bootstrap: str, topic: str, payloads: Sequence[bytes]) -> None:
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks=1, linger_ms=5, batch_size=256 * 1024)
    try:
        for payload in payloads:
            producer.send(topic, key=json.loads(payload).get("contact_id", "").encode() or None, value=payload)
        producer.flush()
    finally:
        producer.close()


def count_until(bootstrap: str, topic: str, expected: int, timeout: float) -> float:
    """Read `topic` from its start until `expected` records were seen; the time the last one was read."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, fetch_max_wait_ms=20)
    try:
        deadline = time.monotonic() + timeout
        while not consumer.partitions_for_topic(topic):
            assert time.monotonic() < deadline, f"{topic} never appeared"
            time.sleep(0.1)
        partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic)]
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        seen = 0
        while seen < expected:
            assert time.monotonic() < deadline, f"only {seen} of {expected} records on {topic}"
            seen += sum(len(batch) for batch in consumer.poll(timeout_ms=200).values())
        return time.perf_counter()
    finally:
        consumer.close()


def timed_flow(bootstrap: str, source: str, sink: str, payloads: Sequence[bytes], warm_up: int = 200) -> float:
    """Records per second from the first send to `source` until all of them were read from `sink`, after
    `warm_up` records went through first (untimed: connections, caches, the first rebalance)."""
    produce_all(bootstrap, source, [_renamed(payload, "warm-up") for payload in payloads[:warm_up]])
    count_until(bootstrap, sink, min(warm_up, len(payloads)), timeout=300)
    started = time.perf_counter()
    sender = threading.Thread(target=produce_all, args=(bootstrap, source, payloads))
    sender.start()
    finished = count_until(bootstrap, sink, min(warm_up, len(payloads)) + len(payloads), timeout=900)
    sender.join()
    return len(payloads) / (finished - started)


def _renamed(payload: bytes, prefix: str) -> bytes:
    """The same contact under another id (a copy with the same id would be recognised as one)."""
    record = json.loads(payload)
    return json.dumps({**record, "contact_id": f"{prefix}-{record['contact_id']}"}).encode()


def passthrough_rate(payloads: Sequence[bytes], take: int = 0) -> float:
    with EmbeddedBroker() as broker:
        create_topics(broker.bootstrap_servers, [SOURCE, SINK], PARTITIONS)
        env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": broker.bootstrap_servers, "PASSTHROUGH_TAKE": str(take)}
        with tempfile.TemporaryDirectory() as tmp:
            log = Path(tmp) / "passthrough.log"
            command = [sys.executable, "-m", "pipeline.testing_passthrough", "worker", "-l", "info"]
            process = subprocess.Popen(command, cwd=tmp, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT)
            try:
                wait_for_log(Worker(process, broker.bootstrap_servers, "", log), "[^Worker]: Ready")
                return timed_flow(broker.bootstrap_servers, SOURCE, SINK, payloads)
            finally:
                terminate(process, timeout=30)


def start_workers(broker: EmbeddedBroker, tmp: Path, count: int) -> list[Worker]:
    workers = []
    for index in range(count):
        (tmp / str(index)).mkdir()
        settings = {
            "topic_partitions": "2",
            "consumer_session_timeout_seconds": "6",
            "pseudonym_key": "bench-key-16+chars",
        }
        worker = launch("run", tmp / str(index), broker.bootstrap_servers, **settings)
        wait_for_log(worker, "[^Worker]: Ready")
        workers.append(worker)
    if count > 1:
        time.sleep(8)  # the first worker's group rebalances to share the partitions
    return workers


def peak_rss_mib(worker: Worker) -> float:
    for line in Path(f"/proc/{worker.process.pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def end_to_end(payloads: Sequence[bytes], workers: int) -> tuple[float, float]:
    """Contacts per second raw → classified with `workers` workers on 2 partitions, and the peak RSS."""
    with EmbeddedBroker() as broker, tempfile.TemporaryDirectory() as tmp:
        running = start_workers(broker, Path(tmp), workers)
        try:
            rate = timed_flow(broker.bootstrap_servers, "contacts.raw", "contacts.classified", payloads)
            return rate, max(peak_rss_mib(worker) for worker in running)
        finally:
            for worker in running:
                terminate(worker.process, timeout=30)


def latency(payloads: Sequence[bytes], rate: float) -> tuple[float, float]:
    """p50 and p99 seconds from send to readable on contacts.classified, sending at `rate` a second."""
    with EmbeddedBroker() as broker, tempfile.TemporaryDirectory() as tmp:
        running = start_workers(broker, Path(tmp), 1)
        try:
            warm_up = [_renamed(payload, "warm-up") for payload in payloads[:200]]
            produce_all(broker.bootstrap_servers, "contacts.raw", warm_up)
            count_until(broker.bootstrap_servers, "contacts.classified", len(warm_up), timeout=300)
            return _paced(broker.bootstrap_servers, payloads, rate)
        finally:
            terminate(running[0].process, timeout=30)


def _paced(bootstrap: str, payloads: Sequence[bytes], rate: float) -> tuple[float, float]:
    sent: dict[bytes, float] = {}
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, fetch_max_wait_ms=10)
    partitions = [TopicPartition("contacts.classified", p) for p in range(2)]
    consumer.assign(partitions)
    consumer.seek_to_end(*partitions)
    [consumer.position(p) for p in partitions]

    def send() -> None:
        producer = KafkaProducer(bootstrap_servers=bootstrap, acks=1, linger_ms=0)
        started = time.perf_counter()
        for index, payload in enumerate(payloads):
            time.sleep(max(0.0, started + index / rate - time.perf_counter()))
            key = json.loads(payload)["contact_id"].encode()
            sent[key] = time.perf_counter()
            producer.send("contacts.raw", key=key, value=payload)
        producer.flush()
        producer.close()

    sender = threading.Thread(target=send)
    sender.start()
    delays: list[float] = []
    deadline = time.monotonic() + len(payloads) / rate + 120
    while len(delays) < len(payloads) and time.monotonic() < deadline:
        for batch in consumer.poll(timeout_ms=100).values():
            now = time.perf_counter()
            delays.extend(now - sent[record.key] for record in batch if record.key in sent)
    sender.join()
    consumer.close()
    assert len(delays) >= len(payloads), f"only {len(delays)} of {len(payloads)} classified"
    quantiles = statistics.quantiles(delays, n=100)
    return quantiles[49], quantiles[98]
