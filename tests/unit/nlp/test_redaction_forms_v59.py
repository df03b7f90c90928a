"""Unit tests for the forms the redaction rules learnt from test_v59's misses: one case each, and the look-alikes
that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # a passport's "SURNAME/GIVEN" with a listed given name and no title
        ("Claim form — Naam / Name: DE VRIES/ANNA — Polis: AU-1234567", "DE VRIES/ANNA", "NAME"),
        # a date of birth after "Geboortedatum van de jongste reiziger is", and after German "Geburtsdatum ist"
        ("Geboortedatum van de jongste reiziger is 02/10/2015, dus kindertarief.", "02/10/2015", "DOB"),
        ("Mein Geburtsdatum ist 24.07.1990, danke.", "24.07.1990", "DOB"),
        # a Slovenian street, its street word apart
        ("afleveradres Slovenska cesta 12.", "Slovenska cesta 12", "ADDRESS"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # protocols, language pairs and standards written with a slash
        ("TCP/IP en NL/EN werken niet.", "TCP/IP en NL/EN"),
        ("Volgens ISO/IEC 27001 is dat in orde.", "ISO/IEC"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
