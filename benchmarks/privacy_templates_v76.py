"""Templates of the held-out split test_v76 (seed 401), written without seeing the redaction rules.

Frames: water boards and municipal taxes, scooter and moped insurance, allotment gardens, foster care agencies,
yacht charters, private tutoring agencies, blood donation appointments, sports injury physiotherapy, glass and
window replacement, bike couriers; channels: Microsoft Forms exports, Trello card comments, chats quoting the
customer's previous message with '> ', shorthand phone notes without punctuation, letters with a reference block
('Uw kenmerk / Ons kenmerk / Datum'), Telegram, Google Chat threads, Frisian customers writing Dutch, Ghanaian and
Kenyan English, and speech transcripts that spell names letter by letter with NATO words.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v76_clean import TEST_V76_CLEAN
from benchmarks.privacy_templates_v76_en import EN
from benchmarks.privacy_templates_v76_nl import NL

TEST_V76_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V76_CLEAN", "TEST_V76_PII"]
