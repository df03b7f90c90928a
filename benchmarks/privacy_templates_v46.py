"""Templates of the held-out split test_v46 (seed 227), written without seeing the redaction rules.

Frames: energy retail and smart meters (switching, annual statements), phone shops and trade-in, Marktplaats,
Vinted and 2dehands disputes, hotels and holiday parks (bookings, damage deposits), car rental at airports, moving
abroad, student housing, embassies and visa agencies, language schools, maternity care (kraamzorg). Channels:
bilingual contact forms, machine-translated chats, e-mail with HTML remnants, agent summaries in bullets, CRM audit
lines, JSON and YAML payloads, call transcripts with spoken and spelt values. Customers from the Achterhoek and
Zaanstreek, Ghent and West Flanders, and of Hindustani, Riffian, Laz, Egyptian, Ethiopian, Ukrainian, Spanish,
Italian, Pakistani, Korean and American background.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v46_calls import CALLS
from benchmarks.privacy_templates_v46_clean import TEST_V46_CLEAN
from benchmarks.privacy_templates_v46_en import EN
from benchmarks.privacy_templates_v46_nl import NL_TRADE
from benchmarks.privacy_templates_v46_nl2 import NL_LIFE

TEST_V46_PII: list[tuple[str, str]] = [*NL_TRADE, *NL_LIFE, *CALLS, *EN]

__all__ = ["TEST_V46_CLEAN", "TEST_V46_PII"]
