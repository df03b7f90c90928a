"""Templates of the held-out split test_v81 (seed 433), written without seeing the redaction rules.

Frames: bicycle parking at stations, private clinics abroad, CJIB hearings for traffic fines, second-hand baby gear
rental, lift and stairlift maintenance, tutors for sick children, parcel lockers, houseboat berths, costume rental
for theatre groups and sports physiotherapy for horses; channels: Gorgias tickets, Threema, call transcripts with
timestamps, spreadsheet rows in changing column order, letters with a footer, pasted screenshots, numbered complaint
forms, voice dictation, Dutch of Polish and Romanian seasonal workers, Scottish and Nigerian English.
"""

from __future__ import annotations

from benchmarks.privacy_fillers_v81 import FillersV81  # re-exported: one import line in privacy_splits
from benchmarks.privacy_templates_v81_clean import TEST_V81_CLEAN
from benchmarks.privacy_templates_v81_en import EN
from benchmarks.privacy_templates_v81_nl import NL

TEST_V81_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V81_CLEAN", "TEST_V81_PII", "FillersV81"]
