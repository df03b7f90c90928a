"""Templates of the held-out split test_v96 (seed 523), written without seeing the redaction rules.

Frames: driving lessons in automatic cars, bouncy castle rental, hearing aid batteries by post, crematoria, solar
boiler maintenance, indoor ski rental, lost and found at stations, allotment water meters, bicycle courier
subscriptions and language courses for newcomers.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v96_clean import TEST_V96_CLEAN
from benchmarks.privacy_templates_v96_en import EN
from benchmarks.privacy_templates_v96_nl import NL

TEST_V96_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V96_CLEAN", "TEST_V96_PII"]
