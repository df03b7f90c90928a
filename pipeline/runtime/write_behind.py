"""A Faust table whose writes are held until the end of a batch: a batch changes each key once, so the
changelog gets one record per key and batch instead of one per contact.

A held write remembers the changelog partition (the partition of the record that made it, as Faust's own
`table[key] = value` would choose); `flush` then stores and sends it exactly as that assignment does.
Reads see held writes first. Crash safety is the batch's: its offsets are acked only after `flush`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class WriteBehind:
    def __init__(self, table: Any, partition_of: Callable[[str], int] | None = None) -> None:
        """`partition_of(key)`: the changelog partition of a key, for `table[key] = value` (a table keyed by
        partition number passes `int`); without it, writes say their partition with `set`."""
        self.table, self.partition_of = table, partition_of
        self.pending: dict[str, tuple[str, int]] = {}

    def __setitem__(self, key: str, value: str) -> None:
        assert self.partition_of is not None, "this table's writes need their partition: use set()"
        self.set(key, value, self.partition_of(key))

    def get(self, key: str, default: str | None = None) -> str | None:
        held = self.pending.get(key)
        return held[0] if held is not None else self.table.get(key, default)

    def set(self, key: str, value: str, partition: int) -> None:
        self.pending[key] = (value, partition)

    def flush(self) -> None:
        for key, (value, partition) in self.pending.items():
            self.table.data[key] = value
            self.table.send_changelog(partition, key, value)
        self.pending.clear()
