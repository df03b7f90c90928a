"""Templates of the held-out split test_v98 (seed 547), written without seeing the redaction rules.

Frames: tattoo removal clinics, tuxedo rental, piano lessons, roof gutter cleaning, vet emergencies, employee bike
lease, garden furniture returns, mortgage advisors, children's party venues, bulk bottled water delivery.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v98_clean import TEST_V98_CLEAN
from benchmarks.privacy_templates_v98_en import EN
from benchmarks.privacy_templates_v98_nl import NL

TEST_V98_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V98_CLEAN", "TEST_V98_PII"]
