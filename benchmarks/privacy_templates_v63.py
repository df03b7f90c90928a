"""Templates of the held-out split test_v63 (seed 317), written without seeing the redaction rules.

Frames: home insurance claims after storms and leaks, rental car damage, kraamzorg, dentists and orthodontists,
sports tickets and resale, language schools and integration courses, smartwatches, garden centres and plant
delivery, crematoria and funeral planning, boat moorings and marinas; channels: Zendesk/Freshdesk exports, Outlook
invitations, web-shop order confirmations, voice-assistant logs, postcards and handwritten forms typed up by agents,
Messenger chats, survey answers, Frisian and Limburgish spellings, British and Irish English.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v63_clean import TEST_V63_CLEAN
from benchmarks.privacy_templates_v63_en import EN
from benchmarks.privacy_templates_v63_nl import NL

TEST_V63_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V63_CLEAN", "TEST_V63_PII"]
