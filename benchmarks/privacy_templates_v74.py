"""Templates of the held-out split test_v74 (seed 389), written without seeing the redaction rules.

Frames: pet insurance, roofing and gutter repair, wedding photographers, visiting hours at nursing homes, online
grocery delivery, homework tutoring, party equipment rental, travel insurance claims abroad, opticians, hockey and
korfball clubs; channels: Microsoft Dynamics timeline notes, speech-to-text of elderly callers who repeat themselves,
Instagram DMs with emojis, forms with checkboxes, two-way SMS with a bot, complaints forwarded by a lawyer, calendar
invites pasted as text, Flemish dialect, Irish and Scottish English, chats with typos and no capitals.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v74_clean import TEST_V74_CLEAN
from benchmarks.privacy_templates_v74_en import EN
from benchmarks.privacy_templates_v74_nl import NL

TEST_V74_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V74_CLEAN", "TEST_V74_PII"]
