"""Templates of the held-out split test_v72 (seed 379), written without seeing the redaction rules.

Frames: car rental, mortgage advisers, home care (thuiszorg), debt counselling, lotteries and prize draws, shared
e-scooters, concert tickets and resale, newspaper subscriptions, municipal waste passes and bulky-waste pickup,
window cleaners; channels: Slack Connect threads, Salesforce case comments with field history, hands-free car calls
with noise markers, typed-over handwritten letters, auto-translated chats, WhatsApp Business catalogue orders,
Excel exports with semicolons and quoted cells, Papiamento and Turkish mixed into Dutch, South African and
Australian English, voice-assistant skill logs.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v72_clean import TEST_V72_CLEAN
from benchmarks.privacy_templates_v72_en import EN
from benchmarks.privacy_templates_v72_nl import NL

TEST_V72_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V72_CLEAN", "TEST_V72_PII"]
