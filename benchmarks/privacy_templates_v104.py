"""Templates of the held-out split test_v104 (seed 587), written without seeing the redaction rules.

Frames: horse stable boarding, cello and harp rentals, household waste container swaps, dog daycare memberships,
retirement home visiting slots, window cleaning subscriptions, art class registrations, lost property at a train
station, home battery installations, choir membership fees; channels: Salesforce case comments, Signal messages
with quoted replies, voicemail-to-e-mail transcripts, scanned faxes, a guardian's letters, markdown wiki tables,
JSON webhook payloads, transcribed technician notes, Zuid-Holland island, Drenthe and West Flemish Dutch, and
Kenyan, Northern Irish and American English.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v104_clean import TEST_V104_CLEAN
from benchmarks.privacy_templates_v104_en import EN
from benchmarks.privacy_templates_v104_nl import NL

TEST_V104_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V104_CLEAN", "TEST_V104_PII"]
