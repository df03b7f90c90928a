"""Templates of the held-out split test_v100 (seed 563), written without seeing the redaction rules.

Frames: boat engine repairs, municipal sports hall bookings, hearing tests for children, solar carports, ice rink
season passes, camping gear rental, insulation subsidies, sheet music webshops, pool membership freezes and pet
cremation; channels: HubSpot tickets, Teams chats, voicemail transcripts, subject lines, driver SMS, one-line forms,
complaint letters, town hall desk notes, West-Frisian and Bruges Flemish, Singaporean and Irish English.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v100_clean import TEST_V100_CLEAN
from benchmarks.privacy_templates_v100_en import EN
from benchmarks.privacy_templates_v100_nl import NL

TEST_V100_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V100_CLEAN", "TEST_V100_PII"]
