"""Templates of the held-out split test_v69 (seed 359), written without seeing the redaction rules.

Frames: mobile phone repair shops, second-hand car imports from Germany and Belgium, scouting and youth clubs, dance
schools, dental insurance claims, swimming lessons for children, home insulation subsidies, garden and tree care,
pawn shops, translation and sworn translators; channels: Google Business reviews and owner replies, Freshdesk ticket
exports, interpreted calls, QR-code payment requests, scanned handwritten delivery notes, Apple Business Chat, mails
forwarded three times with nested quoting, spreadsheet cells joined with ' / ', Frisian and Limburgish mixed with
Dutch, English from Ghanaian and Filipino customers.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v69_clean import TEST_V69_CLEAN
from benchmarks.privacy_templates_v69_en import EN
from benchmarks.privacy_templates_v69_nl import NL

TEST_V69_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V69_CLEAN", "TEST_V69_PII"]
