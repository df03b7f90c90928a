"""Templates of the held-out split test_v95 (seed 521), written without seeing the redaction rules.

Frames: beach-hut rental, blood donation appointments, karting tracks for company outings, orthodontist payment
plans, bulk pet-food subscriptions, church wedding bookings, escape rooms, mobility-scooter repairs, home-brewing
kits and garden-waste bags; channels: Freshdesk tickets, iMessage exports with reactions, bad-line call notes,
shipping labels, tab-aligned letters, Rotterdam/Utrecht and Ghent Dutch, Ghanaian and Scottish English, overlapping
webchats and key: value CRM dumps.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v95_clean import TEST_V95_CLEAN
from benchmarks.privacy_templates_v95_en import EN
from benchmarks.privacy_templates_v95_nl import NL

TEST_V95_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V95_CLEAN", "TEST_V95_PII"]
