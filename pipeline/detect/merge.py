"""Which windows of the whole center are final, from what each partition closed (pure).

Each partition of `contacts.classified` reports the windows it closed and how far it has closed. A window is
final once every partition has closed past its end, or is quiet (no contact for the idle time: it has
nothing more to say until its next contact). A quiet partition vouches only for what the others had closed
when it last said it was quiet (it says so at every tick): when a replayed history reaches every partition
at once, the first to read its share races ahead, and the others' shares must not be late for that. A
window's count is the sum of what the partitions counted, and a label none of them saw counts zero. A
partition reporting the same window again (a replay after a crash) is ignored, and so is a record at or
below the offset the state already covers.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from pydantic import BaseModel, Field

from topics.counts import PartitionWindows

MAX_EMPTY_RUN = 24 * 7 * 2  # a longer silence (the center was closed, or a replay of old history) is skipped


class MergeState(BaseModel):
    """The state of detection for the whole center (the `detection_state` table, one key)."""

    last_offset: int = -1
    through: dict[int, datetime] = Field(default_factory=dict, description="How far each partition has closed.")
    quiet: dict[int, bool] = Field(default_factory=dict, description="Partitions without contacts for a while.")
    vouched: dict[int, datetime] = Field(
        default_factory=dict, description="How far each quiet partition vouches: the newest close when it spoke."
    )
    pending: dict[datetime, dict[str, int]] = Field(default_factory=dict, description="Windows not final yet.")
    final_through: datetime | None = Field(default=None, description="Every window before this was detected on.")
    late: int = Field(default=0, ge=0, description="Contacts that came after their window closed, in total.")
    engine: dict[str, Any] = Field(default_factory=dict, description="The detection engine's learned state.")


def receive(state: MergeState, record: PartitionWindows, offset: int) -> MergeState:
    """Fold one partition's closed windows in (nothing when the offset or the windows were seen before)."""
    if offset <= state.last_offset:
        return state
    before = state.through.get(record.partition)
    pending, late = state.pending, record.late
    if before is None or record.through > before:
        pending = {start: dict(counts) for start, counts in state.pending.items()}
        for window in record.windows:
            if before is not None and window.window_end <= before:
                continue  # this partition closed it before: a replayed record
            if state.final_through is not None and window.window_start < state.final_through:
                late += sum(window.counts.values())  # a quiet partition's contact, after the others moved on
                continue
            counts = pending.setdefault(window.window_start, {})
            for label, count in window.counts.items():
                counts[label] = counts.get(label, 0) + count
        before = record.through
    through = {**state.through, record.partition: before}
    vouched = {p: at for p, at in state.vouched.items() if p != record.partition}
    if record.quiet:
        vouched[record.partition] = max(through.values())
    update = {
        "last_offset": offset,
        "through": through,
        "quiet": {**state.quiet, record.partition: record.quiet},
        "vouched": vouched,
        "pending": pending,
        "late": state.late + late,
    }
    return state.model_copy(update=update)


def final_windows(
    state: MergeState, partitions: int, window: timedelta
) -> tuple[MergeState, list[tuple[datetime, dict[str, int]]]]:
    """The windows every partition has closed, in order, with empty ones as zero counts; removed from pending."""
    if len(state.through) < partitions:
        return state, []
    limit = min(
        state.vouched.get(p, through) if state.quiet.get(p) else through for p, through in state.through.items()
    )
    start = state.final_through
    if start is None:
        if not state.pending:
            return state.model_copy(update={"final_through": limit}), []
        start = min(state.pending)
    ready: list[tuple[datetime, dict[str, int]]] = []
    empty_run = 0
    while start + window <= limit:
        counts = state.pending.get(start)
        if counts is None:
            empty_run += 1
            if empty_run > MAX_EMPTY_RUN:
                later = [s for s in state.pending if s > start]
                start = min(later) if later else limit
                empty_run = 0
                continue
        else:
            empty_run = 0
        ready.append((start, counts or {}))
        start += window
    pending = {s: counts for s, counts in state.pending.items() if s >= start}
    return state.model_copy(update={"final_through": start, "pending": pending}), ready
