"""Turn lines of JSONL or rows of CSV into checked contacts, numbered, for ingestion.

Shared by `feedback-loop ingest` and the worker's HTTP endpoint, so both accept and reject the
same things with the same reasons. Limits on one line (each rejection names the limit):

- at most MAX_CONTACT_BYTES (256 KiB) of UTF-8, checked before parsing, so a huge line costs only its length;
- strict JSON (RFC 8259): no NaN or Infinity, no number that overflows a float or has over MAX_NUMBER_DIGITS digits;
- nested at most MAX_JSON_DEPTH deep (a contact needs 3: contact → transcript → turn);
- then the `Contact` schema (topics/records.py): at most 2,000 turns of at most 20,000 characters, 100,000
  characters of text in all, ids and names of at most 128 characters, times between 2000 and 2100 and at most
  a day in the future.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from topics.records import MAX_CONTACT_BYTES, Contact
from topics.validation import InvalidRecord, parse_contact

CSV_LIST_SEPARATOR = ";"
MAX_JSON_DEPTH = 16
MAX_NUMBER_DIGITS = 100


@dataclass(frozen=True)
class Checked:
    """One input record: `contact` when valid, otherwise `reason`; `original` is what to dead-letter
    (bytes when the line is not UTF-8)."""

    line: int
    original: str | bytes
    contact: Contact | None = None
    reason: str | None = None


class NotJson(ValueError):
    """A line that strict JSON parsing refuses, with why (never the offending value)."""


def check_jsonl(lines: Iterable[str], now: datetime | None = None) -> Iterator[Checked]:
    """`now`, when given, rejects contacts dated more than a day after it (as the redact stage does)."""
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text:
            continue
        yield _check_text(number, text, now)


def check_body(body: bytes | str, now: datetime | None = None) -> Iterator[Checked]:
    """An HTTP body: one JSON contact (possibly pretty-printed) or NDJSON, one contact a line.

    Lines end at LF (CRLF too); a line that is not UTF-8 is rejected alone. Blank lines are skipped but
    counted, so line numbers match the client's.
    """
    data = body.encode("utf-8", errors="surrogateescape") if isinstance(body, str) else body
    whole = data.strip()
    if b"\n" in whole and len(whole) <= MAX_CONTACT_BYTES:  # perhaps one pretty-printed contact
        single = _check_single(whole, now)
        if single is not None:
            yield single
            return
    for number, line in enumerate(data.split(b"\n"), start=1):
        line = line.strip()
        if not line:
            continue
        if len(line) > MAX_CONTACT_BYTES:
            yield _too_big(number, line)
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as error:
            yield Checked(
                line=number, original=line, reason=f"not UTF-8 text: invalid byte at column {error.start + 1}"
            )
            continue
        yield _check_text(number, text, now)


def _check_single(whole: bytes, now: datetime | None) -> Checked | None:
    """The body as one JSON document, or None when it is not one (then it is read as NDJSON)."""
    try:
        text = whole.decode("utf-8")
        decoded = strict_json(text)
    except (UnicodeDecodeError, NotJson):
        return None
    return _check_decoded(1, text, decoded, now)


def _too_big(number: int, line: bytes | str) -> Checked:
    size = len(line) if isinstance(line, bytes) else len(line.encode("utf-8", errors="surrogateescape"))
    return Checked(
        line=number, original=line, reason=f"line is {size} bytes, more than the {MAX_CONTACT_BYTES} allowed"
    )


def _check_text(number: int, text: str, now: datetime | None) -> Checked:
    if len(text.encode("utf-8", errors="surrogateescape")) > MAX_CONTACT_BYTES:
        return _too_big(number, text)  # before parsing: a huge line costs nothing but its length
    try:
        decoded = strict_json(text)
    except NotJson as error:
        return Checked(line=number, original=text, reason=str(error))
    return _check_decoded(number, text, decoded, now)


def _check_decoded(number: int, original: str, decoded: object, now: datetime | None) -> Checked:
    if isinstance(decoded, list):
        reason = "a contact must be a JSON object, not an array (send NDJSON: one contact a line)"
        return Checked(line=number, original=original, reason=reason)
    if not isinstance(decoded, dict):
        return Checked(line=number, original=original, reason="a contact must be a JSON object")
    return _check_mapping(number, original, decoded, now)


def strict_json(text: str) -> object:
    """`json.loads` for input from outside: NotJson for what RFC 8259 or our limits do not allow."""
    try:
        decoded = json.loads(text, parse_constant=_no_constant, parse_float=_finite_float, parse_int=_bounded_int)
    except json.JSONDecodeError as error:
        raise NotJson(f"not valid JSON: {error.msg} at column {error.colno}") from None
    except RecursionError:
        raise NotJson(f"not valid JSON: nested too deeply (more than {MAX_JSON_DEPTH} levels)") from None
    if _depth_over(decoded, MAX_JSON_DEPTH):
        raise NotJson(f"not valid JSON: nested too deeply (more than {MAX_JSON_DEPTH} levels)")
    return decoded


def _no_constant(name: str) -> float:
    raise NotJson(f"not valid JSON: {name} is not a JSON number")


def _finite_float(text: str) -> float:
    if len(text) > MAX_NUMBER_DIGITS:
        raise NotJson(f"not valid JSON: a number longer than {MAX_NUMBER_DIGITS} characters")
    value = float(text)
    if not math.isfinite(value):
        raise NotJson("not valid JSON: a number too large for a float")
    return value


def _bounded_int(text: str) -> int:
    if len(text) > MAX_NUMBER_DIGITS:
        raise NotJson(f"not valid JSON: a number longer than {MAX_NUMBER_DIGITS} characters")
    return int(text)


def _depth_over(value: object, limit: int) -> bool:
    """Whether containers nest more than `limit` deep (iterative: no recursion on hostile input)."""
    pending = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        if depth > limit:
            return True
        pending.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


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
    read = _LineCount(lines)
    reader = csv.DictReader(read)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:  # e.g. a cell over csv's field limit: that row only; the reader goes on
            yield Checked(line=read.count, original="", reason=f"not valid CSV: {error}")
            continue
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


class _LineCount:
    """Lines as they are read, counted: csv's own `line_num` lags behind on a row it cannot parse."""

    def __init__(self, lines: Iterable[str]) -> None:
        self.lines, self.count = iter(lines), 0

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = next(self.lines)
        self.count += 1
        return line


def csv_to_mapping(cells: dict[str, str]) -> dict:
    mapping: dict = dict(cells)
    transcript = cells.get("transcript", "").strip()
    if transcript.startswith("["):
        try:
            mapping["transcript"] = strict_json(transcript)
        except NotJson as error:
            raise ValueError(f"transcript: {error}") from None
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
