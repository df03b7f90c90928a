"""Templates of the held-out split test_v44 (seed 211), written without seeing the redaction rules.

Frames: banks and payment apps (Tikkie, iDEAL disputes, fraud and phishing), the tax office and benefits, pension
funds, housing associations, childcare, driving schools and CBR exams, garages and APK, bike repair and e-bike
lease, phone repair; channels: Facebook and Instagram DMs, reviews with replies, scanned handwritten forms,
QA scorecards quoting calls, Salesforce and Zendesk exports and SMS two-factor threads. Customers from Twente,
Zeeuws-Vlaanderen and Flanders and of Javanese-Surinamese, Cape Verdean, Bulgarian, Greek, Iranian, Kurdish,
Japanese, Filipino, Ghanaian and Australian background.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v44_channels import CHANNELS
from benchmarks.privacy_templates_v44_clean import TEST_V44_CLEAN
from benchmarks.privacy_templates_v44_en import EN
from benchmarks.privacy_templates_v44_mobility import MOBILITY
from benchmarks.privacy_templates_v44_nl import NL

TEST_V44_PII: list[tuple[str, str]] = [*NL, *MOBILITY, *CHANNELS, *EN]

__all__ = ["TEST_V44_CLEAN", "TEST_V44_PII"]
