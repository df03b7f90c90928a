"""Hostile-input soak of `POST /contacts`: `python -m benchmarks.soak [--payloads N] [--clients C] [--seed S]`.

Starts the embedded broker and the real worker, sends N seeded hostile payloads (random bytes, deep
nesting, huge strings and lines, invalid UTF-8, NaN/Infinity, absurd dates, injection strings, wrong
types, empty bodies, wrong content types, gzip bombs, bodies over the limit) from C concurrent clients,
then reads contacts.raw and contacts.deadletter back and accounts for every line. Exits 1 unless there
were no 5xx answers and nothing is unaccounted.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from pipeline.runtime.broker import EmbeddedBroker
from pipeline.testing import http_get, start_worker, stop_worker
from pipeline.testing_soak import soak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--payloads", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    with EmbeddedBroker() as broker, tempfile.TemporaryDirectory() as tmp:
        worker = start_worker(broker, Path(tmp))
        try:
            report = soak(worker, args.payloads, args.clients, args.seed)
            still_up = worker.process.poll() is None and '"alive"' in http_get(f"{worker.base_url}/healthz")
        finally:
            stop_worker(worker)
    print(f"soak: {args.payloads:,} hostile payloads, {args.clients} concurrent clients, seed {args.seed}")
    print("\n".join(report.lines()))
    print(f"worker still up and answering: {still_up}")
    if report.server_errors or report.unaccounted or not still_up:
        sys.exit(1)


if __name__ == "__main__":
    main()
