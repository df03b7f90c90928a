"""Templates of the held-out split test_v58 (seed 283), written without seeing the redaction rules.

Frames: pharmacy home delivery and medical aids (rollators, hearing aids, CPAP), health insurers' reimbursement
desks, physiotherapists and dieticians, student administration and exam boards, sports clubs' youth teams,
taxi and coach firms, removal and storage, locksmiths and alarm firms, VvE managers; channels: WhatsApp Business
exports, hurried agent notes, OCR letters, tab-separated rows, ticket subjects, bot call summaries, e-mail
sender blocks, from Dutch, Flemish and English speaking customers of many backgrounds.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v58_clean import TEST_V58_CLEAN
from benchmarks.privacy_templates_v58_en import EN
from benchmarks.privacy_templates_v58_nl import NL

TEST_V58_PII: list[tuple[str, str]] = [*NL, *EN]

__all__ = ["TEST_V58_CLEAN", "TEST_V58_PII"]
