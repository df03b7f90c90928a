"""Unit tests for the forms the redaction rules learnt from test_v16's misses: one case each, and the
look-alikes that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import kind_covering


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        ("I live at Het Hoog 12A.", "Het Hoog 12A", "ADDRESS"),
        ("Het huis op De Kiekendief 7b is verkocht", "De Kiekendief 7b", "ADDRESS"),
        ("Belgische klant, Grote Markt 3 bus 2, 9000, gsm", "Grote Markt 3 bus 2", "ADDRESS"),
        ("Belgische klant, Grote Markt 3 bus 2, 9000, gsm", "9000", "POSTCODE"),
        ("Villa: Calle del Sol, 12, 3º A, 29780 Nerja.", "Calle del Sol, 12, 3º A", "ADDRESS"),
        ("Villa: Calle del Sol, 12, 3º A, 29780 Nerja.", "29780", "POSTCODE"),
        ("Verzendadres: Am Bach 5, 87226, Deutschland.", "Am Bach 5", "ADDRESS"),
        ("Rua Augusta 46, 5.º andar, 1100-053.", "1100-053", "POSTCODE"),
        (
            "zijn be es en was een een een twee twee twee drie drie drie en",
            "een een een twee twee twee drie drie drie",
            "BSN",
        ),
        ("K: Mijn postcode... twaalf, vierendertig, ve en. Of", "twaalf, vierendertig, ve en", "POSTCODE"),
        ("gebruikers-ID usr-123456, betaald", "usr-123456", "CUSTOMER_NUMBER"),
        ("Wat een bedrijf. JAN JANSEN, KERKSTRAAT 1, 1234 AB. Ik stap op", "JAN JANSEN", "NAME"),
        ("Labformulier\nPatiënt: HENDRIKA JANSEN\nGeboortedatum: 1-2-1983", "HENDRIKA JANSEN", "NAME"),
        ("My father WATANABE Hiroshi passed away", "WATANABE Hiroshi", "NAME"),
        ("Sleutel afhalen bij Bohdan, 0031-6-51981500.", "Bohdan", "NAME"),
        ("Bel mij terug of ik zet het op Twitter. Serhii", "Serhii", "NAME"),
        ("maar er staan er 15 in de app. liesbeth", "liesbeth", "NAME"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert kind_covering(text, secret) == kind, redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "factuur 2024-00931 is betaald",
        "contactpersoon onderweg: de chauffeur",
        "Garage Jan de Wit is my local dealer.",
        "Manege Willem Tell geeft ponyles",
        "Dit is de vierde keer dat ik bel. Schandalig",
        "Het werkt niet. Help!",
        "LET OP, Klanten die geboren zijn in mei",
        "ik ga met Coolblue, 0900-1234 bellen",
    ],
)
def test_the_look_alike_stays(text):
    assert redact(text).text == text
