"""Unit tests: a batch is answered only once the broker acknowledged all of it; otherwise BrokerUnavailable."""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace

import pytest
from aiokafka.errors import NotLeaderForPartitionError

from pipeline.ingest.http import MAX_BATCHES_AT_ONCE, BatchIntake, BrokerUnavailable
from pipeline.synthetic import generate
from tests.unit.pipeline.runtime.fakes import NOW, fake_deps


class AckingTopic:
    """Returns an acknowledgement future per record, as Faust's topic.send does: acked, failed or never."""

    def __init__(self, outcome: str = "ack") -> None:
        self.outcome, self.sent, self.futures = outcome, [], []

    async def send(self, key: bytes | None, value: bytes) -> asyncio.Future:
        future = asyncio.get_running_loop().create_future()
        if self.outcome == "ack":
            future.set_result(None)
        elif self.outcome == "fail" and len(self.futures) == 1:  # the second record is refused
            future.set_exception(NotLeaderForPartitionError())
        elif self.outcome == "fail":
            future.set_result(None)
        self.sent.append((key, value))
        self.futures.append(future)
        return future


@pytest.fixture(scope="module")
def deps():
    return fake_deps(web_send_timeout_seconds=0.2)  # loading the classifier takes seconds: once


def intake(deps, raw: str = "ack", deadletter: str = "ack") -> BatchIntake:
    topics = replace(deps.topics, raw=AckingTopic(raw), deadletter=AckingTopic(deadletter))
    return BatchIntake(replace(deps, topics=topics))


def body(*extra: str) -> str:
    contacts = [item.contact.model_dump_json() for item in generate(3, seed=12, start=NOW)]
    return "\n".join([contacts[0], *extra, *contacts[1:]])


def test_an_acknowledged_batch_is_answered_with_counts_and_reasons(deps):
    batch = intake(deps)
    answer = asyncio.run(batch.accept(body("{oops", ""), source="http"))
    assert answer == {
        "accepted": 3,
        "rejected": 1,
        "errors": [
            {"line": 2, "reason": "not valid JSON: Expecting property name enclosed in double quotes at column 2"}
        ],
    }
    assert len(batch.deps.topics.raw.sent) == 3
    [(_, letter)] = batch.deps.topics.deadletter.sent
    assert json.loads(letter)["original"] == "{oops" and json.loads(letter)["line"] == 2


@pytest.mark.parametrize(("raw", "deadletter", "why"), [("fail", "ack", "refused 1 of 4"), ("ack", "never", "did not")])
def test_a_batch_the_broker_does_not_fully_acknowledge_is_broker_unavailable(deps, raw, deadletter, why):
    batch = intake(deps, raw, deadletter)
    with pytest.raises(BrokerUnavailable, match=why):
        asyncio.run(batch.accept(body("{oops"), source="http"))
    assert len(batch.deps.topics.raw.sent) == 3  # all were handed over before any acknowledgement was awaited


def test_a_batch_that_gets_no_turn_in_time_is_broker_unavailable(deps):
    batch = intake(deps)

    async def main() -> None:
        for _ in range(MAX_BATCHES_AT_ONCE):  # every turn taken, as by batches waiting on a slow broker
            await batch._turns.acquire()  # noqa: SLF001
        with pytest.raises(BrokerUnavailable, match="no turn within 0.2 s"):
            await batch.accept(body(), source="http")

    asyncio.run(main())
    assert batch.deps.topics.raw.sent == []
