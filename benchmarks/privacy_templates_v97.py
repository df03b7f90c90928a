"""Templates of the held-out split test_v97 (seed 541), written without seeing the redaction rules.

Frames: holiday park cancellations, dog grooming salons, scaffolding rental, newspaper delivery complaints, kitchen
fitters, sailing schools, parking fines disputed with municipalities, student housing deposits, heat pump subsidies
and printer ink subscriptions.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v97_clean import TEST_V97_CLEAN
from benchmarks.privacy_templates_v97_en import EN
from benchmarks.privacy_templates_v97_nl import NL

TEST_V97_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V97_CLEAN", "TEST_V97_PII"]
