"""Templates of the held-out split test_v84 (seed 449), written without seeing the redaction rules.

Frames: ambulance invoices, relay calls through an interpreter for the deaf, IVF clinic billing, holiday apartments
in Spain, school trip payments, tyre storage, satellite TV, orthodontic payment plans, rowing boat rentals and
second-hand pianos; channels: Groove tickets, Signal groups, interpreted calls, typed-up paper forms, key=value
exports, e-mail vCard signatures, number-spelling transcripts, capitals-only writers, Brabant and Limburg Dutch,
Kenyan and Australian English.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v84_clean import TEST_V84_CLEAN
from benchmarks.privacy_templates_v84_en import EN
from benchmarks.privacy_templates_v84_nl import NL

TEST_V84_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V84_CLEAN", "TEST_V84_PII"]
