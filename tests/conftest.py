"""Shared fixtures: a real embedded broker per test module (the harness itself is `pipeline.testing`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.runtime.broker import EmbeddedBroker

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def broker() -> Iterator[EmbeddedBroker]:
    """A fresh in-memory broker per module, so every module starts with empty topics."""
    with EmbeddedBroker() as running:
        yield running
