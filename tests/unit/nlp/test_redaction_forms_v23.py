"""Unit tests for the forms the redaction rules learnt from test_v24's misses and false positives: one case each,
and the look-alikes that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # a postcode with a no-break space or a spaced dash; a Belgian box with a dot, and the postcode after it
        ("Postcode: 2626\xa0DM Delft", "2626\xa0DM", "POSTCODE"),
        ("Kerkstraat 13, 6097 - ND Woerden", "6097 - ND", "POSTCODE"),
        ("Grote Markt 120 bus 0.2, 9039 Brugge.", "Grote Markt 120 bus 0.2", "ADDRESS"),
        ("Grote Markt 120 bus 0.2, 9039 Brugge.", "9039", "POSTCODE"),
        # a postcode with its letters in the spelling alphabet
        ("Postcode 3034 Simon Nico, huisnummer 7.", "3034 Simon Nico", "POSTCODE"),
        # birth dates in Turkish and Portuguese, a spoken year half in digits, the Belgian "°"
        ("Ayşe Kaya, doğum tarihi 3 Kasım 1980, woont in Ede.", "3 Kasım 1980", "DOB"),
        ("geboren 27 de novembro de 1971 in Lissabon", "27 de novembro de 1971", "DOB"),
        ("Mijn geboortedatum is 27 oktober negentien 95.", "27 oktober negentien 95", "DOB"),
        ("kind Cas (°28-08-14) komt ook", "28-08-14", "DOB"),
        # French plates with spaces, a plate near "parkeren"
        ("French plate GV 934 MR, owner unknown.", "GV 934 MR", "PLATE"),
        ("Schade aan de 20NTD1 na het parkeren.", "20NTD1", "PLATE"),
        # a lender's, tenant's, bidder's and buyer's number; a fishing pass in letters and digits
        ("Lener 536707-H bracht het schilderij terug.", "536707-H", "CUSTOMER_NUMBER"),
        ("Incasso mislukt, huurder SU-3895-84, sms gestuurd.", "SU-3895-84", "CUSTOMER_NUMBER"),
        ("Bidder B1527 won the lot.", "B1527", "CUSTOMER_NUMBER"),
        ("Kopersnummer B9235 kocht lot 3310.", "B9235", "CUSTOMER_NUMBER"),
        ("VISpas VP 02069764 niet ontvangen.", "VP 02069764", "CUSTOMER_NUMBER"),
        # a SEPA description's name, the name on a card, a register name in brackets, a Welsh "ap"
        ("/IBAN/NL45KNAB8346018290/BIC/RABONL2U/NAME/HAAN, M. DE/REMI/terug", "HAAN, M. DE", "NAME"),
        ("Charge it to my card, name on card LINDA LUBBERS.", "LINDA LUBBERS", "NAME"),
        ("Kopersnummer K-39938 (Coenen, Bianca) kocht kavels.", "Coenen, Bianca", "NAME"),
        ("Valet booking for Bethan ap Gwilym, UK car.", "Bethan ap Gwilym", "NAME"),
        # a surname that ends like a trade ("-erij") is still a surname
        ("Naam: Marloes Mulderij", "Marloes Mulderij", "NAME"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Het is 2024 - EN of zo",
        "Het kost 20 °C op 3 mei 2004",
        "De huurder belt morgen.",
        "the file is corrupt",
        "Drukkerij Van Dam levert de folders.",
        "Kringloop Tante Truus haalt op.",
        "RDW keurt de auto",
    ],
)
def test_the_look_alike_stays(text):
    assert redact(text).text == text
