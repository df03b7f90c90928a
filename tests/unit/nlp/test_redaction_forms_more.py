"""Unit tests for the forms the redaction rules learnt from test_v2 and the dev split (test_v3 stays unseen):
one case each, and the look-alikes that must stay."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import kind_covering


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        ("Card number 5373.8505.1494.3121, expiry next year.", "5373.8505.1494.3121", "CARD"),
        ("kaart 4556  8930  8547  4672 graag blokkeren", "4556  8930  8547  4672", "CARD"),
        ("Geboortedatum 1990/07/13, meisjesnaam weet u al.", "1990/07/13", "DOB"),
        ("Ik ben op 9 juli '75 geboren.", "9 juli '75", "DOB"),
        ("Ik ben van 02/07/93, dus geen jongere meer.", "02/07/93", "DOB"),
        ("Ik ben geboren in 1985 op 12 maart.", "1985 op 12 maart", "DOB"),
        ("geboortedatum: twaalf maart vijfentachtig", "twaalf maart vijfentachtig", "DOB"),
        ("geb. datum 19-feb-1987", "19-feb-1987", "DOB"),
        ("De monteur moet naar Overtoom 56 komen.", "Overtoom 56", "ADDRESS"),
        ("Ik woon aan de Steenweg, huisnummer 12a.", "Steenweg, huisnummer 12a", "ADDRESS"),
        ("Het adres is Nassaukade 223-3 hoog.", "Nassaukade 223-3 hoog", "ADDRESS"),
        ("I live at 42 Kingsway.", "42 Kingsway", "ADDRESS"),
        ("Flat 9A Kingsley House, Meadow Way", "Flat 9A Kingsley House, Meadow Way", "ADDRESS"),
        ("Lieke Hughes\nFlat 1, 7 Willow Close\n4780 GB Nijmegen", "Flat 1, 7 Willow Close", "ADDRESS"),
        ("Lieke Hughes\nFlat 1, 7 Willow Close\n4780 GB Nijmegen", "4780 GB", "POSTCODE"),
        ("The postcode here is 7746KM.", "7746KM", "POSTCODE"),
        ("Ik zit in 5824 MB en daar is geen glasvezel.", "5824 MB", "POSTCODE"),
        ("Send it to 27 Castle Street, OX4 1AS", "OX4 1AS", "POSTCODE"),
        ("Er staat een boete op GK1087 maar dat is mijn auto niet.", "GK1087", "PLATE"),
        ("De auto heeft Belgische platen: 1-ABC-234.", "1-ABC-234", "PLATE"),
        ("Namens hem bel ik over C-1449268-PC.", "C-1449268-PC", "CUSTOMER_NUMBER"),
        ("Namens haar bel ik over QT/422583566.", "QT/422583566", "CUSTOMER_NUMBER"),
        ("Ik heet xavier, dat schrijf je met een hoofdletter.", "xavier", "NAME"),
        ("Chayenne Holloway, Singel 317 hs, 1323 Xv Den Haag", "Chayenne Holloway", "NAME"),
        ("Beste Marit,\n\nBedankt voor je bericht.", "Marit", "NAME"),
        ("[14:02] Marit Bosch: is er al nieuws?", "Marit Bosch", "NAME"),
        ("Naam: JAN DE VRIES", "JAN DE VRIES", "NAME"),
        ("Van: Quinten Zielinski <qz@example.nl>", "Quinten Zielinski", "NAME"),
        ("de achternaam is Bosch, met een hoofdletter", "Bosch", "NAME"),
        ("mail jan [at] gmail [dot] com", "jan [at] gmail [dot] com", "EMAIL"),
        ("Call +49 151 12345678 tonight", "+49 151 12345678", "PHONE"),
        ("IBAN NL 91 ABNA 0417 1643 00", "NL 91 ABNA 0417 1643 00", "IBAN"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert kind_covering(text, secret) == kind, redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Ik ga naar Windows 11 updaten.",
        "Ik zit op Kamer 12 en de wifi werkt niet.",
        "Ik ben bij Jumbo 3 keer geweest.",
        "Mijn zoon zit in Groep 8.",
        "De factuur van 3 maart '25 klopt niet.",
        "Versie 12.3.85 is uit.",
        "I have 1000 MB left.",
        "The model AB1 2CD is out of stock.",
        "Artikel AB1234 is uitverkocht.",
        "Ik heet u welkom namens het team.",
        "Beste klantenservice,",
        "Dear Sir or Madam,",
        "Hey Siri, bel mama.",
        "I am thinking of moving to Albert Heijn.",
        "[10:15] Klant: ok, lampje brandt nu groen",
        "Mijn naam is niet belangrijk.",
    ],
)
def test_the_look_alike_stays(text):
    assert redact(text).text == text
