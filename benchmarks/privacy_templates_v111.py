"""Templates of the held-out split test_v111 (seed 619), written without seeing the redaction rules.

Frames: public-transport card refunds and rail season tickets, pension funds and early-retirement letters, water
meter readings, broadband installation appointments, lease-car end-of-contract damage, toeslagen repayments, parcel
damage claims with couriers, airline refunds after cancellations, dental laboratory invoices and rent-to-own
furniture; channels: Genesys Cloud interaction transcripts with agent whispers, Instagram DMs, e-mail threads
forwarded several times with quoted headers, Markdown tables pasted from Notion, Groningen and Brabant writers,
Surinamese Dutch, Scottish, Nigerian and South African English, YAML snippets, dictated voicemails with 'at' and
'dot' spelled out, and web-form submissions with hidden fields.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v111_clean import TEST_V111_CLEAN
from benchmarks.privacy_templates_v111_en import EN
from benchmarks.privacy_templates_v111_nl import NL

TEST_V111_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V111_CLEAN", "TEST_V111_PII"]
