"""Templates of the held-out split test_v116 (seed 653), written without seeing the redaction rules.

Frames: children's swimming lessons, garden maintenance contracts, bicycle theft claims, student loan repayments,
care home waiting lists, removal companies, repeat prescriptions at pharmacies, roaming charge disputes, campsite
pitch bookings, charity donor direct debits; channels: Help Scout mailboxes, Instagram story replies, transcribed
WhatsApp voice notes, Drenthe and Brabant writers, Turkish-Dutch and Moroccan-Dutch writers switching languages,
Australian, Trinidadian and Malaysian English, INI- and YAML-like CRM exports, OCR'd till receipts, Outlook calendar
invites, post-call survey free text.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v116_clean import TEST_V116_CLEAN
from benchmarks.privacy_templates_v116_en import EN
from benchmarks.privacy_templates_v116_nl import NL

TEST_V116_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V116_CLEAN", "TEST_V116_PII"]
