"""Templates of the held-out split test_v73 (seed 383), written without seeing the redaction rules.

Frames: orthodontists, marina berth rental, riding stables, coworking spaces, caravan and boat storage, student
housing, music lessons and piano tuning, civic integration language schools, bicycle repair shops and home alarm
systems; channels: Signal messages, Google Forms CSV exports, scanned sticky notes, call transcripts with the agent's
typed notes inline ('[NOTE: ...]'), Facebook Marketplace messages, e-mails with HTML remnants ('&nbsp;', '<br>',
'&amp;'), Zoom meeting chat logs, lawyers' letters with their references, Dutch from Moroccan-Dutch and Polish
customers, Flemish, and English from American customers.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v73_clean import TEST_V73_CLEAN
from benchmarks.privacy_templates_v73_en import EN
from benchmarks.privacy_templates_v73_nl import NL

TEST_V73_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V73_CLEAN", "TEST_V73_PII"]
