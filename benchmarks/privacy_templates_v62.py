"""Templates of the held-out split test_v62 (seed 313), written without seeing the redaction rules.

Frames: water and sewage utilities, parking permits and fines, public transport season tickets and refunds, mobile
contracts and SIM swaps, libraries and museum cards, vets, hearing aids and opticians, furniture delivery and
assembly, pension funds and annuities, charities and donors; channels: call-centre IVR logs, Teams and Slack messages
between colleagues, complaint letters with a formal closing, screenshots described by agents, CRM audit trails,
customer reviews, mixed Dutch-English sentences, Turkish-, Moroccan- and Surinamese-Dutch names, Belgian-French.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v62_clean import TEST_V62_CLEAN
from benchmarks.privacy_templates_v62_en import EN
from benchmarks.privacy_templates_v62_nl import NL

TEST_V62_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V62_CLEAN", "TEST_V62_PII"]
