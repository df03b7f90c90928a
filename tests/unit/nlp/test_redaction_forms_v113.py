"""Unit tests for the forms the redaction rules learnt on 2026-11-29 (night, second round) from the misses of
test_v113 and test_v114: one case each, and the look-alikes that must stay. The cases are made up here, not taken from
the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # Ireland's PPS number and Pakistan's CNIC after the word that names them
        ("My PPS number back home was 1234567 T, if that helps.", "1234567 T", "BSN"),
        ("Please find my PPSN 7654321WA attached.", "7654321WA", "BSN"),
        ("My CNIC is 35202 1234567 1 and my mobile is new.", "35202 1234567 1", "BSN"),
        ("Lost my wallet with CNIC 42101-7654321-9 in it.", "42101-7654321-9", "BSN"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Gesprek #215004375268 · Inbox Rijbewijzen", "215004375268"),  # a helpdesk's conversation, no one's number
        ("Conversation #215004398771 · Device Cover", "215004398771"),
        ("[21:12] business: Excuus, welke maat?", "business"),  # a chat's sides, no names
        ("[19:30] Gebruiker: mijn jas is kapot", "Gebruiker"),
        ("Dear Commodore, I wish to apply for a berth.", "Commodore"),  # a sailing club's officer, no name
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
