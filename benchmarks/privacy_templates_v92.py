"""Templates of the held-out split test_v92 (seed 499), written without seeing the redaction rules.

Frames: cemetery grave maintenance, home care alarm buttons, horse livery stables, recycling container collections,
sports club membership fees, photo printing webshops, dental insurance add-ons, e-scooter rental, chimney sweeps
and guided museum tours for schools; channels: Help Scout conversations, Line messages, one-field-at-a-time
chatbots, SMS text-speak, debug-screen JSON, secretaries' letters, unpunctuated speech-to-text summaries, Antwerp
and Brabant Dutch, Indian and Australian English and complaint forms with tick boxes.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v92_clean import TEST_V92_CLEAN
from benchmarks.privacy_templates_v92_en import EN
from benchmarks.privacy_templates_v92_nl import NL

TEST_V92_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V92_CLEAN", "TEST_V92_PII"]
