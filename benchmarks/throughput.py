"""Throughput, latency and memory of the hot path: `python -m benchmarks.throughput [--repeats 3] [--json]`.

For short (~24 words) and long (~150 words, like a call transcript) contacts, interleaved in one run, the
median of `--repeats` of each: the bare spaCy tokenizer (the ceiling), the in-process hot path (parse,
redact, classify, serialise), a bare Faust pass-through on the same kind of broker (one record at a time
and with `take`), the worker end to end (raw → classified) with one and with two workers on two partitions,
p50/p99 latency from send to readable on contacts.classified at half the one-worker rate, and the
worker's peak RSS. `--json` prints one object with the figures and their ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics

from pipeline.synthetic import generate
from pipeline.synthetic_long import generate_long
from pipeline.testing_throughput import (
    end_to_end,
    inprocess_rate,
    latency,
    passthrough_rate,
    redacted_texts,
    tokenizer_rate,
)

KINDS = ("short", "long")


def payloads(kind: str, count: int, seed: int) -> list[bytes]:
    make = generate if kind == "short" else generate_long
    return [item.contact.to_bytes() for item in make(count, seed=seed, spacing_seconds=0.5)]


def measure(kind: str, count: int, seed: int) -> dict[str, float]:
    data = payloads(kind, count, seed)
    texts = redacted_texts(data)
    one, rss = end_to_end(data, workers=1)
    two, _ = end_to_end(payloads(kind, count, seed + 1000), workers=2)
    p50, p99 = latency(payloads(kind, min(count, int(one * 20)), seed + 2000), rate=one / 2)
    return {
        "tokenizer": tokenizer_rate(texts),
        "inprocess": inprocess_rate(data),
        "passthrough": passthrough_rate(data),
        "passthrough_take": passthrough_rate(data, take=64),
        "e2e_one_worker": one,
        "e2e_two_workers": two,
        "p50_seconds": p50,
        "p99_seconds": p99,
        "worker_rss_mib": rss,
    }


def summary(runs: dict[str, list[dict[str, float]]]) -> dict:
    result: dict = {}
    for kind, measured in runs.items():
        median = {key: statistics.median(run[key] for run in measured) for key in measured[0]}
        median["inprocess_over_tokenizer"] = median["inprocess"] / median["tokenizer"]
        median["e2e_over_inprocess"] = median["e2e_one_worker"] / median["inprocess"]
        median["e2e_over_passthrough"] = median["e2e_one_worker"] / median["passthrough"]
        median["two_workers_over_one"] = median["e2e_two_workers"] / median["e2e_one_worker"]
        result[kind] = median
    result["two_workers_over_one"] = result["long"]["two_workers_over_one"]
    result["p99_seconds"] = max(result[kind]["p99_seconds"] for kind in runs)
    result["worker_rss_mib"] = max(result[kind]["worker_rss_mib"] for kind in runs)
    result["machine"] = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    return result


def table(result: dict) -> str:
    rows = [
        ("bare spaCy tokenizer (ceiling), docs/s", "tokenizer", "{:,.0f}"),
        ("in process: parse + redact + classify + serialise, /s", "inprocess", "{:,.0f}"),
        ("  ÷ tokenizer", "inprocess_over_tokenizer", "{:.0%}"),
        ("bare Faust pass-through, one hop, msgs/s", "passthrough", "{:,.0f}"),
        ("  the same with take(64), msgs/s", "passthrough_take", "{:,.0f}"),
        ("end to end, one worker, /s", "e2e_one_worker", "{:,.0f}"),
        ("  ÷ in process", "e2e_over_inprocess", "{:.0%}"),
        ("  ÷ pass-through", "e2e_over_passthrough", "{:.0%}"),
        ("end to end, two workers, /s", "e2e_two_workers", "{:,.0f}"),
        ("  ÷ one worker", "two_workers_over_one", "{:.2f}×"),
        ("latency at half the one-worker rate, p50 s", "p50_seconds", "{:.3f}"),
        ("  p99 s", "p99_seconds", "{:.3f}"),
        ("worker peak RSS, MiB", "worker_rss_mib", "{:,.0f}"),
    ]
    lines = [f"machine: {result['machine']}", f"| what | {' | '.join(KINDS)} |", "|---|---|---|"]
    for title, key, form in rows:
        lines.append(f"| {title} | {' | '.join(form.format(result[kind][key]) for kind in KINDS)} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--short", type=int, default=6000, help="short contacts per measurement")
    parser.add_argument("--long", type=int, default=2000, help="long contacts per measurement")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    runs: dict[str, list[dict[str, float]]] = {kind: [] for kind in KINDS}
    for repeat in range(args.repeats):
        for kind in KINDS:
            runs[kind].append(measure(kind, args.short if kind == "short" else args.long, seed=repeat))
    result = summary(runs)
    print(json.dumps(result, indent=2) if args.json else table(result))


if __name__ == "__main__":
    main()
