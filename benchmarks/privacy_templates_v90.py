"""Templates of the held-out split test_v90 (seed 487), written without seeing the redaction rules."""

from __future__ import annotations

from benchmarks.privacy_templates_v90_clean import TEST_V90_CLEAN
from benchmarks.privacy_templates_v90_en import EN
from benchmarks.privacy_templates_v90_nl import NL

TEST_V90_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V90_CLEAN", "TEST_V90_PII"]
