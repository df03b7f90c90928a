"""The `test_v36` split's templates with personal data (`TEST_V36_PII`: (lang, template) pairs), Dutch in
`privacy_templates_v36_nl`, English in `privacy_templates_v36_en`. Written without seeing the redaction rules."""

from __future__ import annotations

from benchmarks.privacy_templates_v36_en import EN
from benchmarks.privacy_templates_v36_nl import NL

TEST_V36_PII = [("nl", template) for template in NL] + [("en", template) for template in EN]
