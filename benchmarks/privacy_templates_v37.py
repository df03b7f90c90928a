"""The held-out `test_v37` split's templates with personal data (`TEST_V37_PII`: (lang, template)); the Dutch
ones are in `privacy_templates_v37_nl`, the English ones in `privacy_templates_v37_en`, ordinary words in
`privacy_templates_v37_words`. Written by someone who never saw the redaction rules."""

from __future__ import annotations

import benchmarks.privacy_templates_v37_words  # noqa: F401  (registers CLEAN_FILLERS["test_v37"])
from benchmarks.privacy_templates_v37_en import EN
from benchmarks.privacy_templates_v37_nl import NL

TEST_V37_PII: list[tuple[str, str]] = [("nl", t) for t in NL] + [("en", t) for t in EN]
