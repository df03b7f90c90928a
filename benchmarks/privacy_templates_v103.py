"""Templates of the held-out split test_v103 (seed 577), written without seeing the redaction rules.

Frames: chimney sweeping, orthodontic braces for teenagers, beekeeping supplies, funeral insurance claims, tiny house
plot rentals, language course enrolments, parking garage subscriptions, bakery catering, roof gutter cleaning and
child car seat recalls; channels: chat conversations with bot hand-overs, a review answered by the company, pasted
calendar invitations, networking messages, Frisian, Brabant and Limburg (BE) writers, Indian, Jamaican and New
Zealand customers, an OCR'd delivery note, a typed-over paper form, complaint line spreadsheet notes and a text
thread with a dentist's assistant.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v103_clean import TEST_V103_CLEAN
from benchmarks.privacy_templates_v103_en import EN
from benchmarks.privacy_templates_v103_nl import NL

TEST_V103_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V103_CLEAN", "TEST_V103_PII"]
