"""Templates of the held-out split test_v50 (seed 241), written without seeing the redaction rules.

Frames: mortgage desks (valuations, rate offers, construction deposits), estate agents and viewings, contractors
and renovation complaints, building permits and neighbours' objections, owners' associations (VvE), lift and
intercom maintenance, pest control, chimney sweeps, locksmiths, removals and storage units, furniture delivery
and mattress trials; channels: WhatsApp group exports, lawyers' letters with reference lines, minutes listing
attendees, web chats with pasted signature blocks, invoice line items and CSV exports with English headers.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v50_clean import CLEAN_NL
from benchmarks.privacy_templates_v50_clean2 import CLEAN_MORE
from benchmarks.privacy_templates_v50_en import EN
from benchmarks.privacy_templates_v50_nl import NL_HOME
from benchmarks.privacy_templates_v50_nl2 import NL_SERVICE

TEST_V50_PII: list[tuple[str, str]] = [*NL_HOME, *NL_SERVICE, *EN]
TEST_V50_CLEAN: list[str] = [*CLEAN_NL, *CLEAN_MORE]
