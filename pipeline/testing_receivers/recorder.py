"""A thread-safe list of what a receiver got, which a test can wait on."""

from __future__ import annotations

import threading


class Recorder:
    """A thread-safe list that can be waited on."""

    def __init__(self) -> None:
        self._items: list = []
        self._changed = threading.Condition()

    def add(self, item: object) -> None:
        with self._changed:
            self._items.append(item)
            self._changed.notify_all()

    def items(self) -> list:
        with self._changed:
            return list(self._items)

    def clear(self) -> None:
        with self._changed:
            self._items.clear()

    def wait_for(self, count: int, timeout: float) -> list:
        with self._changed:
            if not self._changed.wait_for(lambda: len(self._items) >= count, timeout=timeout):
                raise TimeoutError(f"expected {count} within {timeout:g} s, got {len(self._items)}")
            return list(self._items)
