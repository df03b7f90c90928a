"""Unit tests for the forms the redaction rules learnt from test_v53's misses: one case each, and the look-alikes
that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # a WhatsApp export's speaker, with and without the date before the time
        ("10:15 - Gintarė: kan ik vrijdag langskomen?", "Gintarė", "NAME"),
        ("03-02-2026 10:15 - Bas-Jan: ik ben er om 3 uur", "Bas-Jan", "NAME"),
        # a lower-case name after a bill's or a device's owner cue
        ("Betaald met iDEAL, billing name yusuf, land NL.", "yusuf", "NAME"),
        ("Melding verstuurd (device van noor van dam)", "noor van dam", "NAME"),
        # a surname in capitals before the given name; a surname and a comma after a label
        ("Aanvrager KOWALSKA Agnieszka wil een afspraak.", "KOWALSKA Agnieszka", "NAME"),
        ("Klantkaart: Brouwers, Aleksandra | tel 06 12345678", "Brouwers, Aleksandra", "NAME"),
        ("Customer 'T HOEN Mila asked for a refund.", "'T HOEN Mila", "NAME"),
        # a cleaner or a babysitter with a given name
        ("Schoonmaker Dragana kwam vandaag niet.", "Dragana", "NAME"),
        # the name a date of birth follows
        ("Inschrijving voor Fenna, geboortedatum 12-03-2019, groep 1.", "Fenna", "NAME"),
        # a charging card's contract id (EMAID), and a relation number with its abbreviation
        ("Laadpas NL-ABC-C12345678-X doet het niet.", "NL-ABC-C12345678-X", "CUSTOMER_NUMBER"),
        ("charging card DEXYZC98765432K was charged twice", "DEXYZC98765432K", "CUSTOMER_NUMBER"),
        ("Ik betaal via account rel. 48213.", "rel. 48213", "CUSTOMER_NUMBER"),
        # a plate in three groups after its cue that is not one of the Dutch sidecodes
        ("De slagboom bleef dicht voor kenteken GHT 3 KL.", "GHT 3 KL", "PLATE"),
        # a street that is its street word alone; a unit after the number
        ("Bezorgadres: Markt 14-bis, Gouda", "Markt 14-bis", "ADDRESS"),
        ("ADRES: GROTE MARKT 22 UNIT 4", "GROTE MARKT 22 UNIT 4", "ADDRESS"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a charge point's EVSE id, a date written year first, a year after a date's slash, a price per walk
        ("Storing aan paal NL*ABC*E45678*2, bel de helpdesk.", "NL*ABC*E45678*2"),
        ('Export: "2026/03/02 9:15:00 AM","Fotoshoot"', "2026/03/02 9:15:00"),
        ("De bruiloft is op 12/06/2026 in Kasteel Doorwerth.", "2026 in Kasteel"),
        ("The dog walker charges € 7,50 per walk.", "7,50 per walk"),
        ("It is a 10 minute walk from the station.", "10 minute walk"),
        # a market without a number, an acronym before a word
        ("We staan op de Markt 3 keer per week.", "Markt 3 keer"),
        ("De schoonmaker Maandag kwam niet.", "Maandag"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
