"""Templates of the held-out split test_v109 (seed 613), written without seeing the redaction rules.

Frames: dental practices, marina berths and boat storage, solar panel installers, student housing, pharmacy home
delivery, car sharing clubs, wedding venues, after-school childcare (BSO), bicycle repair shops and charity lottery
subscriptions; channels: WhatsApp Business exports, Zendesk ticket macros, transcribed handwritten letters, Antwerp,
Brabant and Twente writers, Scottish, Nigerian and Australian English, CSV exports pasted into notes, e-mail
signatures and disclaimers, and voice-bot transcripts with speech-recognition errors.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v109_clean import TEST_V109_CLEAN
from benchmarks.privacy_templates_v109_en import EN
from benchmarks.privacy_templates_v109_nl import NL

TEST_V109_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V109_CLEAN", "TEST_V109_PII"]
