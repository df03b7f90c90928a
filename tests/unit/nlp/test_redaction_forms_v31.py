"""Unit tests for the forms the redaction rules learnt from test_v32's misses: one case each, and the look-alikes
that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # a code in brackets right after a person's name; lower-case letters glued to digits
        ("Planning dinsdag: Bram de Wit (KV-3381), tel volgt.", "KV-3381", "CUSTOMER_NUMBER"),
        ("No-show: A. Jansen (dog55120), kosten € 20.", "dog55120", "CUSTOMER_NUMBER"),
        # a two-letter prefix after a customer-number cue; "Klantkaart:", "hirer"
        ("Servicecontract tv 118 4402 loopt door.", "tv 118 4402", "CUSTOMER_NUMBER"),
        ("Klantkaart: KK-5521", "KK-5521", "CUSTOMER_NUMBER"),
        ("Deposit paid, hirer H 330 912.", "H 330 912", "CUSTOMER_NUMBER"),
        # a postcode "read out as" digit by digit; "-bov" and "1e et" after a house number
        ("Postcode read out as 3 5 1 2 K L, please check.", "3 5 1 2 K L", "POSTCODE"),
        ("Bij J. Smit, Kerkstraat 35-bov; trap smal.", "Kerkstraat 35-bov", "ADDRESS"),
        ("Contact P. de Vries, Dorpsweg 8 2e et, 1234 AB Ergens", "Dorpsweg 8 2e et", "ADDRESS"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Jan de Vries (45) belde over de lift.", "(45)"),
        ("Jan de Vries (12-03) belde over de lift.", "(12-03)"),
        ("Jan de Vries (2019) kocht de lift.", "(2019)"),
        ("De polis van 12345 euro is duur.", "12345"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text


def test_a_plate_after_its_cue_keeps_a_two_letter_start():
    assert redact("kenteken pv 627 k graag noteren").text == "kenteken [PLATE] graag noteren"
