"""Templates of the held-out split test_v38 (seed 179), written without seeing the redaction rules.

Frames: childcare, funeral-flower and bakery webshop, IT helpdesk for home workers, theatre box office, water
company and debt collection; channels: WhatsApp exports, Slack, Zoho Desk, voice bots, dictated letters,
Markdown tables and SMS chains, with customers from the Netherlands, Belgium, Aruba and the UK.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v38_en import EN
from benchmarks.privacy_templates_v38_nl import NL

TEST_V38_PII: list[tuple[str, str]] = [*NL, *EN]
