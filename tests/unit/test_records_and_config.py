"""Unit tests: record validation, the topic catalog, subscriptions and settings errors, the schema command."""

import json
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlp.config_file import ConfigError
from nlp.taxonomy import load_taxonomy
from pipeline.cli import cli
from pipeline.route.subscriptions import SubscriptionBook, load_subscriptions
from pipeline.synthetic import generate
from topics.catalog import core_topics
from topics.schemas import RECORD_TYPES
from topics.validation import InvalidRecord, parse_contact

TAXONOMY = load_taxonomy()


def valid_contact() -> dict:
    return json.loads(generate(1)[0].contact.model_dump_json())


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ({"occurred_at": "2026-11-02T09:00:00"}, "occurred_at"),  # no time zone
        ({"customer_ref": "jan@example.org"}, "customer_ref"),  # must be pseudonymous
        ({"channel": "fax"}, "channel"),
        ({"transcript": []}, "transcript"),
        ({"csat": 9}, "csat"),
        ({"surprise": 1}, "surprise"),
    ],
)
def test_invalid_contacts_name_the_field_without_echoing_the_value(change, key):
    with pytest.raises(InvalidRecord) as error:
        parse_contact({**valid_contact(), **change})
    message = str(error.value)
    assert message.startswith(key) or f"; {key}" in message
    assert "jan@example.org" not in message


def test_valid_contact_round_trips():
    data = valid_contact()
    assert json.loads(parse_contact(json.dumps(data)).model_dump_json()) == data


def test_only_the_raw_tier_may_hold_personal_data():
    tiers = {spec.name: spec.personal_data for spec in core_topics(4)}
    assert tiers == {
        "contacts.raw": True,
        "contacts.deadletter": True,
        "contacts.redacted": False,
        "contacts.classified": False,
        "counts.ticks": False,
        "counts.partitions": False,
        "counts": False,
        "signals": False,
        "issues.events": False,
        "agents.notifications": False,
        "alerts": False,
        "deliveries": False,
        "deliveries.deadletter": False,
        "subscriptions": False,
        "contacts.uncertain": False,
        "taxonomy.promotions": False,
        "discovery.dismissals": False,
    }
    partitions = {spec.name: spec.partitions for spec in core_topics(4)}
    assert partitions.pop("subscriptions") == 1  # one partition: every change in one order
    assert partitions.pop("counts.partitions") == partitions.pop("counts") == 1  # detection sees the whole center
    discovery = ("contacts.uncertain", "taxonomy.promotions", "discovery.dismissals")
    assert [partitions.pop(name) for name in discovery] == [1, 1, 1]  # discovery: in one place
    assert set(partitions.values()) == {4}
    compacted = [spec for spec in core_topics(4) if spec.compacted]
    assert [spec.name for spec in compacted] == ["subscriptions", "taxonomy.promotions", "discovery.dismissals"]
    assert {spec.config()["cleanup.policy"] for spec in compacted} == {"compact"}


def test_subscriptions_config_errors_name_file_key_and_problem(tmp_path: Path):
    path = tmp_path / "subscriptions.yaml"
    path.write_text("departments:\n  - name: finance\n    categories: [billing, unicorns]\n")
    with pytest.raises(ConfigError) as error:
        load_subscriptions(path, TAXONOMY)
    assert str(error.value).startswith(f"{path}: departments.0.categories.1: unknown category or label 'unicorns'")
    path.write_text("departments:\n  - name: finance\n    categories: [billing.double_charged]\n")
    with pytest.raises(ConfigError, match="unknown category or label 'billing.double_charged'"):
        load_subscriptions(path, TAXONOMY)

    path.write_text("departments:\n  - name: finance\n    categories: []\n")
    with pytest.raises(ConfigError, match=r"departments\.0\.categories: List should have at least 1 item"):
        load_subscriptions(path, TAXONOMY)

    path.write_text("departments:\n  - name: Finance Team\n    categories: [billing]\n")
    with pytest.raises(ConfigError, match=r"departments\.0\.name: Value error, must be lowercase"):
        load_subscriptions(path, TAXONOMY)

    path.write_text("departments:\n  - name: finance\n    categories: [billing]\n    channels: [{type: slack}]\n")
    with pytest.raises(ConfigError, match=r"departments\.0\.channels\.0\.slack\.url: Field required"):
        load_subscriptions(path, TAXONOMY)

    path.write_text("departments: [\n")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_subscriptions(path, TAXONOMY)


def test_bundled_subscriptions_route_every_label_to_its_owners_and_unclassified_nowhere():
    subscriptions = SubscriptionBook(load_subscriptions(Path("pipeline/data/subscriptions.yaml"), TAXONOMY))
    for label in TAXONOMY.labels():
        assert set(TAXONOMY.owners(label)) <= {department.name for department in subscriptions.subscribers(label)}
    assert subscriptions.subscribers("unclassified") == []


@pytest.mark.parametrize("name", list(RECORD_TYPES))
def test_schema_command_prints_each_json_schema(name):
    result = CliRunner().invoke(cli, ["schema", name])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert schema["title"] == RECORD_TYPES[name].__name__
    assert schema["properties"]


def test_schema_command_rejects_unknown_names():
    result = CliRunner().invoke(cli, ["schema", "nope"])
    assert result.exit_code != 0
    assert "unknown record" in result.output


def test_run_reports_config_errors_with_file_and_key(tmp_path: Path, monkeypatch):
    path = tmp_path / "subs.yaml"
    path.write_text("departments:\n  - name: finance\n    categories: [nope]\n")
    monkeypatch.setenv("FEEDBACK_LOOP_SUBSCRIPTIONS_PATH", str(path))
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9")  # nothing listens: must not get that far
    result = CliRunner().invoke(cli, ["run"])
    assert result.exit_code == 2
    assert f"{path}: departments.0.categories.0: unknown category or label 'nope'" in result.output


def test_synthetic_timestamps_are_time_zone_aware():
    assert all(
        isinstance(item.contact.occurred_at, datetime) and item.contact.occurred_at.tzinfo for item in generate(5)
    )


def test_environment_errors_name_the_variable_and_the_problem(monkeypatch):
    monkeypatch.setenv("FEEDBACK_LOOP_WEB_PORT", "eighty")
    monkeypatch.setenv("FEEDBACK_LOOP_LOG_LEVEL", "loud")
    result = CliRunner().invoke(cli, ["topics"])
    assert result.exit_code == 2
    assert "FEEDBACK_LOOP_WEB_PORT: Input should be a valid integer" in result.output
    assert "FEEDBACK_LOOP_LOG_LEVEL: String should match pattern" in result.output
    assert "eighty" not in result.output


def test_run_stops_on_a_bad_subscriptions_file_before_touching_kafka(tmp_path: Path, monkeypatch):
    path = tmp_path / "subs.yaml"
    path.write_text("departments:\n  - name: Finance Team\n    categories: [billing]\n")
    monkeypatch.setenv("FEEDBACK_LOOP_SUBSCRIPTIONS_PATH", str(path))
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9")  # nothing listens: must not get that far
    result = CliRunner().invoke(cli, ["run"])
    assert result.exit_code == 2
    assert f"{path}: departments.0.name: Value error, must be lowercase letters" in result.output
