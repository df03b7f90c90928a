"""Templates of the held-out split test_v110 (seed 617), written without seeing the redaction rules.

Frames: veterinary clinics, tool rental shops, ferry bookings, home care (thuiszorg), mortgage advisers, amateur
sports clubs, music lessons, ski and snowboard rental, photo printing services, energy-saving subsidies for homes;
channels: Freshdesk ticket dumps, LinkedIn and Facebook Messenger messages, OCR of faxed forms with stray characters,
Zeeland, Drenthe and West-Flemish writers, Irish, Kenyan and Canadian English, XML snippets, call recordings with
time stamps and overlapping speakers, complaint forms with check boxes and misplaced values.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v110_clean import TEST_V110_CLEAN
from benchmarks.privacy_templates_v110_en import EN
from benchmarks.privacy_templates_v110_nl import NL

TEST_V110_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V110_CLEAN", "TEST_V110_PII"]
