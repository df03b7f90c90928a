"""Unit tests for the forms the redaction rules learnt from test_v17's misses: one case each, and the
look-alikes that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import kind_covering


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        ("Opzeggen per 1 mei. Jansen, Pieter, Kerkstraat 2 hs, 1234 AB Ede.", "Jansen, Pieter", "NAME"),
        ("Account 123 belongs to Nowak, Małgorzata; IBAN follows", "Nowak, Małgorzata", "NAME"),
        ("Patiënt: Korte, Lonneke de\nGeb.datum: 12/05/1982", "Korte, Lonneke de", "NAME"),
        ("Rekening voor Anjali Tjon A Joe: graag", "Anjali Tjon A Joe", "NAME"),
        ("refund to NL91  ABNA  0417  1643  00, thanks", "NL91  ABNA  0417  1643  00", "IBAN"),
        ("my bank card (4111 1111\n1111 1111) and a student card", "4111 1111\n1111 1111", "CARD"),
        ("Theatre subscription LN 3398: please", "LN 3398", "CUSTOMER_NUMBER"),
        ("Stallingspas 8927-3095-1611 hoort bij de caravan", "8927-3095-1611", "CUSTOMER_NUMBER"),
        ("Klantnummer bij u KN 082-039-174.", "KN 082-039-174", "CUSTOMER_NUMBER"),
        ("Date of birth: March twenty-six, nineteen fifty-five.", "March twenty-six, nineteen fifty-five", "DOB"),
        ("please send it to our old address Lindelaan 12a.", "Lindelaan 12a", "ADDRESS"),
        ("Sturen naar Bushra Ali, Nieuwe Gouw 139-B, 4589  NN Brielle.", "Nieuwe Gouw 139-B", "ADDRESS"),
        (
            "mijn pinpas (vier nul nul nul … nul nul nul nul … nul nul nul nul … nul nul nul twee)",
            "vier nul nul nul … nul nul nul nul … nul nul nul nul … nul nul nul twee",
            "CARD",
        ),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert kind_covering(text, secret) == kind, redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Mijn zorgpas staat op een andere naam",
        "A Nice day to you all",
        "Amsterdam, de hoofdstad, is druk",
    ],
)
def test_the_look_alike_stays(text):
    assert redact(text).text == text


def test_a_bsn_after_a_pass_word_is_still_a_bsn():
    assert kind_covering("Mijn zorgpas staat op BSN 111 222 333 maar", "111 222 333") == "BSN"
