"""Templates of the held-out split test_v102 (seed 571), written without seeing the redaction rules.

Frames: guide dog training, crematorium urn collection, rooftop wind turbine maintenance, school photographer orders,
loft conversion permits, violin rental for children, blood bank donor registrations, ferry season tickets, mobility
scooter repairs, community garden compost deliveries; channels: Freshdesk tickets quoting an earlier reply,
Instagram DMs, a telephone robot's transcripts, pasted Excel rows, Groningen, Zeeland and Ghent writers, Australian,
Scottish and South African customers, a lawyer's letter, a night service desk's shift log, CSV exports, and notes of
a video call with a deaf customer through an interpreter.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v102_clean import TEST_V102_CLEAN
from benchmarks.privacy_templates_v102_en import EN
from benchmarks.privacy_templates_v102_nl import NL

TEST_V102_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V102_CLEAN", "TEST_V102_PII"]
