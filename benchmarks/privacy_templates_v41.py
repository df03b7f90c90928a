"""Templates of the held-out split test_v41 (seed 193), written without seeing the redaction rules.

Frames: telecom and internet providers (modem swaps, number porting, SIM cards), webshops and parcel carriers
(returns, pick-up points, Track & Trace), banks and credit cards (blocked cards, chargebacks), public transport
(OV-chipkaart, delay refunds), travel agencies and airlines (bookings, passenger lists), car insurance and
roadside assistance; channels: live chat with timestamps and agent names, SMS, agents' shorthand call notes,
forwarded e-mails with signatures and disclaimers, key: value forms and CRM JSON. Customers are Dutch, Flemish,
Frisian, Turkish, Moroccan, Surinamese, Polish, Ukrainian, British, Irish and Indian.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v41_en import BE, EN
from benchmarks.privacy_templates_v41_forms import FORMS
from benchmarks.privacy_templates_v41_nl import NL

TEST_V41_PII: list[tuple[str, str]] = [*NL, *BE, *FORMS, *EN]
