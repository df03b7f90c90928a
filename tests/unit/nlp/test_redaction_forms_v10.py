"""Unit tests for the forms the redaction rules learnt from test_v11's misses: one case each, and the
look-alikes that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import kind_covering


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        ("Klant (chat): mijn IBAN is NL91 ABNA 0417\nKlant (chat): 1643 00", "1643 00", "IBAN"),
        ("Klant (chat): mijn IBAN is NL91 ABNA 0417\nKlant (chat): 1643 00", "NL91 ABNA 0417", "IBAN"),
        ("reads the card: 4111 1111... wait... 1111 1111.", "4111 1111", "CARD"),
        ("reads the card: 4111 1111... wait... 1111 1111.", "1111 1111", "CARD"),
        ("Burgerservicenummer: 11122-\n2333", "2333", "BSN"),
        ("Rent case: tenant number KX12-3456, tenant", "KX12-3456", "CUSTOMER_NUMBER"),
        ("mijn klantenkaart 2600123456789 doet het niet", "2600123456789", "CUSTOMER_NUMBER"),
        ("frequent flyer 1234 567 890 please", "1234 567 890", "CUSTOMER_NUMBER"),
        ("terugbellen ((0497) 123456) lukte niet", "(0497) 123456", "PHONE"),
        ("oude adres: Kaya Flamboyan 12, Willemstad", "Kaya Flamboyan 12", "ADDRESS"),
        ("schade aan Tsjerkelân 4 a in Workum", "Tsjerkelân 4 a", "ADDRESS"),
        ("IVR: Zegt u uw postcode.\nBeller: vijf een twee drie pee el", "vijf een twee drie pee el", "POSTCODE"),
        ("postcode='twee en dertig elf ka el'", "twee en dertig elf ka el", "POSTCODE"),
        ("VM left; cust Oosterbeek to call back", "Oosterbeek", "NAME"),
        ("ingesproken, KL Van Beurden belt zelf", "Van Beurden", "NAME"),
        ("de app crasht steeds.' — Jorien", "Jorien", "NAME"),
        ("Beslag – debiteur: SMEETS, BSN volgt", "SMEETS", "NAME"),
        ("Executeur Harm Bleeker zegt op", "Harm Bleeker", "NAME"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert kind_covering(text, secret) == kind, redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Schade door storm Henk aan het dak",
        "Nepmail namens de Belastingdienst, wat nu?",
        "Klant belt over de factuur",
        "aantal 4111 1111... sorry... 1111 1111 stuks",  # joined they pass Luhn, but nothing says it is a card
        "wat is de postcode van het magazijn?\nAgent: een twee drie vier en zo",
    ],
)
def test_the_look_alike_stays(text):
    assert redact(text).text == text
