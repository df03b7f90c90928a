"""`test_v35`'s templates with personal data (`TEST_V35_PII`), Dutch from `privacy_templates_v35_nl` and English
from `privacy_templates_v35_en`; the ordinary words come from `privacy_templates_v35_words`. Written by someone
who never saw the redaction rules."""

from __future__ import annotations

import benchmarks.privacy_templates_v35_words  # noqa: F401  (registers CLEAN_FILLERS["test_v35"])
from benchmarks.privacy_templates_v35_en import TEST_V35_EN
from benchmarks.privacy_templates_v35_nl import TEST_V35_NL

TEST_V35_PII: list[tuple[str, str]] = [("nl", t) for t in TEST_V35_NL] + [("en", t) for t in TEST_V35_EN]
