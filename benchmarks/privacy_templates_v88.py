"""Templates of the held-out split test_v88 (seed 467), written without seeing the redaction rules.

Frames: organic farm boxes, cargo ferry bookings for trucks, violin makers and repairs, municipal debt relief,
party tent rental, dog grooming salons, online poker account closures, boat engine servicing, pilates studios,
mushroom growing kits; channels: Kustomer and Gladly exports, Messenger group chats, call transcripts with names
misheard and corrected, field engineer notes with GPS, forwarded text messages, tables with a notes column, forum
complaints, Brabant dialect, Moroccan-Dutch youth slang, Kenyan and Irish English, invoices pasted from PDF.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v88_clean import TEST_V88_CLEAN
from benchmarks.privacy_templates_v88_en import EN
from benchmarks.privacy_templates_v88_nl import NL

TEST_V88_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V88_CLEAN", "TEST_V88_PII"]
