"""Throughput and memory figures: `python -m benchmarks.throughput [--contacts N]`.

1. In process: validate + redact + classify (the bundled trained model), one core, no Kafka.
2. End to end: kafka-python producer → embedded broker → the real worker process → contacts.classified,
   timed from the first send to the last classified record read back; worker peak RSS from /proc.
"""

from __future__ import annotations

import argparse
import platform
import tempfile
import time
from pathlib import Path

from nlp.classifiers import DEFAULT_MODEL
from nlp.contact_redaction import redact_contact
from nlp.taxonomy import load_taxonomy
from pipeline.classify.contact import classify_contact
from pipeline.deps import load_classifier
from pipeline.runtime.broker import EmbeddedBroker
from pipeline.synthetic import generate
from pipeline.testing import produce, read_topic, start_worker, stop_worker
from topics.validation import parse_contact


def in_process(count: int) -> float:
    classifier = load_classifier(DEFAULT_MODEL, load_taxonomy())  # what the worker uses
    payloads = [item.contact.to_bytes() for item in generate(count, seed=1)]
    started = time.perf_counter()
    for payload in payloads:
        classify_contact(redact_contact(parse_contact(payload)), classifier)
    return count / (time.perf_counter() - started)


def _peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def end_to_end(count: int) -> tuple[float, float]:
    payloads = [item.contact.to_bytes() for item in generate(count, seed=2, spacing_seconds=0.5)]
    with EmbeddedBroker() as broker, tempfile.TemporaryDirectory() as tmp:
        worker = start_worker(broker, Path(tmp))
        try:
            started = time.perf_counter()
            produce(broker.bootstrap_servers, "contacts.raw", payloads)
            records = read_topic(broker.bootstrap_servers, "contacts.classified", expected=count, timeout=600, settle=0)
            elapsed = time.perf_counter() - started
            assert len(records) >= count, f"only {len(records)} of {count} classified"
            return count / elapsed, _peak_rss_mib(worker.process.pid)
        finally:
            stop_worker(worker)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=5000)
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}")
    print(f"in-process validate+redact+classify: {in_process(args.contacts):,.0f} contacts/s (one core)")
    rate, rss = end_to_end(args.contacts)
    print(
        f"end to end through the embedded broker ({args.contacts} contacts, 2 partitions, 1 worker): "
        f"{rate:,.0f} contacts/s, worker peak RSS {rss:,.0f} MiB"
    )


if __name__ == "__main__":
    main()
