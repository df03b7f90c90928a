"""Templates of the held-out split test_v54 (seed 269), written without seeing the redaction rules.

Frames: insurance claims desks (car damage and schadeformulier, travel, inboedel and opstal), GP practices,
pharmacies and dentists, pension funds and annuities, toeslagen and tax letters, student finance, housing repairs,
movers, funeral insurance and estates, water boards and WOZ; channels: quoted e-mail threads, PDF-to-text letters,
speech-analytics summaries with timestamps and confidence, CRM shorthand, Outlook signatures and wiki tables, with
Dutch, Flemish, Surinamese, Moluccan, Eritrean, Syrian, Asian and European customers and expats.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v54_clean import TEST_V54_CLEAN
from benchmarks.privacy_templates_v54_en import EN
from benchmarks.privacy_templates_v54_nl import NL
from benchmarks.privacy_templates_v54_nl2 import NL2

TEST_V54_PII: list[tuple[str, str]] = [*NL, *NL2, *EN]
__all__ = ["TEST_V54_CLEAN", "TEST_V54_PII"]
