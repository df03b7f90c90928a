"""`feedback-loop detect backtest FILE`: history through the worker's detection code, offline."""

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from typer.testing import CliRunner

from pipeline.cli import cli
from pipeline.synthetic import generate

HOUR = timedelta(hours=1)
START = datetime(2026, 9, 7, 0, 0, tzinfo=UTC)  # a Monday
SPIKE = START + 3 * 7 * 24 * HOUR + 10 * HOUR  # the fourth Monday, 10:00 UTC


def labelled_history(path: Path) -> Path:
    """Three weeks and a day of steady daytime traffic for two labels, and one spike of delivery.late."""
    rng, lines = random.Random(7), []
    for hour in range(3 * 7 * 24 + 24):
        at = START + hour * HOUR
        daytime = 8 <= at.hour < 18
        for label, rate in (("delivery.late", 6), ("billing.double_charge", 10)):
            n = rng.randint(rate - 2, rate + 2) if daytime else rng.randint(0, 1)
            if at == SPIKE and label == "delivery.late":
                n = 40
            lines += [
                json.dumps({"occurred_at": (at + timedelta(seconds=rng.randrange(3600))).isoformat(), "label": label})
                for _ in range(n)
            ]
    path.write_text("\n".join(lines) + "\n")
    return path


def test_a_labelled_history_shows_the_one_spike_and_nothing_else(tmp_path):
    history = labelled_history(tmp_path / "history.jsonl")
    result = CliRunner().invoke(cli, ["detect", "backtest", str(history), "--json", "--threshold", "1000"])
    assert result.exit_code == 0, result.output
    *signals, summary = [json.loads(line) for line in result.output.splitlines()]
    assert [(s["kind"], s["label"], s["window_start"]) for s in signals] == [
        ("spike", "delivery.late", SPIKE.isoformat().replace("+00:00", "Z"))
    ]
    assert signals[0]["count"] == 40 and signals[0]["expected"] < 10 and signals[0]["severity"] == "critical"
    assert summary["windows"] >= 3 * 7 * 24 and 0 < summary["warm_windows"] < summary["windows"]


def test_unlabelled_contacts_are_classified_on_the_fly_and_a_cold_baseline_uses_the_threshold(tmp_path):
    contacts = generate(12, seed=5, start=START, spacing_seconds=60, labels=["delivery.late"])
    history = tmp_path / "contacts.jsonl"
    history.write_text("".join(c.contact.model_dump_json() + "\n" for c in contacts))
    result = CliRunner().invoke(cli, ["detect", "backtest", str(history), "--threshold", "10"])
    assert result.exit_code == 0, result.output
    first, summary = result.output.strip().splitlines()
    assert "threshold" in first and "delivery.late: 12 contacts" in first
    assert "episodes: threshold 1" in summary


def test_a_bad_line_names_the_file_and_line(tmp_path):
    history = tmp_path / "bad.jsonl"
    history.write_text('{"occurred_at": "2026-09-07T10:00:00+00:00", "label": "delivery.late"}\nnot json\n')
    result = CliRunner().invoke(cli, ["detect", "backtest", str(history)])
    assert result.exit_code == 2
    assert f"{history}:2: not JSON" in result.output
