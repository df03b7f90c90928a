"""Templates of the held-out split test_v82 (seed 439), written without seeing the redaction rules.

Frames: organ donation registrations, crematorium urn collection, glasshouse horticulture suppliers, private
security guards, orthopaedic insoles, student rowing clubs, lottery subscription cancellations, chimney and stove
installers, hospital interpreters, electric boat rentals; channels: Front conversations, WhatsApp Community posts,
SMS threads with 'Me:' and 'Them:', agent notes with arrows, pasted claim forms, scanned envelopes, agent
hand-overs, e-mail addresses spelled in words, Turkish-Dutch and Afghan customers, Irish and Ghanaian English.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v82_clean import TEST_V82_CLEAN
from benchmarks.privacy_templates_v82_en import EN
from benchmarks.privacy_templates_v82_nl import NL

TEST_V82_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V82_CLEAN", "TEST_V82_PII"]
