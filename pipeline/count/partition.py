"""What one partition of `contacts.classified` has counted, and when its windows close (pure).

The state of a partition is one value (counts of its open windows, the last offset it counted, how far it
has closed), so it is written to the table's changelog in one record: after a crash the state and the
offset it covers come back together, and a replayed contact at or below that offset is not counted again.
Stages before this one are at least once, so a crash there can put a contact on the topic twice, at a new
offset: the ids counted in open windows are kept in the same value (so they and the counts can never
disagree after a crash), and forgotten when the window closes, when a copy would be late anyway. They are
kept as a list per window, not one entry per id: the value is written after every contact, and a list of
strings serialises about twelve times faster than a datetime per id (4,000 ids: 0.12 ms against 1.5 ms).

Windows close on the worker's clock (ticks), not on Faust's window expiry: a window closes once the
partition's event time (the newest contact it saw) has passed its end plus a grace period for late contacts.
A partition that has been quiet for `idle` also closes the window of its newest contact once the wall clock
is past that window's end plus the grace, so the last window of a burst (or of a replayed history) closes,
and says it is quiet: detection then no longer waits for it (a partition that never had a contact, too). A
quiet partition says so again at every tick: detection lets it vouch only for what the others had closed
when it last spoke, so a backlog that reaches it just after the others raced ahead is not counted as late.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pydantic import BaseModel, Field, field_validator

from topics.counts import PartitionWindows, WindowCount

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def window_start_of(moment: datetime, window: timedelta) -> datetime:
    """Start of the tumbling window (aligned to the epoch, in UTC) that holds `moment`."""
    return moment - (moment - EPOCH) % window


class PartitionCounts(BaseModel):
    """The count state of one partition (the `partition_counts` table, keyed by partition)."""

    last_offset: int = Field(default=-1, description="Newest offset of contacts.classified counted.")
    watermark: datetime | None = Field(default=None, description="Newest event time seen.")
    last_arrival: datetime | None = Field(default=None, description="When the newest contact was counted.")
    through: datetime | None = Field(default=None, description="Every window ending at or before this is closed.")
    windows: dict[datetime, dict[str, int]] = Field(default_factory=dict, description="Open windows by start.")
    late: int = Field(default=0, ge=0, description="Late contacts since the last close.")
    quiet: bool = Field(default=False, description="Whether the last record sent said the partition was quiet.")
    seen: dict[datetime, list[str]] = Field(
        default_factory=dict, description="Contact ids counted in open windows, by window start."
    )

    @field_validator("seen", mode="before")
    @classmethod
    def _by_window(cls, value: object) -> object:
        """A state written before 2026-11-27 kept {contact id: window start}."""
        if isinstance(value, dict) and any(not isinstance(ids, list) for ids in value.values()):
            by_window: dict[object, list[str]] = {}
            for contact_id, start in value.items():
                by_window.setdefault(start, []).append(contact_id)
            return by_window
        return value

    def counted(self, contact_id: str) -> bool:
        """Whether this contact id was counted in an open window (a copy of it is not counted again)."""
        return any(contact_id in ids for ids in self.seen.values())


def add(
    state: PartitionCounts,
    label: str,
    occurred_at: datetime,
    offset: int,
    arrived_at: datetime,
    window: timedelta,
    contact_id: str = "",
) -> PartitionCounts:
    """The state after one contact; unchanged when the offset was counted before (a replay). A contact id
    counted in an open window (a copy an earlier stage's replay made) only moves the offset on."""
    if offset <= state.last_offset:
        return state
    if contact_id and state.counted(contact_id):
        return state.model_copy(update={"last_offset": offset})
    start = window_start_of(occurred_at, window)
    watermark = occurred_at if state.watermark is None else max(state.watermark, occurred_at)
    update = {"last_offset": offset, "watermark": watermark, "last_arrival": arrived_at}
    if state.through is not None and start + window <= state.through:
        return state.model_copy(update={**update, "late": state.late + 1})
    counts = dict(state.windows.get(start, {}))
    counts[label] = counts.get(label, 0) + 1
    seen = {**state.seen, start: [*state.seen.get(start, ()), contact_id]} if contact_id else state.seen
    return state.model_copy(update={**update, "windows": {**state.windows, start: counts}, "seen": seen})


def close(
    state: PartitionCounts,
    partition: int,
    now: datetime,
    window: timedelta,
    grace: timedelta,
    idle: timedelta,
    active_since: datetime | None = None,
    behind: bool = False,
) -> tuple[PartitionCounts, PartitionWindows | None]:
    """Close the windows that are due at `now`; the record to send (always, while quiet), or None when a busy
    partition closed nothing.

    `active_since`: when this worker started on the partition; it is not idle before `idle` has passed since,
    so a backlog read after a restart is counted before the wall clock closes its windows. `behind`: the
    partition has contacts not yet read (or its end is not known yet), so it is not quiet however long the
    worker took to get to them (a recovery, a broker away)."""
    clock = state.watermark
    last_activity = max((t for t in (state.last_arrival, active_since) if t is not None), default=None)
    quiet = not behind and (last_activity is None or now - last_activity >= idle)
    if quiet:
        # the clock may close the window of the newest contact once it is over, but not the windows after it
        # (a replay of history goes on after a pause); a quiet partition holds the others back no longer
        clock = now if clock is None else max(clock, min(now, window_start_of(clock, window) + window + grace))
    if clock is None:
        return state, None
    through = window_start_of(clock - grace, window)
    moved = state.through is None or through > state.through
    if not moved and not quiet and not state.quiet:
        return state, None  # busy and nothing closed: nothing to say
    through = through if moved else state.through
    closed = sorted(start for start in state.windows if start + window <= through)
    record = PartitionWindows(
        partition=partition,
        through=through,
        windows=[WindowCount(window_start=s, window_end=s + window, counts=state.windows[s]) for s in closed],
        late=state.late,
        quiet=quiet,
    )
    remaining = {start: counts for start, counts in state.windows.items() if start + window > through}
    seen = {start: ids for start, ids in state.seen.items() if start + window > through}
    update = {"through": through, "windows": remaining, "late": 0, "quiet": quiet, "seen": seen}
    return state.model_copy(update=update), record
