"""Templates of the held-out split test_v78 (seed 419), written without seeing the redaction rules.

Frames: notaries and property transfers, estate settlement after a death, rental of medical aids (wheelchairs,
walkers), CBR driving licence medical declarations, car wash subscriptions, printer ink subscriptions, streaming
service accounts, office cleaning companies, ski rental and winter sports trips, toll badges and vignettes; channels:
Zoho Desk exports, iMessage threads, OneNote pages shared by a team, LINE messages, Google Docs comments with
'Assigned to', Mastodon posts with @user@instance handles, CSV rows without a header line, signatures in capitals,
Dutch from Indonesian-Dutch and Hindustani-Surinamese families, English from Filipino and Singaporean customers.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v78_clean import TEST_V78_CLEAN
from benchmarks.privacy_templates_v78_en import EN
from benchmarks.privacy_templates_v78_nl import NL
from benchmarks.privacy_templates_v78_nl2 import NL2

TEST_V78_PII: list[tuple[str, str]] = [*NL, *NL2, *EN]
__all__ = ["TEST_V78_CLEAN", "TEST_V78_PII"]
