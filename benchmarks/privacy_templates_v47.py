"""Templates of the held-out split test_v47 (seed 229), written without seeing the redaction rules.

Frames: lost and found on public transport, Regiotaxi and Valys, municipal social services (bijstand, Wmo), youth
care, parent portals of schools, sports club administration, vets and pet insurance, garden centre and DIY
deliveries, kitchen and bathroom fitters, window cleaners and home service marketplaces. Channels: call
transcripts with speaker labels and overlapping speech, SMS reminders and replies, formal complaint letters with
signatures and job titles, web forms exported as 'Veld: waarde' lines, spreadsheet rows pasted with tabs, and
Teams or Slack messages between agents with @mentions. Callers write Dutch (also Limburg, Volendam and Urk
dialect), Flemish, Frisian and English, with Papiamento, Polish, Bosnian, Albanian, Somali, Sudanese, Vietnamese,
Thai, Brazilian and Afrikaans backgrounds.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v47_clean import CLEAN_SERVICES
from benchmarks.privacy_templates_v47_clean2 import CLEAN_HOME
from benchmarks.privacy_templates_v47_en import EN
from benchmarks.privacy_templates_v47_nl import NL_SERVICES
from benchmarks.privacy_templates_v47_nl2 import NL_HOME

TEST_V47_PII: list[tuple[str, str]] = [*NL_SERVICES, *NL_HOME, *EN]
# The corpus takes bare sentences for the clean part; the language tag only serves checks while writing.
TEST_V47_CLEAN: list[str] = [text for _, text in (*CLEAN_SERVICES, *CLEAN_HOME)]
