"""Templates of the held-out split test_v77 (seed 409), written without seeing the redaction rules.

Frames: employment agencies and payslips, airport parking and lost luggage, roadside assistance and towing, pest
control, chimney sweeps, fertility clinics, tattoo studios, sauna and wellness resorts, escape rooms, meal delivery
for seniors; channels: HubSpot ticket timelines, Viber, call transcripts with diarisation labels ('SPEAKER_00:'),
payslips and claim forms pasted as text, forms typed over by an agent with '[onleesbaar]' gaps, Discord support
channels, e-mails behind an out-of-office reply, Dutch from Antillean and Cape Verdean customers, English from South
African and Australian customers, and customers who give their details in reverse order (postcode first, name last).
"""

from __future__ import annotations

from benchmarks.privacy_templates_v77_clean import TEST_V77_CLEAN
from benchmarks.privacy_templates_v77_en import EN
from benchmarks.privacy_templates_v77_nl import NL

TEST_V77_PII: list[tuple[str, str]] = [*NL, *EN]
__all__ = ["TEST_V77_CLEAN", "TEST_V77_PII"]
