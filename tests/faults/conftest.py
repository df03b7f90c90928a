"""Fault tests run on a broker that keeps its data across its own restarts (Tansu on a local S3 server)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pipeline.runtime.broker import EmbeddedBroker
from pipeline.testing_storage import S3Server


@pytest.fixture(scope="module")
def durable_broker() -> Iterator[EmbeddedBroker]:
    with S3Server() as storage, storage.broker() as running:
        yield running
