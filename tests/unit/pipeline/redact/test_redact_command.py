"""`feedback-loop redact`: an operator sees exactly what the worker would keep of their own lines."""

import json

from typer.testing import CliRunner

from nlp.pseudonym import Pseudonymiser
from nlp.redaction import redact
from pipeline.cli import cli
from pipeline.synthetic import generate

LINES = ["Mijn naam is Jan de Vries, bel me op 06-12345678.", "", "Mail to emma58@example.org please"]


def test_text_lines_come_out_redacted_one_for_one(tmp_path):
    path = tmp_path / "sample.txt"
    path.write_text("\n".join(LINES) + "\n")
    result = CliRunner().invoke(cli, ["redact", str(path)])
    assert result.exit_code == 0, result.output
    out = result.output.splitlines()
    assert out == [redact(line).text if line else "" for line in LINES]
    assert "06-12345678" not in result.output and "emma58@example.org" not in result.output
    assert "[EMAIL]" in out[2]


def test_contacts_come_out_as_the_redacted_record_and_a_bad_line_is_named(monkeypatch):
    monkeypatch.setenv("FEEDBACK_LOOP_PSEUDONYM_KEY", "the-workers-pseudonym-key")
    item = generate(1, seed=9)[0]
    text = item.contact.model_dump_json() + "\nnot json\n"
    result = CliRunner().invoke(cli, ["redact", "--jsonl", "-"], input=text)
    assert result.exit_code == 1
    first, second = result.stdout.splitlines()[:2]
    assert json.loads(first)["contact_id"] == item.contact.contact_id and second == ""
    assert [value for value in item.personal_data if value in first] == []
    pseudonyms = Pseudonymiser(b"the-workers-pseudonym-key")
    assert json.loads(first)["customer_ref"] == pseudonyms.customer(item.contact.customer_ref)
    assert json.loads(first)["agent_id"] == pseudonyms.agent(item.contact.agent_id)
    assert "-:2:" in result.stderr
