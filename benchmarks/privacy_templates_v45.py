"""Templates of the held-out split test_v45 (seed 223), written without seeing the redaction rules.

Frames: supermarket home delivery and loyalty cards, meal boxes, pharmacies and online drugstores, opticians and
hearing aids, home care and elderly alarms, municipal waste and bulky-waste pickups, festivals and ticketing,
sports federations and swimming lessons, coworking and office cleaning, solar panel and heat pump installers.
Channels: IVR and speech-to-text, Outlook forwards, WhatsApp Business, pasted PDF invoices, handover notes and
CSV rows; customers from Friesland, Drenthe, Brussels, Curaçao and many other backgrounds.
"""

from __future__ import annotations

import benchmarks.privacy_templates_v45_words  # noqa: F401  (registers CLEAN_FILLERS["test_v45"])
from benchmarks.privacy_templates_v45_channels import CHANNELS
from benchmarks.privacy_templates_v45_clean import TEST_V45_CLEAN
from benchmarks.privacy_templates_v45_en import EN
from benchmarks.privacy_templates_v45_nl import NL

TEST_V45_PII: list[tuple[str, str]] = [*NL, *CHANNELS, *EN]
__all__ = ["TEST_V45_CLEAN", "TEST_V45_PII"]
