"""Templates of the held-out split test_v67 (seed 349), written without seeing the redaction rules.

Frames: solar panels and home batteries with feed-in, student rooms and housing waiting lists, brokerage and crypto
accounts, hearing aids, second-hand marketplace disputes, food-delivery refunds, car sharing, municipal permits (dog
tax, building and residents' parking), music lessons and instrument rental, traffic fines and toll; channels:
WhatsApp Business voice notes, Outlook reply-all threads with signatures and disclaimers, PDF form extraction with
misplaced values, web forms with hidden fields, Salesforce and Intercom exports, OCR of handwriting, assistive typing,
Surinamese-, Turkish- and Polish-Dutch voices, Indian and Scottish English.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v67_clean import TEST_V67_CLEAN
from benchmarks.privacy_templates_v67_en import EN
from benchmarks.privacy_templates_v67_nl import NL

TEST_V67_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V67_CLEAN", "TEST_V67_PII"]
