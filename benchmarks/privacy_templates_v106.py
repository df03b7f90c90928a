"""Templates of the held-out split test_v106 (seed 599), written without seeing the redaction rules.

Frames: cemetery plot maintenance, kite surfing lessons, organic vegetable boxes, hearing loops in churches,
e-scooter rental fines, antique clock repairs, adult swimming lessons, boarding kennels, storm roof repairs and
student loan repayment plans; channels: ServiceNow incident notes, OCR'd iMessage screenshots, IVR logs with DTMF
digits, care worker forms, Veluwe, Rotterdam and Kortrijk Dutch, Caribbean, Welsh valleys and Hong Kong English,
fine appeals, dictated mechanic notes, broken mail merges and printed receipts.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v106_clean import TEST_V106_CLEAN
from benchmarks.privacy_templates_v106_en import EN
from benchmarks.privacy_templates_v106_nl import NL

TEST_V106_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V106_CLEAN", "TEST_V106_PII"]
