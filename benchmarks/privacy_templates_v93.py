"""Templates of the held-out split test_v93 (seed 503), written without seeing the redaction rules.

Frames: boat mooring permits in marinas, carnival costume rental, glass recycling for restaurants, maths tutoring
agencies, veterinary insurance for horses, bicycle parking subscriptions at stations, hot-air balloon flights,
refurbished laptops with warranty, home organisers, wasp control; channels: Gorgias tickets, Telegram replies,
self-correcting dictated notes, pasted PDF tables, e-mail signatures in tables, Twente and West-Flemish writers,
Jamaican and New Zealand English, chats in short bursts, forms with the label after the value, lower-case notes.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v93_clean import TEST_V93_CLEAN
from benchmarks.privacy_templates_v93_en import EN
from benchmarks.privacy_templates_v93_nl import NL

TEST_V93_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V93_CLEAN", "TEST_V93_PII"]
