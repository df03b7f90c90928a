"""Templates of the held-out split test_v89 (seed 479), written without seeing the redaction rules.

Frames: bicycle tour operators abroad, camper van rental, hearing tests for truck drivers, cat hotels, piercing
studios, ski-lift passes in Austria, bookkeeping software subscriptions, kindergarten lunch subscriptions, night-time
locksmith calls and wedding decoration rental; channels: LiveAgent tickets, Rocket.Chat, IVR logs, tab-separated
exports, e-mails written on a phone, lawyers' letters, temp workers' call notes, Limburg and Groningen writers,
Scottish and Maltese English, and names spelled with the Dutch spelling alphabet.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v89_clean import TEST_V89_CLEAN
from benchmarks.privacy_templates_v89_en import EN
from benchmarks.privacy_templates_v89_nl import NL

TEST_V89_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V89_CLEAN", "TEST_V89_PII"]
