"""Fault injection, measured: `python -m benchmarks.faults [--runs N] [--json]`.

Runs the fault suite's scenario (`pipeline/testing_faults.py`: two SIGKILLs of the worker mid-stream and a
broker restart under it, on Tansu with S3 storage on a local moto server) N times and prints, per run,
what the topics hold against the ground truth: duplicates on `contacts.classified` (at-least-once: a
consumer must de-duplicate by contact id, as counting does), windows whose count is wrong, signal and
alert records against distinct ids, and deliveries to the departments' webhooks.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from pipeline.testing_faults import run_fault_scenario
from pipeline.testing_receivers.http import RecordingHTTPServer
from pipeline.testing_storage import S3Server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="one JSON object with every run's figures")
    args = parser.parse_args()
    runs = []
    for number in range(args.runs):
        with (
            tempfile.TemporaryDirectory() as folder,
            S3Server() as storage,
            storage.broker() as broker,
            RecordingHTTPServer() as receiver,
        ):
            figures = run_fault_scenario(broker, receiver, Path(folder)).figures()
        runs.append(figures)
        if not args.json:
            print(f"run {number + 1}: " + ", ".join(f"{key} {value}" for key, value in figures.items()), flush=True)
    if args.json:
        print(json.dumps({"runs": runs}))


if __name__ == "__main__":
    main()
