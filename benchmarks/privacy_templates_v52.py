"""Templates of the held-out split test_v52 (seed 257), written without seeing the redaction rules.

Frames: telecom business accounts for ZZP'ers, shops and restaurants, pin terminals, PSPs and chargebacks,
webshop platforms and marketplaces, bookkeeping apps and accountants, KvK and UBO registrations, payroll and HR
(loonstroken, verzuim, arbodienst), temp agencies and job applications, business travel, company car lease and
office supplies; channels: Zendesk macros, Jira comments with @mentions, payslips and invoices pasted from PDF,
LinkedIn messages, sales calls with two agents, e-mail signatures and CSV/TSV exports with Dutch headers.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v52_clean import CLEAN
from benchmarks.privacy_templates_v52_clean2 import CLEAN2
from benchmarks.privacy_templates_v52_en import EN
from benchmarks.privacy_templates_v52_nl import NL
from benchmarks.privacy_templates_v52_nl2 import NL2

TEST_V52_PII: list[tuple[str, str]] = [*NL, *NL2, *EN]
TEST_V52_CLEAN: list[str] = [*CLEAN, *CLEAN2]
