"""Templates of the held-out split test_v80 (seed 431), written without seeing the redaction rules.

Frames: heat networks (stadsverwarming), cargo bike rentals, hospices and palliative care, model railway and hobby
shops, gold and silver buyers, kindergarten photographers, tiny-house plots, fireworks sales, beach-hut rentals and
sperm and egg donor registries; channels: Kustomer timelines, RCS business messages, Teams call transcripts with
'(Unverified)' guests, field engineer's tablet notes with checkboxes, e-mail subjects holding the customer's
details, chats where the customer corrects a typo in the next line, OCR'd receipts, letters from a bewindvoerder,
Caribbean-Dutch (Aruba, Bonaire) customers and Canadian and Maltese English.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v80_clean import TEST_V80_CLEAN
from benchmarks.privacy_templates_v80_en import EN
from benchmarks.privacy_templates_v80_nl import NL

TEST_V80_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V80_CLEAN", "TEST_V80_PII"]
