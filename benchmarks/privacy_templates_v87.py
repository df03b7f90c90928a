"""Templates of the held-out split test_v87 (seed 463), written without seeing the redaction rules.

Frames: hearing dog training, haunted-house and theme-park season passes, robot mower repairs, private detectives'
invoices, glass recycling pickups for restaurants, allergy clinics, stamp and coin shops, paragliding courses,
municipal sports hall rentals and mobile hairdressers for the elderly; channels: Re:amaze tickets, Microsoft Teams
channel posts, dropped calls with a call back, hurried agent notes, pasted order tables, letters with a PS, chats with
voice-message transcripts, Surinamese-Javanese and Curaçaoan Dutch, Ghanaian and Welsh English, and numbered lists.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v87_clean import TEST_V87_CLEAN
from benchmarks.privacy_templates_v87_en import EN
from benchmarks.privacy_templates_v87_nl import NL

TEST_V87_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V87_CLEAN", "TEST_V87_PII"]
