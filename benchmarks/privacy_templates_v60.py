"""Templates of the held-out split test_v60 (seed 307), written without seeing the redaction rules.

Frames: fibre and cable installation visits, smart-meter and heat-pump service, home care rosters, pharmacy home
delivery, child-care allowance and day-care centres, municipal waste passes and bulky-waste pickups, sports clubs and
gyms, lottery prize claims, bicycle lease and repair, driving schools; channels: speech-to-text call transcripts, SMS
replies, agents' terse wrap-up notes, ticket systems with `Key: value` lines and tables, forwarded e-mail headers,
chat with emoji and Flemish forms.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v60_clean import TEST_V60_CLEAN
from benchmarks.privacy_templates_v60_en import EN
from benchmarks.privacy_templates_v60_nl import NL

TEST_V60_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V60_CLEAN", "TEST_V60_PII"]
