"""Unit tests: JSONL and CSV intake number their lines and give reasons."""

import csv
import io
import json

from pipeline.ingest.intake import check_body, check_csv, check_jsonl
from pipeline.synthetic import generate


def test_jsonl_reports_line_numbers_and_skips_blank_lines():
    good = generate(2)
    lines = [good[0].contact.model_dump_json(), "", "{oops", "[1, 2]", good[1].contact.model_dump_json()]
    checked = list(check_jsonl(lines))
    assert [(c.line, c.contact is not None) for c in checked] == [(1, True), (3, False), (4, False), (5, True)]
    assert checked[1].reason.startswith("not valid JSON")
    assert checked[2].reason.startswith("a contact must be a JSON object")


def test_http_body_can_be_one_pretty_printed_contact_or_ndjson():
    contact = generate(1)[0].contact
    [single] = list(check_body(json.dumps(json.loads(contact.model_dump_json()), indent=2)))
    assert single.contact == contact
    batch = list(check_body("\n".join(c.contact.model_dump_json() for c in generate(3))))
    assert len(batch) == 3 and all(c.contact for c in batch)


def test_csv_rows_with_speaker_lines_tags_and_empty_cells():
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["contact_id", "channel", "occurred_at", "customer_ref", "transcript", "agent_tags", "csat"])
    writer.writerow(
        [
            "c1",
            "call",
            "2026-11-02T09:00:00+01:00",
            "cust-1",
            "customer: Ik kan niet inloggen\nagent: Ik help u",
            "app;login",
            "",
        ]
    )
    writer.writerow(
        ["c2", "chat", "2026-11-02T09:01:00Z", "cust-2", '[{"speaker": "customer", "text": "no internet"}]', "", "4"]
    )
    writer.writerow(["c3", "fax", "2026-11-02T09:02:00Z", "cust-3", "hello", "", ""])
    checked = list(check_csv(io.StringIO(buffer.getvalue())))
    first, second, third = checked
    assert [turn.speaker.value for turn in first.contact.transcript] == ["customer", "agent"]
    assert first.contact.agent_tags == ["app", "login"] and first.contact.csat is None
    assert second.contact.csat == 4 and second.contact.transcript[0].text == "no internet"
    assert third.contact is None and third.reason.startswith("channel")
    assert third.line == 5  # the header is line 1 and c1's transcript spans two physical lines
