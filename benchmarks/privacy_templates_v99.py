"""Templates of the held-out split test_v99 (seed 557), written without seeing the redaction rules.

Frames: film equipment rental, office aquarium maintenance, personal trainers, lost airport luggage, care home
visiting slots, canoe rental, chimney inspections, music festival refunds, laser hair removal, wedding photographers.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v99_clean import TEST_V99_CLEAN
from benchmarks.privacy_templates_v99_en import EN
from benchmarks.privacy_templates_v99_nl import NL

TEST_V99_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V99_CLEAN", "TEST_V99_PII"]
