"""Templates of the held-out split test_v105 (seed 593), written without seeing the redaction rules.

Frames: sailing school courses, rooftop solar leasing for farms, hospice volunteer rosters, vintage car insurance,
student bike repairs, sauna subscriptions, wedding photographer bookings, emergency plumber callouts, home care
alarm pendants, donor registrations; channels: Trello card comments, Messenger chats with stickers, key=value claim
forms, speech-to-text of car phone calls, a GDPR request letter, pipe tables pasted from Word, Slack threads with
reactions, agents repeating data back, Achterhoek, Zeeuws-Vlaanderen and Leuven Dutch, and Ghanaian, Scottish
Highland and Australian outback English.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v105_clean import TEST_V105_CLEAN
from benchmarks.privacy_templates_v105_en import EN
from benchmarks.privacy_templates_v105_nl import NL

TEST_V105_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V105_CLEAN", "TEST_V105_PII"]
