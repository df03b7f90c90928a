"""Templates of the held-out split test_v113 (seed 641), written without seeing the redaction rules.

Frames: hospital appointment scheduling, tenants' contents insurance, TV and internet bundles, bank overdraft
complaints, car insurance claims after hail, school uniform webshops, public library fines, ash scattering services,
guided fishing trips and zoo memberships; channels: Zendesk Sunshine conversations, WeChat messages, Apple Business
Chat, voicemail transcripts with hold-music noise, spreadsheet cells pasted with tabs, Frisian and Zeeuws writers,
Ghanaian, Filipino and Welsh English, JSON-lines logs, IVR keypad entries and e-mail signatures with two-language
disclaimers.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v113_clean import TEST_V113_CLEAN
from benchmarks.privacy_templates_v113_en import EN
from benchmarks.privacy_templates_v113_nl import NL

TEST_V113_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V113_CLEAN", "TEST_V113_PII"]
