"""Unit tests: every hostile payload's lines come out of the intake as the generator says (no Kafka here)."""

from __future__ import annotations

import gzip
import hashlib
import json
from collections import Counter
from datetime import UTC, datetime

import pytest

from pipeline.ingest.intake import MAX_JSON_DEPTH, check_body, check_csv
from pipeline.testing_hostile import MAX_LINES, OVER_HTTP_LIMIT, hostile_payloads
from topics.records import MAX_CONTACT_BYTES

NOW = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)


def _verdicts(body: bytes) -> tuple[Counter, Counter]:
    accepted, rejected = Counter(), Counter()
    for checked in check_body(body, now=NOW):
        if checked.contact is not None:
            accepted[checked.contact.contact_id] += 1
        else:
            assert checked.reason  # every rejection says why
            original = checked.original if isinstance(checked.original, bytes) else checked.original.encode()
            rejected[hashlib.sha256(original).hexdigest()] += 1
    return accepted, rejected


def test_the_intake_makes_of_each_hostile_payload_what_the_generator_expects():
    kinds = Counter()
    for payload in hostile_payloads(600, seed=3, run="unit", now=NOW):
        kinds[payload.kind] += 1
        if payload.refused_with is not None and payload.kind != "empty":
            continue  # refused by the HTTP layer before the intake (size, content-encoding)
        body = gzip.decompress(payload.body) if payload.headers.get("Content-Encoding") == "gzip" else payload.body
        assert _verdicts(body) == (Counter(payload.accepted), Counter(payload.rejected)), payload.kind
    assert {"valid", "invalid", "batch", "pretty-printed", "empty"} <= set(kinds)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"csat": ' + "9" * 5000 + "}", "not valid JSON: a number longer than 100 characters"),
        ('{"handle_time_seconds": 1e999}', "not valid JSON: a number too large for a float"),
        ('{"handle_time_seconds": NaN}', "not valid JSON: NaN is not a JSON number"),
        ('{"handle_time_seconds": -Infinity}', "not valid JSON: -Infinity is not a JSON number"),
        ("[" * (MAX_JSON_DEPTH + 1) + "]" * (MAX_JSON_DEPTH + 1), f"nested too deeply (more than {MAX_JSON_DEPTH}"),
        ("[" * 100_000, f"nested too deeply (more than {MAX_JSON_DEPTH}"),
        ("[1, 2]", "a contact must be a JSON object, not an array"),
        ("x" * (MAX_CONTACT_BYTES + 1), f"line is {MAX_CONTACT_BYTES + 1} bytes, more than the {MAX_CONTACT_BYTES}"),
    ],
)
def test_each_limit_names_itself(line, reason):
    [checked] = list(check_body(line.encode()))
    assert checked.contact is None and reason in checked.reason


def test_a_line_that_is_not_utf8_is_rejected_alone_and_kept_as_bytes():
    good = next(p for p in hostile_payloads(50, seed=1, run="u", now=NOW) if p.kind == "valid").body
    first, second = check_body(b"caf\xe9\n" + good, now=NOW)
    assert first.reason == "not UTF-8 text: invalid byte at column 4" and first.original == b"caf\xe9"
    assert second.contact is not None and second.line == 2


def test_a_line_separator_inside_a_string_does_not_split_the_line():
    good = next(p for p in hostile_payloads(50, seed=1, run="u", now=NOW) if p.kind == "valid").body
    contact = json.loads(good) | {"agent_notes": "one\u2028two\x85three"}
    [checked] = check_body(json.dumps(contact, ensure_ascii=False).encode(), now=NOW)
    assert checked.contact is not None and checked.contact.agent_notes == "one\u2028two\x85three"


def test_a_csv_cell_over_the_csv_field_limit_rejects_its_row_only():
    rows = ["contact_id,channel,occurred_at,customer_ref,transcript", "c1,call,2026-11-02T09:00:00Z,cust-1,hello"]
    rows += ["c2,call,2026-11-02T09:00:00Z,cust-2," + "a" * 200_000, "c3,chat,2026-11-02T09:00:00Z,cust-3,hi"]
    checked = list(check_csv([row + "\n" for row in rows]))
    assert [(c.line, c.contact is not None) for c in checked] == [(2, True), (3, False), (4, True)]
    assert checked[1].reason.startswith("not valid CSV: field larger than field limit")


def test_the_generator_knows_the_http_limits():
    from pipeline.ingest.http import MAX_HTTP_BATCH_BYTES, MAX_HTTP_BATCH_LINES

    assert (OVER_HTTP_LIMIT, MAX_LINES) == (MAX_HTTP_BATCH_BYTES + 1, MAX_HTTP_BATCH_LINES)
