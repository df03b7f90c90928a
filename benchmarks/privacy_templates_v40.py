"""Templates of the held-out split test_v40 (seed 191), written without seeing the redaction rules.

Frames: energy suppliers (meter readings, EAN codes), health insurers (claims, policies), housing corporations
(repair requests), gemeente permits, bicycle and car lease, school and childcare, pension funds; channels:
WhatsApp with emoji, voicemail transcripts, Teams handovers, forwarded mail headers, CSV and tab-separated rows
and complaint forms, with Dutch customers of many backgrounds and some British expats.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v40_en import EN
from benchmarks.privacy_templates_v40_nl import NL

TEST_V40_PII: list[tuple[str, str]] = [*NL, *EN]
