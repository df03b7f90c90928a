"""Templates of the held-out split test_v107 (seed 601), written without seeing the redaction rules.

Frames: allotment garden associations, piano tuning visits, chimney sweeping appointments, carpool app disputes,
bridal dress alterations, driving test bookings, an aquarium supplies webshop, ferry season tickets, orthodontist
payment plans and theatre subscription seats; channels: Zendesk side conversations, faxes converted to text,
transcribed WhatsApp voice messages, a municipal complaint form, Twente, Drenthe and Brugge Dutch, Nigerian, Irish
midlands and Singaporean English, OCR'd handwritten notes, shift handover logs, semicolon CSV rows and quoted mail.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v107_clean import TEST_V107_CLEAN
from benchmarks.privacy_templates_v107_en import EN
from benchmarks.privacy_templates_v107_nl import NL

TEST_V107_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V107_CLEAN", "TEST_V107_PII"]
