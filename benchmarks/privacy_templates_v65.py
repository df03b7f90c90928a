"""Templates of the held-out split test_v65 (seed 337), written without seeing the redaction rules.

Frames: hospital bills and health insurers' declarations, physiotherapy and GP out-of-hours services, housing
corporations' repair requests and rent increases, internet outages and router swaps, bank card blocks and fraud,
passports and ID cards at the town hall, bicycle theft and insurance, concert and theatre bookings, pet insurance,
solar-boiler and insulation subsidies; channels: shift handover notes, escalation e-mails, CSV exports, web-form
submissions, voice-bot transcripts with recogniser errors, ombudsman complaints, LinkedIn and Google reviews, text
messages with abbreviations, Antillean and Indonesian-Dutch customers, Scottish and Australian English.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v65_clean import TEST_V65_CLEAN
from benchmarks.privacy_templates_v65_en import EN
from benchmarks.privacy_templates_v65_nl import NL

TEST_V65_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V65_CLEAN", "TEST_V65_PII"]
