"""Templates of the held-out split test_v118 (seed 661), written without seeing the redaction rules.

Frames: gym membership freezes, school photo orders, window frame replacements, festival wristband refunds, tax
return help desks for pensioners, carpool platforms, vineyard wine club subscriptions, hospital parking refunds,
children's holiday camps, e-scooter damage claims; channels: LiveChat transcripts with system messages, Telegram
voice-to-text, Google Business Messages, Gronings and Zeeuws-Vlaams writers, Polish-Dutch and Romanian-English
writers, Indian and Singaporean English, JSON pasted with escaped quotes, tab-separated HR exports, letters scanned
with a stamp over the text, speech-to-text of a phone menu with numbers said in groups, a customer's forwarded e-mail
with a signature block in two languages.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v118_clean import TEST_V118_CLEAN
from benchmarks.privacy_templates_v118_en import EN
from benchmarks.privacy_templates_v118_nl import NL

TEST_V118_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V118_CLEAN", "TEST_V118_PII"]
