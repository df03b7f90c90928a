"""Finding the broker for a command: given, announced by a running `run`, or a clear error."""

from __future__ import annotations

import socket

import pytest
import typer

from pipeline.cli.common import BROKER_FILE, bootstrap_or_exit


def test_a_given_broker_wins(tmp_path, monkeypatch):
    monkeypatch.setenv("FEEDBACK_LOOP_DATA_DIR", str(tmp_path))
    (tmp_path / BROKER_FILE).write_text("127.0.0.1:1\n")
    assert bootstrap_or_exit("kafka:9092") == "kafka:9092"


def test_the_announced_broker_is_used_while_it_listens_and_a_stale_one_is_an_error(tmp_path, monkeypatch):
    monkeypatch.setenv("FEEDBACK_LOOP_DATA_DIR", str(tmp_path))
    with socket.socket() as listening:
        listening.bind(("127.0.0.1", 0))
        listening.listen()
        address = f"127.0.0.1:{listening.getsockname()[1]}"
        (tmp_path / BROKER_FILE).write_text(address + "\n")
        assert bootstrap_or_exit(None) == address
    with pytest.raises(typer.BadParameter, match="start `feedback-loop run` first"):
        bootstrap_or_exit(None)  # left behind by a killed run: nothing listens there any more
