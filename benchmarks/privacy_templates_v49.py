"""Templates of the held-out split test_v49 (seed 239), written without seeing the redaction rules.

Frames: internet and TV providers (outages, modem swaps, technicians), streaming and gaming subscriptions,
online courses, universities and DUO, libraries, museum cards, theatres and cinemas, airlines (lost luggage,
EU261), ferries and cruises, parcel carriers and customs, second-hand car dealers, home insurance (water
damage, burglary), home security and smart locks. Channels: live chats with timestamps and typos, public
social-media replies with @handles, complaint portals, escalation mails, transcribed handwritten forms,
Dutch-English mixed messages and phone notes with the Dutch or NATO spelling alphabet.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v49_clean import CLEAN
from benchmarks.privacy_templates_v49_clean2 import CLEAN2
from benchmarks.privacy_templates_v49_en import EN
from benchmarks.privacy_templates_v49_nl import NL
from benchmarks.privacy_templates_v49_nl2 import NL2

TEST_V49_PII: list[tuple[str, str]] = [*NL, *NL2, *EN]
TEST_V49_CLEAN: list[str] = [*CLEAN, *CLEAN2]
