"""Templates of the held-out split test_v114 (seed 643), written without seeing the redaction rules.

Frames: municipal housing allowance, driving licence renewals, solar lease buy-outs, children's orthodontic clinics,
airport lost property, farm shop subscriptions, laundry services, coffee machine leases, phone insurance, sailing
club berths; channels: Intercom conversations with internal notes, LINE and KakaoTalk messages, Teams meeting chat
exports, scanned court letters, Belgian Limburg and Brussels writers, Aruban and Curaçaoan Dutch, Pakistani, Ugandan
and Irish English, semicolon CSV exports, video-call subtitles (WebVTT), handwritten complaint cards typed up by
staff.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v114_clean import TEST_V114_CLEAN
from benchmarks.privacy_templates_v114_en import EN
from benchmarks.privacy_templates_v114_nl import NL

TEST_V114_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V114_CLEAN", "TEST_V114_PII"]
