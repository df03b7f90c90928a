"""Templates of the held-out split test_v64 (seed 331), written without seeing the redaction rules.

Frames: energy supplier switches and annual bills, mortgage advisers and valuations, childminders and after-school
care, moving companies and storage units, car dealers, APK and tyre changes, package holidays and cancellations,
online grocery delivery, home alarms and locksmiths, DUO study loans, allotment gardens and hobby clubs; channels:
e-mail threads with quoted replies, PDF forms pasted as text, chat exports with timestamps, phone notes, lawyers'
and bailiffs' letters, Instagram and X messages, address labels, English from American, Indian and South African
expats, and Dutch written by German and Polish customers.
"""

from __future__ import annotations

from benchmarks.privacy_templates_v64_clean import TEST_V64_CLEAN
from benchmarks.privacy_templates_v64_en import EN
from benchmarks.privacy_templates_v64_nl import NL
from benchmarks.privacy_templates_v64_nl2 import NL2

TEST_V64_PII: list[tuple[str, str]] = [*NL, *NL2, *EN]
__all__ = ["TEST_V64_CLEAN", "TEST_V64_PII"]
