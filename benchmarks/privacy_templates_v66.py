"""Templates of the held-out split test_v66 (seed 347), written without seeing the redaction rules.

Frames: coach and ferry travel with seat reservations, electric-car charging cards and home chargers, wedding dress
and suit rental, hairdressers and beauty salons, tutoring and homework help, private parking garages and season
passes, removals abroad (Spain, Canada, Curaçao), jewellers and watch repairs, cooking classes and meal kits, window
and door frame replacement; channels: noisy speech-to-text with repeats and self-corrections, Excel pastes with
misaligned columns, Jira/ServiceNow tickets, chatbot hand-offs with JSON payloads, letters with a sender block and a
reference line, SMS verification, agents' English notes on Dutch customers, Papiamento-mixed Dutch, Moluccan and
Chinese-Dutch names, Canadian and Nigerian English.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v66_clean import TEST_V66_CLEAN
from benchmarks.privacy_templates_v66_en import EN
from benchmarks.privacy_templates_v66_nl import NL

TEST_V66_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V66_CLEAN", "TEST_V66_PII"]
