"""Unit tests for the forms the redaction rules learnt from test_v37's misses: one case each, and the look-alikes
that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from nlp.redaction.ocr_repair import ocr_repaired
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # OCR's letters for digits and digits for letters
        ("[scan] Tel: O6-12345678  Rek.nr: NLl4RABO0123456789", "O6-12345678", "PHONE"),
        ("[scan] Rek.nr: NLl4RABO0123456789, klant belt terug", "NLl4RABO0123456789", "IBAN"),
        ("[OCR] Geb.datum: l4-O5-l952 Adres onbekend", "l4-O5-l952", "DOB"),
        ("[OCR] Naam verzekerde: T0by Bl0m, zie bijlage", "T0by Bl0m", "NAME"),
        # "op naam" without "van"; "Tj." as an initial; Limburgish cues
        ("Bon op naam hylke bogaers, graag bewaren.", "hylke bogaers", "NAME"),
        ("Patient Tj. Kowalczyk belde over de nota.", "Tj. Kowalczyk", "NAME"),
        ("Ich heb mien pas kwiet, klantnómmer 543508, gebaore 28-2-1953.", "543508", "CUSTOMER_NUMBER"),
        ("Ich heb mien pas kwiet, gebaore 28-2-1953.", "28-2-1953", "DOB"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    "text",
    ["Windows 11, SW1A 2AA, BD10KP, 9362ll and l8 7qd", "Kamer 1O1 en Order 2O26", "NLl4RABO0123456789 T0by"],
)
def test_ocr_repair_keeps_every_character_in_its_place(text):
    assert len(ocr_repaired(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Ordernummer volgt; de auto staat op naam van de zaak.", "op naam van de zaak"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text


def test_postcodes_and_plates_are_not_repaired():
    assert ocr_repaired("SW1A 2AA, BD10KP, 9362ll, l8 7qd") == "SW1A 2AA, BD10KP, 9362ll, l8 7qd"


@pytest.mark.parametrize("text", ["bel nul zes ſix een twee drie vier vijf zes zeven acht", "zero ſıx one two"])
def test_a_long_s_or_a_dotless_i_in_a_number_word_does_not_crash(text):
    assert redact(text).text
