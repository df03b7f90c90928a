"""Unit tests for the forms the redaction rules learnt from test_v57's misses: one case each, and the look-alikes
that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # a BSN and a postcode as whole fields of a comma-separated row whose header names them
        ("Name,BSN,Postcode\nJansen, P.,111.222.333,1234 ab", "111.222.333", "BSN"),
        ("Name,BSN,Postcode\nJansen, P.,111222333,1234 ab", "1234 ab", "POSTCODE"),
        # a mobile number with a space inside "06"; an address with spaced "(@)" and "(.)"
        ("Contactpersoon P. Smit, 0 6 12 345 678.", "0 6 12 345 678", "PHONE"),
        ("e-mail piet (@) example (.) nl graag", "piet (@) example (.) nl", "EMAIL"),
        # a postcode after an address, its letters in the spelling alphabet
        ("verhuisd naar Hoogoord 10bis, 4418 Lodewijk Theodoor.", "4418 Lodewijk Theodoor", "POSTCODE"),
        # a card's holder in capitals
        ("Card on file: 4111 1111 1111 1111, holder ANNA DE VRIES.", "ANNA DE VRIES", "NAME"),
        # numbers by their cue: a mortgage application, a grave's right holder, a debt help intake
        ("Hypotheekaanvraag HYP-12345678: aanvragers P. en Q.", "HYP-12345678", "CUSTOMER_NUMBER"),
        ("nota naar de rechthebbende 123456/R graag", "123456/R", "CUSTOMER_NUMBER"),
        ("Debt help intake D01-123456 for P. Smit", "D01-123456", "CUSTOMER_NUMBER"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # amounts in a comma-separated line; a subscription desk's and a service desk's mailboxes
        ("Totaal,1,234,1000 ml", "1,234,1000 ml"),
        ("Opzeggen via abonnementen@krant.nl kan altijd.", "abonnementen@krant.nl"),
        ("Mail servicedesk@gemeente.nl voor vragen.", "servicedesk@gemeente.nl"),
        # a housing corporation signing a letter; an agent's exclamation
        ("Met vriendelijke groet,\nVestia", "Vestia"),
        ("Medewerker: Vervelend! Ik maak een melding aan.", "Vervelend"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
