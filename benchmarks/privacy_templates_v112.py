"""Templates of the held-out split test_v112 (seed 631), written without seeing the redaction rules.

Frames: university admissions and tuition fees, blood-test lab appointments, made-to-measure window blinds, bicycle
subscriptions, theatre season subscriptions, hospital parking, home battery leases, student housing benefit, pet
microchip registrations, used caravan sales; channels: Salesforce email-to-case threads, Telegram bot conversations,
SMS threads with emoji, SRT subtitles of video calls, Limburg, Twente and Antwerp writers, Indian, Jamaican and New
Zealand English, HTML snippets from web forms, handwritten notes through OCR, chatbot hand-overs to a human agent,
complaint letters with reference blocks.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v112_clean import TEST_V112_CLEAN
from benchmarks.privacy_templates_v112_en import EN
from benchmarks.privacy_templates_v112_nl import NL

TEST_V112_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V112_CLEAN", "TEST_V112_PII"]
