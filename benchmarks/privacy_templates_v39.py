"""Templates of the held-out split test_v39 (seed 181), written without seeing the redaction rules.

Frames: energy suppliers (meter readings, EAN codes), health-insurer claims, housing-corporation repairs,
municipal permits, bicycle lease, childcare and pension funds; channels: WhatsApp with emoji, voicemail
transcripts, pasted Excel rows, Teams handovers, forwarded e-mail headers and complaint web forms.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v39_clean import TEST_V39_CLEAN
from benchmarks.privacy_templates_v39_en import EN
from benchmarks.privacy_templates_v39_nl import NL

TEST_V39_PII: list[tuple[str, str]] = [*NL, *EN]

__all__ = ["TEST_V39_CLEAN", "TEST_V39_PII"]
