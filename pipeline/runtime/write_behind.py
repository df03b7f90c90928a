"""A Faust table whose writes are held, as objects, until the end of a batch: a batch parses a key's value
once, changes it in memory, and the changelog gets one record per key and batch instead of one per contact.

A held write remembers the changelog partition (the partition of the record that made it, as Faust's own
`table[key] = value` would choose); `flush` then serialises, stores and sends it exactly as that
assignment does. Reads see held values first. Crash safety is the batch's: its offsets are acked only
after `flush`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

Model = TypeVar("Model", bound=BaseModel)


class WriteBehind(Generic[Model]):
    def __init__(self, table: Any, model: type[Model], partition_of: Callable[[str], int] | None = None) -> None:
        """Values are `model`s, stored as their JSON; `partition_of(key)`: the changelog partition of a key,
        for `held[key] = value` (a table keyed by partition number passes `int`); without it, writes say
        their partition with `set`."""
        self.table, self.model, self.partition_of = table, model, partition_of
        self.pending: dict[str, tuple[Model | None, int]] = {}  # None: delete the key

    def get(self, key: str) -> Model | None:
        if key in self.pending:
            return self.pending[key][0]
        stored = self.table.get(key)
        return self.model.model_validate_json(stored) if stored else None

    def set(self, key: str, value: Model, partition: int) -> None:
        self.pending[key] = (value, partition)

    def delete(self, key: str, partition: int) -> None:
        self.pending[key] = (None, partition)

    def __setitem__(self, key: str, value: Model) -> None:
        assert self.partition_of is not None, "this table's writes need their partition: use set()"
        self.set(key, value, self.partition_of(key))

    def flush(self) -> None:
        for key, (value, partition) in self.pending.items():
            if value is None:  # a tombstone, as Faust's own `del table[key]` sends it
                self.table.data.pop(key, None)
                self.table.send_changelog(partition, key, None, value_serializer="raw")
                continue
            stored = value.model_dump_json()
            self.table.data[key] = stored
            self.table.send_changelog(partition, key, stored)
        self.pending.clear()
