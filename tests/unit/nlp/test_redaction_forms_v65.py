"""Unit tests for the forms the redaction rules learnt from test_v65's misses: one case each, and the look-alikes
that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # a CSV export's quoted first cell: a register's name or a name in capitals
        ('"DEKKERS, Wubbo","12 Baker Street, Leeds LS1 4AB","0113 496 0000","R1234567"', "DEKKERS, Wubbo", "NAME"),
        ('"TJITSKE ORANJEWOUD","Kerkstraat 4, 8011 AB Zwolle","06 12345678","K77"', "TJITSKE ORANJEWOUD", "NAME"),
        # a couple: a given name joined to a full name
        ("Reservering voor Hiske + Wout Terpstra, 2 kaarten.", "Hiske + Wout Terpstra", "NAME"),
        ("Tickets for Maeve and Sven Lindqvist: row 4.", "Maeve and Sven Lindqvist", "NAME"),
        # an Australian postcode after the town and the state
        ("Please post it to 14 Acacia Avenue, Fitzroy VIC 3065.", "3065", "POSTCODE"),
        # a name as a voice bot heard it
        ("IVR: naam verstaan als gerbrich hoekstra.", "gerbrich hoekstra", "NAME"),
        ("Bot log: name heard as ottoline pereira.", "ottoline pereira", "NAME"),
        # a date of birth after whose it is, or to be checked
        ("geboortedatum verzekeringnemer 220467 klopt niet", "220467", "DOB"),
        ("geboortedatum ter controle: 030892", "030892", "DOB"),
        # a date of birth in brackets after the name
        ("Doorverwijzing voor Jildau Mulder (3-2-2011), 6 sessies.", "3-2-2011", "DOB"),
        # a subscriber's, a tenancy's and an insurance's number
        ("Outage reported, subscriber no. 8812-3391-20, flat 3.", "8812-3391-20", "CUSTOMER_NUMBER"),
        ("Rent review for tenancy 77120/03 starts in May.", "77120/03", "CUSTOMER_NUMBER"),
        ("Stolen e-bike, insured under 448.120.907.", "448.120.907", "CUSTOMER_NUMBER"),
        # a phone number to call back, its area code in brackets
        ("Terugbelnummer (0513) 441298, graag na vijven.", "(0513) 441298", "PHONE"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a CSV row's place after the name, a state and a number that is no postcode
        ('"Jansen, Piet","Utrecht, Nederland","06 12345678"', "Utrecht, Nederland"),
        ("The SA 2000 model is sold out.", "SA 2000"),
        # a title's words joined to a name found wrongly stay out of it
        ("Voorlezen uit Harry Potter en Maria Montessori.", "Harry Potter en"),
        ("Het boek over Willem van Oranje en Maria Stuart.", "Oranje en"),
        # a tax number is not a phone's to call back
        ("belastingnummer 123456789 staat op de brief", "belastingnummer"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
