"""Templates with personal data for the held-out split `test_v34` (seed 151): a driving school, a funeral insurer,
a parking-permit desk, a home-care meal service, a donation platform and an orthodontist, in Dutch, Flemish and
English. Written by someone who never saw the redaction rules; the clean sentences are in
`privacy_templates_v34_clean`."""

from __future__ import annotations

from benchmarks.privacy_templates_v34_en import TEST_V34_EN
from benchmarks.privacy_templates_v34_nl import TEST_V34_NL

TEST_V34_PII: list[tuple[str, str]] = TEST_V34_NL + TEST_V34_EN
