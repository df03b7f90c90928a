"""Templates of the held-out split test_v71 (seed 373), written without seeing the redaction rules.

Frames: veterinary clinics, solar panel installers, wedding venues, taxi and ride booking, driving schools,
holiday-park bungalows, pharmacy home deliveries, tax advisers, removal companies, library and museum cards;
channels: Trustpilot reviews with the firm's reply, Intercom chats with timestamps, call transcripts splitting a
name or number across turns, OCR of handwritten forms (0/O and 1/l), CRM records dumped as JSON, voicemails,
e-mail signatures and vCards, German mixed into Dutch near the border, English from Polish and Romanian workers,
and X direct messages.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v71_clean import TEST_V71_CLEAN
from benchmarks.privacy_templates_v71_en import EN
from benchmarks.privacy_templates_v71_nl import NL

TEST_V71_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V71_CLEAN", "TEST_V71_PII"]
