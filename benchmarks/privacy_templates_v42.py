"""Templates of the held-out split test_v42 (seed 197), written without seeing the redaction rules.

Frames: gemeente taxes (WOZ, afvalstoffenheffing, hondenbelasting) and parking permits, DUO student finance, UWV
benefits, hospitals and GP appointments, dentists, vets, gyms and sports clubs, rental cars and car sharing,
furniture delivery and rental agencies. Channels: voicemails with hesitations and self-corrections, WhatsApp with
emoji and lower case, complaint letters, appointment confirmations, agent handover notes, pipe- and
semicolon-separated exports. Callers from Limburg, Brabant, Belgium, the German border, Curaçao and Aruba, Syria,
Eritrea, China, Vietnam, Portugal, the United States and Scotland.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v42_clean import TEST_V42_CLEAN
from benchmarks.privacy_templates_v42_en import EN
from benchmarks.privacy_templates_v42_life import NL_LIFE
from benchmarks.privacy_templates_v42_nl import NL_PUBLIC
from benchmarks.privacy_templates_v42_rows import ROWS

TEST_V42_PII: list[tuple[str, str]] = [*NL_PUBLIC, *NL_LIFE, *ROWS, *EN]
__all__ = ["TEST_V42_CLEAN", "TEST_V42_PII"]
