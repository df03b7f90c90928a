"""Templates of the held-out split test_v43 (seed 199), written without seeing the redaction rules.

Frames: home, travel and pet insurance claims, mortgages and consumer credit, debt collection agencies, water and
district heating, internet TV, schools and after-school care, library and museum cards, charities and donors,
movers and funeral insurers; channels: e-mail threads with quoted replies and signatures, scanned letters with OCR
noise, web chats with Agent:/Klant: labels, Markdown ticket tables, lower-case voice-bot transcripts and Excel
pastes, with Dutch (Zeeland, Groningen), Flemish and newcomer customers of many backgrounds.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v43_channels import CHANNELS
from benchmarks.privacy_templates_v43_clean import TEST_V43_CLEAN
from benchmarks.privacy_templates_v43_en import EN
from benchmarks.privacy_templates_v43_nl import NL

TEST_V43_PII: list[tuple[str, str]] = [*NL, *CHANNELS, *EN]
__all__ = ["TEST_V43_CLEAN", "TEST_V43_PII"]
