"""Templates of the held-out split test_v94 (seed 509), written without seeing the redaction rules.

Frames: organ donor registrations, wheelchair rental on holiday, pub quiz bookings, bulk firewood deliveries, ferry
tickets to the Wadden islands, smart thermostat installations, translation agencies, climbing gym memberships, sewing
machine repairs and used-car warranty claims; channels: Zoho Desk tickets, Messenger chats from Polish and Romanian
customers, timestamped transcripts, numbers read out in pairs, OCR'd address labels, e-mails above long disclaimers,
Amsterdam street slang and Limburg writing, Kenyan and Welsh English, survey 'other' boxes and pipe-separated forms.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v94_clean import TEST_V94_CLEAN
from benchmarks.privacy_templates_v94_en import EN
from benchmarks.privacy_templates_v94_nl import NL

TEST_V94_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V94_CLEAN", "TEST_V94_PII"]
