"""Unit tests for the forms the redaction rules learnt from test_v60's misses: one case each, and the look-alikes
that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # a date of birth in a row pasted with "|" between the cells, beside the name's cell
        ("Aanmelding zwemles | Noor Bakker | 14/02/2016 | noor.b@example.nl", "14/02/2016", "DOB"),
        ("Member form | Daan de Wit | 3 Oct 2012 | 06-12345678", "3 Oct 2012", "DOB"),
        # a double surname whose parts are listed surnames
        ("Hiltje de Groot-Visser belde over de meterkast.", "Hiltje de Groot-Visser", "NAME"),
        # an address after the note's "adr"
        ("notitie: adr Zeilboot 14b, tel volgt", "Zeilboot 14b", "ADDRESS"),
        # an English phone number read out in tens and units ("thirty four")
        ("my number is zero six forty one twenty two ninety eight seventy three", "zero six forty one", "PHONE"),
        # an English postcode read out in tens and units, and a date of birth read out as numbers
        ("my postcode is sixty seventy two k l", "sixty seventy two k l", "POSTCODE"),
        ("and I was born twelve three nineteen sixty one", "twelve three nineteen sixty one", "DOB"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # places on a river written like a particle and a surname
        ("Het afvalbrengstation in Alphen aan den Rijn is zaterdag open.", "Alphen aan den Rijn"),
        ("Storing in Capelle aan den IJssel verholpen.", "Capelle aan den IJssel"),
        # a chatbot's name beside what it is
        ("Sam de chatbot: Waarmee kan ik helpen?", "Sam de chatbot"),
        ("Lotje (virtuele assistent): Dank u wel.", "Lotje (virtuele assistent)"),
        ("Onze chatbot Mees helpt u graag.", "chatbot Mees"),
        # a recent date in a "|" row is an appointment's, not a birth date
        ("Order | Jan Jansen | 12/03/2026 | geleverd", "12/03/2026"),
        # hyphenated words that are no double surname
        ("Ik woon in Noord-Holland en rijd een Rolls-Royce.", "Noord-Holland en rijd een Rolls-Royce"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
