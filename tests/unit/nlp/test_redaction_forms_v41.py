"""Unit tests for the forms the redaction rules learnt from test_v41's misses: one case each, and the look-alikes
that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # an energy connection's EAN code (eighteen digits) is tied to a home
        ("EAN-code 871687120054321098 hoort bij mijn aansluiting.", "871687120054321098", "CUSTOMER_NUMBER"),
        # a passenger as airline systems write one, and the airline's date of birth
        ("Pax 2: DEKKER/ANOUK MRS CHD 14FEB2015, seat 12C", "DEKKER/ANOUK", "NAME"),
        ("Pax 2: DEKKER/ANOUK MRS CHD 14FEB2015, seat 12C", "14FEB2015", "DOB"),
        ("Passenger: OKAFOR/CHIDI\nDate of birth: 02OCT79", "OKAFOR/CHIDI", "NAME"),
        ("Passenger: OKAFOR/CHIDI\nDate of birth: 02OCT79", "02OCT79", "DOB"),
        # an OV-chipkaart's number, and a frequent flyer's after "FF"
        ("Mijn OV is gestolen, nummer 3528 0112 4455 6789, graag blokkeren.", "3528 0112 4455 6789", "CUSTOMER_NUMBER"),
        ("Seat upgrade for FF 7781 220 914 please.", "7781 220 914", "CUSTOMER_NUMBER"),
        # an agent's given name and the surname's initial, signing a chat line or a note
        ("[10:02] Fleur K.: Ik kijk het even voor u na.", "Fleur K.", "NAME"),
        ("Teruggebeld, opgelost. -Ruben S.", "Ruben S.", "NAME"),
        # a form's dot leaders before the value
        ("Aanvrager.........: SANNE DE WIT\nPostcode..........: 1011 AB", "SANNE DE WIT", "NAME"),
        # a date of birth after "geb" without its dot
        ("notitie: mevr. Kok / geb 3/4/61 / teruggebeld", "3/4/61", "DOB"),
        # a street the name took for a given name, and a street in capitals after two words
        ("Tegenpartij Joris Smit, Grote Weg 12 bus 3, Gent.", "Grote Weg 12 bus 3", "ADDRESS"),
        ("Stuur het naar KONINGIN JULIANA WEG 4, 1234 AB.", "KONINGIN JULIANA WEG 4", "ADDRESS"),
        # a postcode read out in English right after an address
        ("We moved to Kerkstraat 14, seven four one one K L, since May.", "seven four one one K L", "POSTCODE"),
        # the fields of a log line split by semicolons
        ("lead_id=5512; naam=Bakker, Ilse; tel=06 1234 5678; bron=web", "Bakker, Ilse", "NAME"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # routes, pairs and protocols with a slash are no passengers
        ("Route AMS/LHR, koers EUR/USD, protocol TCP/IP.", "AMS/LHR"),
        # invoices, bookings and reservations are the organisation's documents
        ("Factuurnummer 2024-0012 is betaald.", "2024-0012"),
        ("Boekingsnummer BK-77812 is bevestigd.", "BK-77812"),
        ("Reserveringscode 77812AB voor vrijdag.", "77812AB"),
        # an order's number is the shop's document, as are a bill ("nota") and a purchase order; a product's
        # barcode (EAN-13) is no connection's EAN code; a pet's 15-digit chip number holds no BSN
        ("order #A1234567 never came", "A1234567"),
        ("Ordernummer #5520113 is nog niet binnen.", "#5520113"),
        ("Bestelnummer W-339120: retour ontvangen.", "W-339120"),
        ("Openstaand: nota F-88213, graag binnen 14 dagen.", "F-88213"),
        ("Levering voor inkooporder PO-44871 is binnen.", "PO-44871"),
        ("Modelnummer WH-1000XM5, EAN 8719327401863, kleur zwart.", "8719327401863"),
        ("Chipnummer 528 140 000 912 384 staat in het paspoort van de hond.", "528 140 000 912 384"),
        # chat roles, a field name after "Klant:", a car model, a returns mailbox
        ("[09:30] Visitor: my card is blocked", "Visitor"),
        ("[09:31] Systeem: de chat wordt doorgezet", "Systeem"),
        ("[18:37] Klant: IBAN is NL91ABNA0417164300", "IBAN"),
        ("De APK van de Ford Transit Custom verliep.", "Ford Transit Custom"),
        ("Retourneren kan via retouren@wehkamp.nl.", "retouren@wehkamp.nl"),
        ("Score 3, one two three four a b c", "one two three four"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
