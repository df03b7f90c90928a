"""Templates of the held-out split test_v57 (seed 281), written without seeing the redaction rules.

Frames: utilities' move-in and move-out (energy, water, internet), home-loan desks and mortgage advisers, landlords
and tenants' associations (huurverhoging bezwaar), childcare allowance and municipal debt help, outpatient clinic
planning, opticians and hearing-aid shops, newspaper and broadcaster subscriptions, parcel lockers and post offices,
veterinary emergency clinics, cemeteries and crematoria; channels: CRM chat transcripts with 'Klant:' and
'Medewerker:' lines, e-mails with signatures and mobile footers, letters with address blocks, ' | ' forms,
voicemail transcriptions, agent notes with arrows and spreadsheet rows with English headers.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v57_clean import TEST_V57_CLEAN
from benchmarks.privacy_templates_v57_en import EN
from benchmarks.privacy_templates_v57_nl import NL

TEST_V57_PII: list[tuple[str, str]] = [*NL, *EN]

__all__ = ["TEST_V57_CLEAN", "TEST_V57_PII"]
