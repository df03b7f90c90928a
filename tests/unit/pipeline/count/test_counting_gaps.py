"""Counting counts what lies between its state and where the stream resumed first (no broker here)."""

import asyncio
from datetime import timedelta

import pytest

from pipeline.classify.contact import classify_contact
from pipeline.count.agents import Counting
from pipeline.redact.validate import validate_and_redact
from pipeline.synthetic import generate
from tests.unit.pipeline.runtime.fakes import NOW, fake_deps, no_flush
from topics.counts import PartitionWindows
from topics.validation import InvalidRecord

CONTACTS = [item.contact for item in generate(8, seed=4, start=NOW - timedelta(hours=2), labels=["delivery.late"])]


def classified(index: int) -> bytes:
    """A contacts.classified record for the index-th synthetic contact."""
    deps = fake_deps()
    redacted = validate_and_redact(CONTACTS[index].to_bytes(), NOW, deps.services.pseudonyms)
    return classify_contact(redacted, deps.services.classifier).to_bytes()


def counting_with(topic: dict[int, bytes]) -> tuple[Counting, list[tuple[int, int]]]:
    """Counting over partition 1 of a fake contacts.classified holding `topic` (offset → record)."""
    reads: list[tuple[int, int]] = []

    async def read_gap(partition: int, start: int, end: int) -> list[tuple[int, bytes]]:
        reads.append((start, end))
        return [(offset, topic[offset]) for offset in range(start, end) if offset in topic]

    return Counting(fake_deps(), {}, no_flush, read_gap=read_gap), reads


def counted(counting: Counting) -> int:
    return sum(sum(counts.values()) for counts in counting.state(1).windows.values())


def feed(counting: Counting, offset: int, payload: bytes) -> None:
    asyncio.run(counting.count_in_order(payload, 1, offset))


def test_contacts_between_the_state_and_the_resumed_stream_are_counted_first():
    topic = {offset: classified(offset) for offset in range(8)}
    counting, reads = counting_with(topic)
    feed(counting, 0, topic[0])
    feed(counting, 1, topic[1])
    feed(counting, 6, topic[6])  # the stream resumed at 6: 2-5 were never counted
    assert reads == [(2, 6)]
    assert counted(counting) == 7 and counting.state(1).last_offset == 6
    feed(counting, 7, topic[7])
    assert reads == [(2, 6)] and counted(counting) == 8


def test_a_true_gap_in_the_offsets_is_read_once_and_counting_goes_on():
    topic = {0: classified(0), 5: classified(5), 6: classified(6)}  # 1-4 hold no record
    counting, reads = counting_with(topic)
    feed(counting, 0, topic[0])
    feed(counting, 5, topic[5])
    feed(counting, 6, topic[6])
    assert reads == [(1, 5)] and counted(counting) == 3


def test_no_state_yet_means_nothing_to_compare_with():
    counting, reads = counting_with({})
    feed(counting, 7, classified(7))
    assert reads == [] and counted(counting) == 1


def test_copies_and_bad_records_move_the_offset_on_so_no_gap_is_read_twice():
    topic = {offset: classified(offset) for offset in range(4)}
    topic[4] = topic[1]  # a copy an earlier stage's replay made
    topic[5] = b"not a record"
    topic[6] = classified(6)
    counting, reads = counting_with(topic)
    for offset in range(5):
        feed(counting, offset, topic[offset])
    with pytest.raises(InvalidRecord):
        feed(counting, 5, topic[5])
    feed(counting, 6, topic[6])
    assert reads == [] and counting.state(1).last_offset == 6 and counted(counting) == 5


def test_a_resumed_stream_with_nothing_more_to_come_has_its_gap_read_once_it_stays_idle():
    """Killed after committing offsets its state had not written, with no later contact to reveal the gap:
    the partition is behind its high watermark and counts nothing for the idle time, so the tick reads it."""
    topic = {offset: classified(offset) for offset in range(6)}
    reads: list[tuple[int, int]] = []

    async def read_gap(partition: int, start: int, end: int) -> list[tuple[int, bytes]]:
        reads.append((start, end))
        return [(offset, topic[offset]) for offset in range(start, end)]

    counting = Counting(fake_deps(), {}, no_flush, highwater=lambda partition: 6, read_gap=read_gap)
    feed(counting, 0, topic[0])
    feed(counting, 1, topic[1])  # the state covers 0-1; the committed offset was 6
    asyncio.run(counting.tick(1, NOW))  # not idle yet: the worker just started ticking
    assert reads == []
    asyncio.run(counting.tick(1, NOW + counting.idle))
    assert reads == [(2, 6)] and not counting.behind(1, counting.state(1).last_offset)
    sent = [PartitionWindows.model_validate_json(record) for _, record in counting.deps.topics.partition_windows.sent]
    assert sum(sum(w.counts.values()) for record in sent for w in record.windows) == 6  # all six, closed
    assert counted(counting) == 0  # idle and caught up: nothing left open
