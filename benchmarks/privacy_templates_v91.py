"""Templates of the held-out split test_v91 (seed 491), written without seeing the redaction rules."""

from __future__ import annotations

from benchmarks.privacy_templates_v91_clean import TEST_V91_CLEAN
from benchmarks.privacy_templates_v91_en import EN
from benchmarks.privacy_templates_v91_nl import NL

TEST_V91_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V91_CLEAN", "TEST_V91_PII"]
