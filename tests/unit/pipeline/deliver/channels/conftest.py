"""Fixtures: the sample alerts."""

from __future__ import annotations

import pytest

from topics.alerts import Alert

from .samples import firing_alert, resolved_alert


@pytest.fixture
def firing() -> Alert:
    return firing_alert()


@pytest.fixture
def resolved() -> Alert:
    return resolved_alert()
