"""Templates of the held-out split test_v101 (seed 569), written without seeing the redaction rules.

Frames: allotment garden plots, bicycle lease for commuters, hearing aid batteries by subscription, wedding venue
deposits, piano tuning visits, e-bike battery recalls, student housing waitlists, boat mooring permits, aquarium
supplies webshops, driving lessons for trucks; channels: Zendesk macros, WhatsApp Business exports, receptionist
callback shorthand, invoice PDFs copied as text, Twents, Limburgs and Antwerps writers, Nigerian, Welsh and Canadian
English, Jira service desk comments, legacy CRM XML, OCR'd postcards and home-visit notes typed on a phone.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v101_clean import TEST_V101_CLEAN
from benchmarks.privacy_templates_v101_en import EN
from benchmarks.privacy_templates_v101_nl import NL

TEST_V101_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V101_CLEAN", "TEST_V101_PII"]
