"""A soak of hostile payloads against a running worker, with every line accounted for afterwards.

Used by `python -m benchmarks.soak` and tests/integration/test_http_hostile.py. Each payload's answer
is compared with what the generator expects, then contacts.raw and contacts.deadletter are read back:
each accepted contact_id must be on the raw topic and each rejected line (by its SHA-256) dead-lettered.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx

from pipeline.testing import Worker, read_topic
from pipeline.testing_hostile import Payload, hostile_payloads

CHUNK_BYTES = 1024 * 1024  # few large writes: a client starved of CPU still sends 16 MiB in time


@dataclass
class SoakReport:
    sent: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    client_errors: Counter[str] = field(default_factory=Counter)  # requests that got no HTTP answer
    accepted: int = 0
    rejected: int = 0
    lines_expected: int = 0  # non-blank lines of the payloads answered 200/422
    unexpected: Counter[str] = field(default_factory=Counter)  # payload kinds answered otherwise than expected
    found_raw: int = 0
    found_dead_lettered: int = 0
    unaccounted: int = 0
    extra: int = 0  # stored more often than answered (a repeat after 503 would show here)
    seconds: float = 0.0
    rss_mib: list[float] = field(default_factory=list)  # worker RSS at start, middle and end
    expected_ids: Counter[str] = field(default_factory=Counter)
    expected_letters: Counter[str] = field(default_factory=Counter)

    @property
    def server_errors(self) -> int:
        return sum(count for status, count in self.statuses.items() if status >= 500)

    def lines(self) -> list[str]:
        statuses = ", ".join(f"{status}: {count}" for status, count in sorted(self.statuses.items()))
        rss = " / ".join(f"{value:,.0f}" for value in self.rss_mib)
        return [
            f"payloads sent:        {self.sent:,} in {self.seconds:,.1f} s",
            f"requests/s:           {self.sent / self.seconds:,.0f}",
            f"answered:             {statuses}",
            f"no answer:            {sum(self.client_errors.values())} {dict(self.client_errors) or ''}",
            f"5xx:                  {self.server_errors}",
            f"answer not as expected: {sum(self.unexpected.values())} {dict(self.unexpected) or ''}",
            f"lines answered:       {self.accepted:,} accepted + {self.rejected:,} rejected "
            f"(expected {self.lines_expected:,})",
            f"found on contacts.raw:        {self.found_raw:,}",
            f"found on contacts.deadletter: {self.found_dead_lettered:,}",
            f"unaccounted:          {self.unaccounted}",
            f"stored more than once: {self.extra}",
            f"worker RSS start / middle / end: {rss} MiB",
        ]


def worker_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def soak(worker: Worker, count: int, clients: int, seed: int, read_timeout: float = 300.0) -> SoakReport:
    """Send `count` hostile payloads from `clients` concurrent clients, then account for every line."""
    run = f"soak{seed}-{int(time.time())}"
    report = SoakReport(rss_mib=[worker_rss_mib(worker.process.pid)])
    payloads = hostile_payloads(count, seed=seed, run=run, now=datetime.now(UTC))
    started = time.perf_counter()
    asyncio.run(_send_all(worker, payloads, count, clients, report))
    report.seconds = time.perf_counter() - started
    raw = read_topic(worker.bootstrap, "contacts.raw", expected=report.accepted, timeout=read_timeout)
    found_ids = Counter(r.get("contact_id") for r in raw if str(r.get("contact_id", "")).startswith(f"{run}-"))
    letters = read_topic(worker.bootstrap, "contacts.deadletter", expected=report.rejected, timeout=read_timeout)
    found_letters = Counter(r.get("original_sha256") for r in letters if r.get("source") == "http")
    report.found_raw, report.found_dead_lettered = found_ids.total(), found_letters.total()
    report.unaccounted += (report.expected_ids - found_ids).total() + (report.expected_letters - found_letters).total()
    report.extra = (found_ids - report.expected_ids).total() + (found_letters - report.expected_letters).total()
    report.rss_mib.append(worker_rss_mib(worker.process.pid))
    return report


async def _send_all(worker: Worker, payloads: Iterable[Payload], count: int, clients: int, report: SoakReport) -> None:
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    pending = iter(payloads)
    async with httpx.AsyncClient(base_url=worker.base_url, limits=limits, timeout=120) as client:

        async def one_client() -> None:
            for payload in pending:  # shared: each client takes the next payload
                await _send(client, payload, report)
                if report.sent == count // 2:
                    report.rss_mib.append(worker_rss_mib(worker.process.pid))

        await asyncio.gather(*(one_client() for _ in range(clients)))


async def _send(client: httpx.AsyncClient, payload: Payload, report: SoakReport) -> None:
    content = _chunks(payload.body) if payload.chunked else payload.body
    report.sent += 1
    try:
        response = await client.post("/contacts", content=content, headers=payload.headers)
    except httpx.HTTPError as error:
        report.client_errors[f"{payload.kind}: {type(error).__name__}"] += 1
        report.unaccounted += payload.lines
        return
    report.statuses[response.status_code] += 1
    if response.status_code != payload.expected_status:
        report.unexpected[f"{payload.kind} → {response.status_code}"] += 1
    if response.status_code not in (200, 422):
        return  # refused as a whole: nothing stored (a 503 says so and is counted as a 5xx)
    answer = response.json()
    accepted, rejected = answer.get("accepted", 0), answer.get("rejected", 0)
    report.accepted, report.rejected = report.accepted + accepted, report.rejected + rejected
    report.lines_expected += payload.lines
    report.unaccounted += abs(payload.lines - accepted - rejected)
    if (accepted, rejected) != (len(payload.accepted), len(payload.rejected)):
        report.unexpected[f"{payload.kind}: counts"] += 1
    report.expected_ids.update(payload.accepted)
    report.expected_letters.update(payload.rejected)


async def _chunks(body: bytes) -> AsyncIterator[bytes]:
    for start in range(0, len(body), CHUNK_BYTES):
        yield body[start : start + CHUNK_BYTES]
