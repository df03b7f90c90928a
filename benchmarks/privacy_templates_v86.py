"""Templates of the held-out split test_v86 (seed 461), written without seeing the redaction rules.

Frames: cemetery grave rights, organ recitals and church rentals, tattoo removal clinics, ice-skating clubs, cheese
shops with home delivery, DIY store kitchen planning, window film installers, model aircraft clubs, solar panel
cleaning and tuxedo rental for proms; channels: Tidio chats, Google Chat spaces, call transcripts summarised at the
end, typed-up paper diaries, markdown tables, faxed complaint forms, Dutch written by English speakers, Papiamento
mixed into Dutch, Singaporean and South African English, and run-on messages.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v86_clean import TEST_V86_CLEAN
from benchmarks.privacy_templates_v86_en import EN
from benchmarks.privacy_templates_v86_nl import NL

TEST_V86_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V86_CLEAN", "TEST_V86_PII"]
