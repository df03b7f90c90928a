"""Unit tests for the forms the redaction rules learnt from test_v31's misses: one case each, and the look-alikes
that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # e-mail spelled with commas and a said dash; hyphens with "laag streepje"
        ("mail: p, i, m, dash, d, e, k at ziggo dot nl, ok?", "p, i, m, dash, d, e, k at ziggo dot nl", "EMAIL"),
        (
            "spelt: j-o-s-laag streepje-d-e-k apenstaartje kpn punt nl",
            "j-o-s-laag streepje-d-e-k apenstaartje kpn punt nl",
            "EMAIL",
        ),
        # account numbers with a lower-case prefix, glued or in groups
        ("Klant zr551203 belt over de storing.", "zr551203", "CUSTOMER_NUMBER"),
        ("League member kc-4410-27 pays by debit.", "kc-4410-27", "CUSTOMER_NUMBER"),
        # a child's birth date in brackets after a party; a year in English words after a digit day
        ("Birthday party for Lotte (4.2.2019); parent calls back.", "4.2.2019", "DOB"),
        ("I was born on 3 March nineteen seventy-one, if that helps.", "3 March nineteen seventy-one", "DOB"),
        # lower-case names after "name" ending the text and after a role up to a comma; "Aanmelder:"; "Jansen, JW,"
        ("my postcode is 1011 AB, name sanne visser", "sanne visser", "NAME"),
        ("Kassabon: klant peter bakker, betaald met pin.", "peter bakker", "NAME"),
        ("Melding\nAanmelder: DEKKER, Iris\nOmschrijving: kapot", "DEKKER, Iris", "NAME"),
        ("Invoice to Jansen, JW, Kerkstraat 1, 1234 AB Ergens", "Jansen, JW", "NAME"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("De klant was boos, klant heeft daarna gebeld.", "klant heeft"),
        ("versie v2-1234-56 van de app crasht", "v2-1234-56"),
        ("Het feest is op 12 mei 2026 om twee uur.", "12 mei 2026"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
