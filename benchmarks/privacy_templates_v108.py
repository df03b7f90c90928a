"""Templates of the held-out split test_v108 (seed 607), written without seeing the redaction rules.

Frames: riding stables, funeral insurance, employee e-bike leasing, dog grooming, holiday park cancellations,
hearing aid trials, textbook buyback, parking permits, private tutoring, window cleaning subscriptions; channels:
Intercom exports, quoted bailiff letters, Teams call notes, web forms filled in wrongly, Groningen, Limburg and
Gent writers, South African, Yorkshire and Indian English, review-site complaints, SMS threads, JSON snippets and
dictated voicemails.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v108_clean import TEST_V108_CLEAN
from benchmarks.privacy_templates_v108_en import EN
from benchmarks.privacy_templates_v108_nl import NL

TEST_V108_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V108_CLEAN", "TEST_V108_PII"]
