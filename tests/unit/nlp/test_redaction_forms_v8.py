"""Unit tests for the forms the redaction rules learnt from test_v9's misses: one case each, and the
look-alikes that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import kind_covering


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        ("klantnr;naam;plaats\nQ2201934;Fenne Lubach;Sneek", "Q2201934", "CUSTOMER_NUMBER"),
        ("klantnr;naam;plaats\nQ2201934;Fenne Lubach;Sneek", "Fenne Lubach", "NAME"),
        ("member_id,dob,city\nX-4410027,3 Feb 61,Leeds", "3 Feb 61", "DOB"),
        ("reg,make\nWX-T 512,Opel Corsa", "WX-T 512", "PLATE"),
        ("log: e-mail gewijzigd (klant #40918273)", "#40918273", "CUSTOMER_NUMBER"),
        ("card removed by customer 7702931Q", "7702931Q", "CUSTOMER_NUMBER"),
        ("veld klantnummer 'R-5512-0093-4'", "R-5512-0093-4", "CUSTOMER_NUMBER"),
        ("iban NL91-ABNA-0417-1643-00 klopt dat", "NL91-ABNA-0417-1643-00", "IBAN"),
        ("mijn rekening N L 9 1 A B N A 0 4 1 7 1 6 4 3 0 0 dus", "N L 9 1 A B N A 0 4 1 7 1 6 4 3 0 0", "IBAN"),
        ("ik woon op Maasdijk 12, NL-3011 AB Rotterdam", "NL-3011 AB", "POSTCODE"),
        ("stuur het naar Meir 8, B-2000 Antwerpen", "B-2000", "POSTCODE"),
        ("Anschrift Lindenstraße 4, 10115 Berlin", "10115", "POSTCODE"),
        ("Anschrift Kieler Str. 19a, Hamburg", "Kieler Str. 19a", "ADDRESS"),
        ("adres 's-Gravelandseweg 80, Hilversum", "'s-Gravelandseweg 80", "ADDRESS"),
        ("bezorgen op Dorpsweg 14B-2 graag", "Dorpsweg 14B-2", "ADDRESS"),
        ("geboren op 3.IV.1961 te Gent", "3.IV.1961", "DOB"),
        ("Mijn vader (14.XI.1939) belt niet zelf", "14.XI.1939", "DOB"),
        ("I was born on the second of June 1977.", "second of June 1977", "DOB"),
        ("geboortedatum? vijf zes negentienhonderdtweeënzestig", "vijf zes negentienhonderdtweeënzestig", "DOB"),
        ("Duitse auto, plaat HH-QX 4021 op de oprit", "HH-QX 4021", "PLATE"),
        ("old=0612345678 new=0687654321 by=Thijmen", "Thijmen", "NAME"),
        ("ATTENDEE;CN=Mirte Oosting:mailto:m@o.nl", "Mirte Oosting", "NAME"),
        ("adres gecontroleerd door Lotte", "Lotte", "NAME"),
        ("a library card with the name SAMIRA BAKKALI on it", "SAMIRA BAKKALI", "NAME"),
        ("haar zoon Jurre belt namens haar", "Jurre", "NAME"),
        ("agent: uw achternaam? klant: W-I-E-R-S-M-A", "W-I-E-R-S-M-A", "NAME"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert kind_covering(text, secret) == kind, redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "ORGANIZER;CN=Support team",  # a team, not a person: no ':' or ';' after it
        "Dr. Martens en Tefal zijn weer op voorraad",
        "de levering van mijn Bosch Serie 6 duurt lang",
        "Our Chamber of Commerce number is 30181950.",
        "met de naam van het product klopt iets niet",
        "wachtwoord gewijzigd door de monteur",
        "Plaats 5 in de wachtrij",
        "code A B C D op de doos",  # letters in a row, not after a name was asked
    ],
)
def test_the_look_alike_stays(text):
    assert redact(text).text == text
