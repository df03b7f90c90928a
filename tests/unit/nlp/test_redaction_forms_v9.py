"""Unit tests for the forms the redaction rules learnt from test_v10's misses: one case each, and the
look-alikes that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import kind_covering


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        ("bel me op 06 – 12 34 56 78 graag", "06 – 12 34 56 78", "PHONE"),
        ("bereikbaar op 06–12345678.", "06–12345678", "PHONE"),
        (
            "mijn nummer is nul zes, driehonderdtwaalf, vierhonderdvijftig, achttien",
            "nul zes, driehonderdtwaalf, vierhonderdvijftig, achttien",
            "PHONE",
        ),
        (
            "mijn BSN is honderd, driehonderdvijfenveertig, zeshonderdzeventig",
            "honderd, driehonderdvijfenveertig, zeshonderdzeventig",
            "BSN",
        ),
        (
            "card sixty-one seventy-five, fifty-three ninety, fifty-three twenty, ninety-nine fifteen",
            "sixty-one seventy-five, fifty-three ninety, fifty-three twenty, ninety-nine fifteen",
            "CARD",
        ),
        ("de postcode is vierendertig twaalf ka el", "vierendertig twaalf ka el", "POSTCODE"),
        ("my postcode is forty-two eleven A B ok", "forty-two eleven A B", "POSTCODE"),
        ("we verhuizen naar Molenstraat 9 b3, 3000 Leuven", "Molenstraat 9 b3", "ADDRESS"),
        ("woonboot op Amstel t/o 12 sinds mei", "Amstel t/o 12", "ADDRESS"),
        ("stuur het naar Burg. de Withstr. 5A, 1234 AB Ede", "Burg. de Withstr. 5A", "ADDRESS"),
        ("Pupil number 448812: the fee", "448812", "CUSTOMER_NUMBER"),
        ("Geachte heer Winter, uw aanvraag", "Winter", "NAME"),
        ("[meeluisteren] sup Roelie: niet noteren", "Roelie", "NAME"),
        ("klt Vlieger belt over de factuur", "Vlieger", "NAME"),
        ("melder Gerritje, terugkoppeling per mail", "Gerritje", "NAME"),
        ("de rekening van mijn vriendin Sietske.", "Sietske", "NAME"),
        ("ik spel het even: Dirk Anton Nico Simon. Klopt", "Dirk Anton Nico Simon", "NAME"),
        ("uw achternaam? ka oo kuu", "ka oo kuu", None),  # three letters: not enough to be sure
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert kind_covering(text, secret) == kind, redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Werkzaamheden op de Dorpsstraat van 14 maart tot 1 april",
        "Na het resetten van de MX Master 3S brandt het lampje",
        "postcode is twintig twintig en zo",
        "we waren met twee drie vier mensen",
        "Dear Sir or Madam, my order",
    ],
)
def test_the_look_alike_stays(text):
    assert redact(text).text == text
