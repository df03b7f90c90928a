"""Unit tests for the forms the redaction rules learnt from test_v35's misses: one case each, and the look-alikes
that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # a CSV export's number column under its header
        ("lidnr,naam,email\n01234,karin smit,k.smit@example.org", "01234", "CUSTOMER_NUMBER"),
        ("huurdernr;naam;adres\nh1234567;Smit, K.;Lindelaan 3", "h1234567", "CUSTOMER_NUMBER"),
        ("student_id,name\nu1234567,Karin Smit", "u1234567", "CUSTOMER_NUMBER"),
        # register order in brackets or after a title
        ("Geïnd van de rekening (account holder Smit, KL).", "Smit, KL", "NAME"),
        ("Stand doorgegeven door lid 0421 (Visser, H) gisteren.", "Visser, H", "NAME"),
        ("Achterstand: mw. Berg, AB van den, huurdersnr. onbekend.", "Berg, AB van den", "NAME"),
        # a pet's owner and a co-tenant; a student's number with a one-letter prefix
        ("Hond aangereden, baasje sanne visser belt zo.", "sanne visser", "NAME"),
        ("Van de medehuurder Pieter ook het BSN graag.", "Pieter", "NAME"),
        ("Student s1234567 paid the deposit.", "s1234567", "CUSTOMER_NUMBER"),
        # a year said as "tweeduizend"
        ("Geboren twaalf maart tweeduizend, zegt ze.", "twaalf maart tweeduizend", "DOB"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Zie (Utrecht, NL) voor de vestiging.", "Utrecht, NL"),
        ("Het was in tweeduizend vijf een mooi jaar.", "tweeduizend vijf"),
        ("Student s12 vroeg om uitstel.", "s12"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
