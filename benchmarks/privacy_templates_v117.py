"""Templates of the held-out split test_v117 (seed 659), written without seeing the redaction rules.

Frames: dog daycare and pet boarding, municipal waste container passes, language course enrolments for newcomers,
boat rental by the hour, home insulation subsidies, piano tuning appointments, wedding venue bookings, allotment
rentals on company grounds, bicycle courier accounts, blood donor appointments; channels: Zoho SalesIQ chats with
visitor IDs, Threema group messages, Mastodon direct mentions, Limburg (Venlo, Maastricht) and West-Flemish writers,
Sranan-Dutch code switching, Ghanaian-Dutch and Nigerian pidgin English, Canadian and New Zealand English, Markdown
tables pasted in tickets, Excel cells copied with their formulas, call-centre after-call summaries in an agent's
shorthand, OCR'd printed forms with check boxes.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v117_clean import TEST_V117_CLEAN
from benchmarks.privacy_templates_v117_en import EN
from benchmarks.privacy_templates_v117_nl import NL

TEST_V117_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V117_CLEAN", "TEST_V117_PII"]
