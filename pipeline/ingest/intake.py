"""Turn lines of JSONL or rows of CSV into checked contacts, numbered, for ingestion.

Shared by `feedback-loop ingest` and the worker's HTTP endpoint, so both accept and reject the
same things with the same reasons.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from topics.records import MAX_CONTACT_BYTES, Contact
from topics.validation import InvalidRecord, loads_json, parse_contact

CSV_LIST_SEPARATOR = ";"


@dataclass(frozen=True)
class Checked:
    """One input record: `contact` when valid, otherwise `reason`; `original` is what to dead-letter."""

    line: int
    original: str
    contact: Contact | None = None
    reason: str | None = None


def check_jsonl(lines: Iterable[str], now: datetime | None = None) -> Iterator[Checked]:
    """`now`, when given, rejects contacts dated more than a day after it (as the redact stage does)."""
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text:
            continue
        yield _check_text(number, text, now)


def check_body(body: str, now: datetime | None = None) -> Iterator[Checked]:
    """An HTTP body: one JSON contact (possibly pretty-printed) or NDJSON, one contact a line."""
    try:
        whole = loads_json(body)
    except json.JSONDecodeError:
        yield from check_jsonl(body.splitlines(), now)
        return
    if isinstance(whole, dict):
        yield _check_mapping(1, body.strip(), whole, now)
    else:
        yield Checked(line=1, original=body.strip(), reason="a contact must be a JSON object")


def _check_text(number: int, text: str, now: datetime | None) -> Checked:
    size = len(text.encode("utf-8"))
    if size > MAX_CONTACT_BYTES:  # before parsing: a huge line costs nothing but its length
        return Checked(line=number, original=text, reason=f"line is {size} bytes, more than the {MAX_CONTACT_BYTES}")
    try:
        decoded = loads_json(text)
    except json.JSONDecodeError as error:
        return Checked(line=number, original=text, reason=f"not valid JSON: {error.msg} at column {error.colno}")
    if not isinstance(decoded, dict):
        return Checked(line=number, original=text, reason="a contact must be a JSON object")
    return _check_mapping(number, text, decoded, now)


def _check_mapping(number: int, original: str, mapping: dict, now: datetime | None = None) -> Checked:
    try:
        return Checked(line=number, original=original, contact=parse_contact(mapping, now=now))
    except InvalidRecord as error:
        return Checked(line=number, original=original, reason=str(error))


def check_csv(lines: Iterable[str], now: datetime | None = None) -> Iterator[Checked]:
    """CSV with a header row named like Contact's fields.

    `transcript` holds either a JSON list of turns or lines of `speaker: text`; `agent_tags` is
    `;`-separated; empty cells mean "not given".
    """
    reader = csv.DictReader(lines)
    for row in reader:
        number = reader.line_num
        cells = {key: value for key, value in row.items() if key is not None and value not in (None, "")}
        original = json.dumps(cells, ensure_ascii=False)
        if None in row:
            yield Checked(line=number, original=original, reason="more cells than header columns")
            continue
        try:
            mapping = csv_to_mapping(cells)
        except ValueError as error:
            yield Checked(line=number, original=original, reason=str(error))
            continue
        yield _check_mapping(number, original, mapping, now)


def csv_to_mapping(cells: dict[str, str]) -> dict:
    mapping: dict = dict(cells)
    transcript = cells.get("transcript", "").strip()
    if transcript.startswith("["):
        try:
            mapping["transcript"] = json.loads(transcript)
        except json.JSONDecodeError as error:
            raise ValueError(f"transcript: not a valid JSON list of turns: {error.msg}") from None
    elif transcript:
        mapping["transcript"] = [_parse_turn(line) for line in transcript.splitlines() if line.strip()]
    if "agent_tags" in cells:
        mapping["agent_tags"] = [tag.strip() for tag in cells["agent_tags"].split(CSV_LIST_SEPARATOR) if tag.strip()]
    return mapping


def _parse_turn(line: str) -> dict[str, str]:
    speaker, separator, text = line.partition(":")
    if separator and speaker.strip().lower() in {"customer", "agent", "bot"}:
        return {"speaker": speaker.strip().lower(), "text": text.strip()}
    return {"speaker": "customer", "text": line.strip()}
