"""Templates of the held-out split test_v115 (seed 647), written without seeing the redaction rules.

Frames: student room rentals from housing corporations, e-bike leases through an employer, hearing aid fittings,
window cleaning subscriptions, debt counselling intakes, tyre storage at garages, hockey and football club
memberships, concert ticket resale, personal alarm buttons for elderly people, elderly day care; channels: Freshchat
bot transcripts with button clicks, Workplace from Meta posts, SMS cut off mid-word, Achterhoek and Twente writers,
Surinamese Dutch, Kenyan, South African and Scottish English, XML exports pasted in a ticket, OCR'd fax cover sheets,
smartwatch-dictated messages, e-mail threads quoted with 'On … wrote:' and 'Op … schreef:'.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v115_clean import TEST_V115_CLEAN
from benchmarks.privacy_templates_v115_en import EN
from benchmarks.privacy_templates_v115_nl import NL

TEST_V115_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V115_CLEAN", "TEST_V115_PII"]
