"""Templates of the held-out split test_v51 (seed 251), written without seeing the redaction rules.

Frames: health insurers (physiotherapy and dental claims), dentists and orthodontists, GP practices (assistants,
repeat prescriptions, callback requests), hospital outpatient clinics and patient portals, mental-health waiting
lists, blood donation, labs, medical-aid suppliers (wheelchairs, hearing aids, CPAP), ambulance invoices abroad
(EHIC) and travel insurance, elderly homes and visiting rules; channels: IVR transcripts with DTMF digits, callback
notes, secure-message exports ('Van: / Aan: / Onderwerp:'), referral letters with patient headers, SMS reminders
with JA/NEE replies, English expat e-mails and bilingual Frisian-Dutch forms.
"""

from __future__ import annotations

import benchmarks.privacy_templates_v51_words  # noqa: F401  (registers CLEAN_FILLERS["test_v51"])
from benchmarks.privacy_templates_v51_clean import CLEAN_ONE
from benchmarks.privacy_templates_v51_clean2 import CLEAN_TWO
from benchmarks.privacy_templates_v51_en import EN
from benchmarks.privacy_templates_v51_nl import NL
from benchmarks.privacy_templates_v51_nl2 import NL2

TEST_V51_PII: list[tuple[str, str]] = [*NL, *NL2, *EN]
TEST_V51_CLEAN: list[str] = [*CLEAN_ONE, *CLEAN_TWO]
