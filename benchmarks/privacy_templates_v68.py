"""Templates of the held-out split test_v68 (seed 353), written without seeing the redaction rules.

Frames: pet food subscriptions and pet shops, camping and caravan sites, tax advisers and annual returns, glasses
and contact lens webshops, kitchen and bathroom renovation, bicycle repair and e-bike batteries, festival tickets,
elderly alarm buttons and home care technology, party equipment rental, cemetery and cremation administration;
channels: Trustpilot-style reviews with reply threads, Zoom/Teams transcripts, scanned invoices (OCR), WeChat/Line
chats of Chinese-Dutch customers, Flemish voice-mails, semicolon CSV exports, parcel labels, agent wrap-up notes,
forms in capitals by elderly people, South African and Irish English.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v68_clean import TEST_V68_CLEAN
from benchmarks.privacy_templates_v68_en import EN
from benchmarks.privacy_templates_v68_nl import NL

TEST_V68_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V68_CLEAN", "TEST_V68_PII"]
