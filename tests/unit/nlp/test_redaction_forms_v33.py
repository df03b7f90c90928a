"""Unit tests for the forms the redaction rules learnt from test_v34's misses: one case each, and the look-alikes
that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # a date in the cell after a person's name in a spreadsheet row; "Geboortedatum van de leerling:"
        ("Export;K1234;Sanne Bos;14-05-2012;sanne@example.org", "14-05-2012", "DOB"),
        ("Plak:\tVries, Anna de\t3 March 2011\t3511 AB", "3 March 2011", "DOB"),
        ("Geboortedatum van de leerling: 09-10-2009, klopt dat?", "09-10-2009", "DOB"),
        # a BSN with its digits spread by a typed-in form
        ("Formulier: BSN : 111 . 222 . 333 / geb onbekend", "111 . 222 . 333", "BSN"),
        ("Burgerservicenummer  1 1 1 2 2 2 3 3 3   Postcode onbekend", "1 1 1 2 2 2 3 3 3", "BSN"),
        # register order with the particles after the surname; a card's holder in brackets
        ("Overledene: Berg van den, Willem, geboren in Ede.", "Berg van den, Willem", "NAME"),
        ("Chargeback op kaart 4111 1111 1111 1111 (PIETER BAKKER), transactie 88.", "PIETER BAKKER", "NAME"),
        # capitals without the last dot; a deceased's name after "overledene :"
        ("Gebeld door dhr. K.L Jansen over de nota.", "K.L Jansen", "NAME"),
        ("Formulier: overledene : KLAAS VEENSTRA / datum onbekend", "KLAAS VEENSTRA", "NAME"),
        # "t/o" after the house number
        ("Ophalen op Lindelaan 14 t/o, morgen.", "Lindelaan 14 t/o", "ADDRESS"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Export;K1234;Sanne Bos;levering;2026-03-01", "levering"),
        ("Planning;Atelier;12-03-2026;klaar", "12-03-2026"),
        ("BSN : 123 . 456 . 789 is geen geldig nummer", "123 . 456 . 789"),
        ("Meir 62\n7372 Genk", "Genk"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
