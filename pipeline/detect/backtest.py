"""Replay history through the worker's detection code, offline: which signals would have been raised.

The same steps as the worker, on one partition: `count.partition.add` per contact, `close` at the end,
`merge.final_windows` (quiet windows count zero) and `DetectionEngine.close_window` per window, so a team
can tune sensitivity and minimum excess on its own history before going live.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from pydantic import ValidationError

from pipeline.count.partition import PartitionCounts, add, close
from pipeline.detect.detectors import DetectionConfig
from pipeline.detect.engine import DetectionEngine
from pipeline.detect.merge import MergeState, final_windows, receive
from pipeline.ingest.intake import csv_to_mapping
from topics.counts import CenterWindow
from topics.records import Contact, Signal


class HistoryError(ValueError):
    """A line of the history file that cannot be used; the message says where and why."""


@dataclass(frozen=True)
class Counted:
    occurred_at: datetime
    label: str


def read_history(path: Path, classify: Callable[[Contact], str]) -> Iterator[Counted]:
    """Contacts from JSONL or CSV (by suffix); a `label` field is used as is, otherwise `classify` decides."""
    with path.open(encoding="utf-8", newline="") as handle:
        if path.suffix.lower() == ".csv":
            reader = csv.DictReader(handle)
            rows: Iterable[tuple[int, dict]] = (
                (reader.line_num, _csv_row(path, reader.line_num, row)) for row in reader
            )
        else:
            rows = ((number, _json_line(path, number, line)) for number, line in enumerate(handle, 1) if line.strip())
        for number, row in rows:
            yield _counted(path, number, row, classify)


def _csv_row(path: Path, number: int, row: dict) -> dict:
    cells = {key: value for key, value in row.items() if key is not None and value not in (None, "")}
    if cells.get("label"):
        return cells
    try:
        return csv_to_mapping(cells)
    except ValueError as error:
        raise HistoryError(f"{path}:{number}: {error}") from None


def _json_line(path: Path, number: int, line: str) -> dict:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise HistoryError(f"{path}:{number}: not JSON: {error.msg}") from None
    if not isinstance(record, dict):
        raise HistoryError(f"{path}:{number}: not a JSON object")
    return record


def _counted(path: Path, number: int, row: dict, classify: Callable[[Contact], str]) -> Counted:
    try:
        if row.get("label"):
            return Counted(datetime.fromisoformat(str(row["occurred_at"]).replace("Z", "+00:00")), str(row["label"]))
        contact = Contact.model_validate({k: v for k, v in row.items() if v not in (None, "")})
        return Counted(contact.occurred_at, classify(contact))
    except KeyError as error:
        raise HistoryError(f"{path}:{number}: missing {error.args[0]}") from None
    except (ValueError, ValidationError) as error:
        first = error.errors()[0] if isinstance(error, ValidationError) else None
        why = f"{'.'.join(map(str, first['loc']))}: {first['msg']}" if first else str(error)
        raise HistoryError(f"{path}:{number}: {why}") from None


def backtest(
    history: Iterable[Counted], config: DetectionConfig, threshold: int
) -> Iterator[tuple[CenterWindow, list[Signal]]]:
    """Every window from the first contact's to the last one's, with the signals it would have raised."""
    window = timedelta(seconds=config.window_seconds)
    state = PartitionCounts()
    for offset, item in enumerate(sorted(history, key=lambda counted: counted.occurred_at)):
        if item.occurred_at.tzinfo is None:
            raise HistoryError(f"occurred_at {item.occurred_at.isoformat()} has no time zone")
        state = add(state, item.label, item.occurred_at, offset, item.occurred_at, window)
    if state.watermark is None:
        return
    end = state.watermark + 2 * window
    state, closed = close(state, 0, end, window, timedelta(0), timedelta(0))
    assert closed is not None
    _, ready = final_windows(receive(MergeState(), closed, 0), partitions=1, window=window)
    engine = DetectionEngine(config, threshold)
    for start, counts in ready:
        yield engine.close_window(start, counts, detected_at=start + window)
