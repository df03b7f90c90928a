"""Templates of the held-out split test_v56 (seed 277), written without seeing the redaction rules.

Frames: glasvezel installers and modem swaps, wijkverpleging and thuiszorg, GGZ wachtlijst intake, driving schools
and CBR exams, car workshops (APK, recalls), bicycle shops and e-bikes, furniture delivery slots, second-hand
marketplace disputes, festival ticketing and sports federations with referees; channels: speech-to-text without
punctuation, agent wrap-up notes, SMS, complaint forms with checkboxes, forwarded e-mail headers, CSV rows and
JSON webhooks; Dutch, Flemish, Frisian and multilingual customers, and English-speaking expats.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v56_clean import TEST_V56_CLEAN
from benchmarks.privacy_templates_v56_en import EN
from benchmarks.privacy_templates_v56_nl import NL

TEST_V56_PII: list[tuple[str, str]] = [*NL, *EN]

__all__ = ["TEST_V56_CLEAN", "TEST_V56_PII"]
