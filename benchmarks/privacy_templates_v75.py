"""Templates of the held-out split test_v75 (seed 397), written without seeing the redaction rules.

Frames: electric car charging subscriptions, hairdressers and beauty salons, emergency plumbers, dog training
schools, childcare waiting lists, e-bike warranty claims, loft conversions, holiday cottage cleaning, accessible
transport for disabled people, kitchen showrooms; channels: Jira Service Management comments, scanned letters with
stamps and handwritten margin notes, WhatsApp group chats, phone-menu (DTMF) logs, Typeform answers, e-mail threads
with Dutch Outlook headers, tweets with hashtags, Surinamese customers mixing Sranan Tongo into Dutch, Jamaican and
Trinidadian English, Messenger voice-message transcripts.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v75_clean import TEST_V75_CLEAN
from benchmarks.privacy_templates_v75_en import EN
from benchmarks.privacy_templates_v75_nl import NL

TEST_V75_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V75_CLEAN", "TEST_V75_PII"]
