"""Templates of the held-out split test_v83 (seed 443), written without seeing the redaction rules.

Frames: wedding cars and limousines, pet cremation, dog daycare and walking, senior-housing waiting lists, debt
collection agencies, bicycle insurance claims, vineyard tours and wine clubs, community centres and room bookings,
sailing schools, swimming-pool memberships for the disabled; channels: Zammad tickets, Facebook comments with
replies, Outlook meeting notes pasted into a CRM, read-back transcripts, Word tables with pipes, WeChat messages,
Slack huddle notes, complaint letters quoting earlier letters, Moluccan and Cape Verdean Dutch, Jamaican and Indian
English.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v83_clean import TEST_V83_CLEAN
from benchmarks.privacy_templates_v83_en import EN
from benchmarks.privacy_templates_v83_nl import NL

TEST_V83_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V83_CLEAN", "TEST_V83_PII"]
