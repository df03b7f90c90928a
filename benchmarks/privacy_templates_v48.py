"""Templates of the held-out split test_v48 (seed 233), written without seeing the redaction rules.

Frames: water boards (waterschapsbelasting, kwijtschelding) and drinking water companies (leaks, meter readings),
parking permits and fine appeals, toll and vignettes abroad, lease cars and fleet cards, roadside assistance,
marinas, boat and caravan storage, camping clubs, funeral insurance, notaries and estates, dating apps and
subscription traps, debt collectors and payment plans. Channels: voicemail transcripts without punctuation, OCR'd
letters with broken lines, fast lower-case call notes, quoted mail replies, CRM audit logs and semicolon rows.
Customers from Groningen, Drenthe and Brabant, Flanders, the German border, and of Turkish, Moroccan (Tarifit),
Surinamese-Hindustani, Ghanaian, Nigerian, Eritrean, Syrian, Ukrainian, Romanian, Portuguese, Chinese,
Indonesian and Filipino background.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v48_clean import CLEAN
from benchmarks.privacy_templates_v48_clean2 import CLEAN2
from benchmarks.privacy_templates_v48_en import EN
from benchmarks.privacy_templates_v48_nl import NL
from benchmarks.privacy_templates_v48_nl2 import NL2

TEST_V48_PII: list[tuple[str, str]] = [*NL, *NL2, *EN]
TEST_V48_CLEAN: list[str] = [*CLEAN, *CLEAN2]
