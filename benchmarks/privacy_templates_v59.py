"""Templates of the held-out split test_v59 (seed 293), written without seeing the redaction rules.

Frames: car insurance and roadside help abroad, package holidays and campsites, ferries and international trains,
holiday home rentals, ski schools, passport photos, translation agencies, visa appointment desks, international
removals and pet transport; channels: formal e-mails from abroad with signatures, pasted booking confirmations,
chats with automatic translations, two-language forms, English call notes by Dutch agents, CSV rows and tables.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v59_clean import TEST_V59_CLEAN
from benchmarks.privacy_templates_v59_en import EN
from benchmarks.privacy_templates_v59_nl import NL

TEST_V59_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V59_CLEAN", "TEST_V59_PII"]
