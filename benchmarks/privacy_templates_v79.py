"""Templates of the held-out split test_v79 (seed 421), written without seeing the redaction rules.

Frames: kidney dialysis transport, homeowners' associations (VvE) and service charges, bridal and formal wear
alterations, hunting and fishing licences, aquarium and reptile shops, sign-language interpreter bookings, student
exchange and au-pair agencies, garage door and gate repairs, piano and organ removals, soil and asbestos surveys;
channels: Help Scout conversations, Skype chat histories, call transcripts with two callers on one phone, courier
chats in delivery apps, spreadsheet comments, fax cover sheets, letters dictated by phone, the simple Dutch of
Eritrean and Syrian newcomers, Welsh and New Zealand English, German-speaking tourists writing English.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v79_clean import TEST_V79_CLEAN
from benchmarks.privacy_templates_v79_en import EN
from benchmarks.privacy_templates_v79_nl import NL

TEST_V79_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V79_CLEAN", "TEST_V79_PII"]
