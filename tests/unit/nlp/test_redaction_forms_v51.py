"""Unit tests for the forms the redaction rules learnt from test_v51's misses: one case each, and the look-alikes
that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # the surname before dotted initials, as a medical record writes a patient
        ("Verwijsbrief\nPatiënt: Bakker J.P.\nGeboortedatum: 3-4-1950", "Bakker J.P.", "NAME"),
        ("Parkeerkaart, houder Smit A.B., geb. 1-2-1960.", "Smit A.B.", "NAME"),
        ("Labformulier: van der Berg K.L., geb. 12-3-1948", "van der Berg K.L.", "NAME"),
        # a visitor, a patient in lower case, a name before "phone"
        ("Bezoeker Marloes Kuiper kwam om 10:30 met de auto.", "Marloes Kuiper", "NAME"),
        ("Oefenschema gemaild, patiënt anna visser, drie sessies over.", "anna visser", "NAME"),
        ("web form: name anna visser, phone 0612345678", "anna visser", "NAME"),
        # a donor's number, an EHIC number
        ("Ik ben donor 33 512 908; wanneer mag ik weer?", "33 512 908", "CUSTOMER_NUMBER"),
        ("Op mijn EHIC staat 80528104417281932210, klopt dat?", "80528104417281932210", "CUSTOMER_NUMBER"),
        # an IBAN whose account part holds letters, its last group short and in capitals
        ("Terug naar BG04 BNBG 9661 1020 ABCD ZR graag.", "BG04 BNBG 9661 1020 ABCD ZR", "IBAN"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a card's four groups followed by a fifth of the same mark are no card
        ("Referentie 8052 8461 8649 5434 1736 2209 ontvangen.", "Referentie"),
        # "visitor" as a word
        ("The visitor parking is full.", "The visitor parking is full."),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
