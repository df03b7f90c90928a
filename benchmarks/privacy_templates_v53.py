"""Templates of the held-out split test_v53 (seed 263), written without seeing the redaction rules.

Frames: gemeente desks (paspoort, uittreksel BRP, verhuizing, afvalpas) and libraries, OV-fiets and shared
scooters, parking garages and charging cards, hair and beauty salons, gyms and trainers, photographers and wedding
planners, pet sitters, music lessons and instrument rental, bijles, cleaning platforms, BSO and gastouders;
channels: calendar blocks, push logs, chatbot JSON handovers, intake forms in capitals, voicemail transcripts,
Google Forms CSV rows and WhatsApp exports, for Dutch, Flemish and many other customers.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v53_clean import TEST_V53_CLEAN
from benchmarks.privacy_templates_v53_en import EN
from benchmarks.privacy_templates_v53_nl import NL

TEST_V53_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V53_CLEAN", "TEST_V53_PII"]
