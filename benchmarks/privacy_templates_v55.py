"""Templates of the held-out split test_v55 (seed 271), written without seeing the redaction rules.

Frames: web-shop returns and marketplace sellers and buyers, airlines and travel agencies (rebooking, lost luggage
PIR), hotels and holiday parks, car lease and rental (damage at return, forwarded fines), roadside assistance,
telecom number porting and SIM swaps, bank fraud desks, debt collectors and bailiffs, lotteries and charity donors,
energy meter readings; channels: review replies, social DMs, live-chat transcripts with system lines, OCR letters,
faxes, HTML-to-text mails, IVR logs with DTMF input, key=value ticket exports and YAML.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v55_clean import TEST_V55_CLEAN
from benchmarks.privacy_templates_v55_en import EN
from benchmarks.privacy_templates_v55_nl import NL

TEST_V55_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V55_CLEAN", "TEST_V55_PII"]
