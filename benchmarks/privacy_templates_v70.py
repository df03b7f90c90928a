"""Templates of the held-out split test_v70 (seed 367), written without seeing the redaction rules.

Frames: funeral insurance and undertakers, bicycle lease through employers, switching energy contracts, childcare
allowance, housing-corporation repair requests, parking permits, hearing aids and audiologists, student loans, gym
memberships, ferry tickets to the Wadden islands; channels: WhatsApp voice notes turned into text (numbers partly
spoken as words), Zendesk macros with filled placeholders, IVR speech-to-text logs, OCR of posted letters with broken
line ends, Microsoft Teams chat with @mentions, SMS with heavy abbreviations, LinkedIn messages, web forms exported
as 'key: value; key: value' on one line, English from Indian and Nigerian customers, Dutch from Surinamese and
Antillean customers.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v70_clean import TEST_V70_CLEAN
from benchmarks.privacy_templates_v70_en import EN
from benchmarks.privacy_templates_v70_nl import NL

TEST_V70_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V70_CLEAN", "TEST_V70_PII"]
