"""Unit tests for the forms the redaction rules learnt on 2026-11-29 (night) from the misses of test_v111 and
test_v112: one case each, and the look-alikes that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # a web form's HTML: an input's name (a type between), a cell's class, the header cell before a cell
        ('<input name="dob" type="date" value="2004-04-12">', "2004-04-12", "DOB"),
        ('<input name="owner_id" value="882-1140">', "882-1140", "CUSTOMER_NUMBER"),
        ('<input name="home_address" value="Kerkstraat">', "Kerkstraat", "ADDRESS"),
        ('<td class="cardholder">ZWART-OSEI K</td><td class="total">€ 40</td>', "ZWART-OSEI K", "NAME"),
        ("<tr><th>Patiëntnummer</th><td>552.118.903</td></tr>", "552.118.903", "CUSTOMER_NUMBER"),
        # an address that starts with the home's number, as India, Nigeria and Jamaica write it
        ("Please update to No. 14/2, Residency Road, Richmond Town.", "No. 14/2, Residency Road", "ADDRESS"),
        ("Deliver to #88, 4th Cross, Malleswaram, Bangalore.", "#88, 4th Cross", "ADDRESS"),
        ("I live at Flat 2, Block D, 17 Ikorodu Road now.", "Flat 2, Block D, 17 Ikorodu Road", "ADDRESS"),
        ("Send it to Lot 7, Hope Road, Kingston.", "Lot 7, Hope Road", "ADDRESS"),
        # what a scanner read in a handwritten form: an I for an l in a name, letters and a tilde in a date, a b for a 6
        ("Naam: Willem BIom\nWoonplaats: Assen", "Willem BIom", "NAME"),
        ("Geb.datum: 17~O3-1981\nE-mail", "17~O3-1981", "DOB"),
        ("D0B: 04/0b/1969\nPhone", "04/0b/1969", "DOB"),
        ("Geb.: 8 - 5-l990\nBSN", "8 - 5-l990", "DOB"),
        ("tel 06-48b31927", "06-48b31927", "PHONE"),
        ("de oude (6-ZZ-925) mag eraf", "6-ZZ-925", "PLATE"),  # a plate, no date for the scanner to repair
        # a chatbot's hand-over: the person's answer after a bust
        ("🤖 Bob: Wat is je klantnummer?\n👤 5512-8830", "5512-8830", "CUSTOMER_NUMBER"),
        # Limburg's "nómmer", an owner's id, a number read out with "treble", names spelled with a Polish capital
        ("Mien lidnómmer is 44.1093.", "44.1093", "CUSTOMER_NUMBER"),
        ("Owner ID REG118830. Kindly update it.", "REG118830", "CUSTOMER_NUMBER"),
        ("my BSN is one two treble four five six oh three", "one two treble four five six oh three", "BSN"),
        ("Achternaam gespeld: Ł U K A S Z E K.", "Ł U K A S Z E K", "NAME"),
        # phones: a British area code of five in brackets, New Zealand's with a dash, a North American one in spaces
        ("Ring me on (01463) 712093 after six.", "(01463) 712093", "PHONE"),
        ("Mobile's 09-447 2210, cheers.", "09-447 2210", "PHONE"),
        ("Lot 3, Hagley Road, 876 555 0142.", "876 555 0142", "PHONE"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("[0:14] Whisper: beller wil een afspraak\n[0:20] Agent: goedemiddag", "Whisper"),  # a contact center's note
        ("Fwd:\nFrom: Arval Schadeafdeling\nTo: ons", "Arval Schadeafdeling"),  # a firm's department
        ("The shuttle leaves from Nelson Mandela Square at nine.", "Nelson Mandela Square"),  # a place
        ("Flights to O.R. Tambo International are delayed.", "O.R. Tambo International"),  # an airport
        ("🤖 Vera: Welkom bij de aanmeldhulp!", "Vera"),  # a chatbot speaking
        ('<input id="iban" placeholder="NL00 BANK 0123 4567 89">', "NL00 BANK 0123 4567 89"),  # a form's example
        ("Date: 3 March 2026\nRe: your offer", "2026\nRe"),  # a year before a letter's subject line
        ("Klant: Eh, ik bel over de factuur.", "Eh"),  # a hesitation
        ("The McIntyre family booked again.", "McIntyre"),  # a real I after Mc
        ("Het kost 250 300 1000 euro in totaal.", "250 300 1000"),  # an amount, no phone
        ("Naam       DE VRIES Jan          Afdeling  Keuken", "Afdeling"),  # a payslip's column, no firm
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
