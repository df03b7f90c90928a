"""Counting reads a partition again when the stream resumes past what its state covers (no broker here)."""

import asyncio

from pipeline.count.agents import Counting
from pipeline.count.partition import PartitionCounts
from tests.unit.pipeline.runtime.fakes import fake_deps, no_flush


def counting_at(last_offset: int) -> tuple[Counting, list[tuple[int, int]]]:
    rewinds: list[tuple[int, int]] = []

    async def rewind(partition: int, offset: int) -> None:
        rewinds.append((partition, offset))

    table = {"1": PartitionCounts(last_offset=last_offset).model_dump_json()}
    return Counting(fake_deps(), table, no_flush, rewind=rewind), rewinds


def in_sequence(counting: Counting, *offsets: int) -> list[bool]:
    """Each offset's verdict; an accepted one is counted (the state moves on, as `count` would do)."""
    verdicts = []
    for offset in offsets:
        verdicts.append(asyncio.run(counting.in_sequence(1, offset)))
        state = counting.state(1)
        if verdicts[-1] and offset > state.last_offset:
            counting.table["1"] = state.model_copy(update={"last_offset": offset}).model_dump_json()
    return verdicts


def test_a_gap_reads_the_partition_again_from_the_state_and_passes_over_what_was_buffered():
    counting, rewinds = counting_at(last_offset=4)
    assert in_sequence(counting, 9, 10, 11) == [False, False, False]  # 5-8 missing; 10, 11 were buffered
    assert rewinds == [(1, 5)]
    assert in_sequence(counting, 5, 6) == [True, True]  # the re-read arrives in order


def test_a_true_gap_in_the_offsets_costs_one_re_read_not_a_loop():
    counting, rewinds = counting_at(last_offset=4)
    assert in_sequence(counting, 9, 9, 10) == [False, True, True]  # 5-8 do not exist: re-read starts at 9
    assert rewinds == [(1, 5)]


def test_records_in_sequence_and_replays_are_left_to_counting():
    counting, rewinds = counting_at(last_offset=4)
    assert in_sequence(counting, 3, 4, 5) == [True, True, True]  # replays: `add` ignores them by offset
    fresh, _ = counting_at(last_offset=-1)
    assert in_sequence(fresh, 7) == [True]  # no state yet: nothing to compare with
    assert rewinds == []
