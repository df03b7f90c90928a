"""Templates of the held-out split test_v85 (seed 457), written without seeing the redaction rules.

Frames: hot-air balloon flights, falconry and bird-of-prey shows, refugee housing (COA), student sports passes,
sperm bank donors' payouts, scaffolding rental, home brewing supplies, karting tracks, bicycle taxis (riksja) and
fishing boat charters; channels: Kayako tickets, Snapchat, children calling for a parent, glued speech-to-text,
printed receipts, municipal letters quoting the citizen, forwarded web forms, chats with typos corrected by the
agent, Frisian and Zeeland Dutch, Pakistani and Ugandan English.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v85_clean import TEST_V85_CLEAN
from benchmarks.privacy_templates_v85_en import EN
from benchmarks.privacy_templates_v85_nl import NL

TEST_V85_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V85_CLEAN", "TEST_V85_PII"]
