"""Unit tests for the forms the redaction rules learnt from test_v28's misses: one case each, and the look-alikes
that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # member and contract numbers by their shape: four letters, the year glued on, groups, capitals and a space
        ("Lening trompet aan lid (KNHB-339120), graag terug in mei.", "KNHB-339120", "CUSTOMER_NUMBER"),
        ("Pruikklant PW2024-1187 wil een nieuwe afspraak.", "PW2024-1187", "CUSTOMER_NUMBER"),
        ("Oldtimerpolis KLV-412-90331 gaat per maand.", "KLV-412-90331", "CUSTOMER_NUMBER"),
        ("Verwijzing voor klant ZVK 417739 ontvangen.", "ZVK 417739", "CUSTOMER_NUMBER"),
        # a card and a BSN read out in groups with pauses, commas or dashes
        (
            "Kaart voorgelezen: 4111 ... 1111 ... 1111 ... 1111, geldig tot 10/28.",
            "4111 ... 1111 ... 1111 ... 1111",
            "CARD",
        ),
        ("My card number: 3782, 822463, 10005, expiry 01/27", "3782, 822463, 10005", "CARD"),
        ("Mijn BSN? Momentje... 111 - 222 - 333.", "111 - 222 - 333", "BSN"),
        # the account holder in brackets after an IBAN; a name in capitals on the line above a street
        ("Ontvangen van NL91 ABNA 0417 1643 00 (MARIEKE DE BOER) voor de huur.", "MARIEKE DE BOER", "NAME"),
        ("Bevestiging per post: SANNE DEKKER\nKerkstraat 12\n1234 AB Ergens", "SANNE DEKKER", "NAME"),
        # a double surname after a spaced dash; initials without dots ending a register line
        ("Kaarthouder PETRA BOS - VAN DIJK, klant sinds 2019.", "PETRA BOS - VAN DIJK", "NAME"),
        ("Naam: Schipper, RM\nGeboortedatum: 12-03-1971", "Schipper, RM", "NAME"),
        # a postcode read out digit by digit after "ja", with "X for X-ray"; Brussels street order; German H plate
        (
            "De postcode? Ja: 2 5 1 1 C van Cornelis V van Victor, nummer 3.",
            "2 5 1 1 C van Cornelis V van Victor",
            "POSTCODE",
        ),
        (
            "my postcode is 1012 W for Whiskey, X for X-ray, house number 4",
            "1012 W for Whiskey, X for X-ray",
            "POSTCODE",
        ),
        ("Klant Els Peeters, Avenue Louise 54, 1050 Brussel.", "Avenue Louise 54", "ADDRESS"),
        ("Hij wil zijn oldtimer (M-AB12H) laten taxeren.", "M-AB12H", "PLATE"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("De jaarafrekening (factuur F2025-0481) komt volgende week.", "F2025-0481"),
        ("Een voucher LB-20-99812 blijft zes maanden geldig.", "LB-20-99812"),
        ("Werkorder WO-26-3371 is afgerond.", "WO-26-3371"),
        ("Het kost EUR 125000 volgens de taxatie.", "EUR 125000"),
        ("Bestelling van 12, 13, 14 en 15 stuks met de kaart betaald.", "12, 13, 14"),
        ("Betaald van NL91 ABNA 0417 1643 00 (zie bijlage).", "(zie bijlage)"),
        ("Betaald van NL91 INGB 0417 1643 00 (ING) gisteren.", "(ING)"),
        ("RETOUR AFZENDER\nKerkstraat 12\n1234 AB Ergens", "RETOUR AFZENDER"),
        ("My room at Xior Student Housing is still cold.", "Xior Student Housing"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
