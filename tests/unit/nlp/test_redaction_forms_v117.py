"""Unit tests for the forms the redaction rules learnt on 2026-11-30 from the misses of test_v117 and test_v118: one
case each, and the look-alikes that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # national numbers abroad after the word that names them
        ("For the tax form my SIN is 046 454 286, eh.", "046 454 286", "BSN"),
        ("Registration: NIN 4821 550 9037, DOB on file.", "4821 550 9037", "BSN"),
        ("Her CNP 2650412123458 is on the pension letter.", "2650412123458", "BSN"),
        ("My NRIC T0412345J, can do?", "T0412345J", "BSN"),
        # a spreadsheet's formula on a birth date's row
        ("Leden.xlsx\nC9\tGeboortedatum\t=DATUM(1979;4;2)", "1979;4;2", "DOB"),
        # streets whose kind comes first, with the flat after the number, and Romania's postcode
        (
            "Send it to Str. Mihai Eminescu nr. 12, bl. A3, sc. 1, ap. 9, 310045 Arad.",
            "Str. Mihai Eminescu nr. 12, bl. A3, sc. 1, ap. 9",
            "ADDRESS",
        ),
        ("Send it to Str. Mihai Eminescu nr. 12, bl. A3, sc. 1, ap. 9, 310045 Arad.", "310045", "POSTCODE"),
        ("Adres babci: ul. Długa 14 m. 3, 80-831 Gdańsk.", "ul. Długa 14 m. 3", "ADDRESS"),
        # a person's fediverse account whose name only ends like a business word ("hal")
        ("@vishal@mastodon.social stuur de offerte maar", "@vishal@mastodon.social", "NAME"),
        # a Chinese mobile in a Latin-script text
        ("Call me on 186-2231-7745, I use WeChat.", "186-2231-7745", "PHONE"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The SIN 123 456 789 in the example fails its check digit.", "123 456 789"),  # Luhn fails
        ("C7\tDeposit due\t=DATE(2025,10,13)", "2025,10,13"),  # a date on no birth date's row
        ("Zie al. 3 hierboven en ul. 5 ook.", "al. 3"),  # a paragraph, no street
        ("@sloepverhuur@mastodon.nl stuur de offerte maar", "@sloepverhuur@mastodon.nl"),  # a business's account
        ("[0:05] Menu: Please spell your number plate.", "Menu"),  # a phone menu speaks
        ("De wandeling start bij Fort Sint Pieter om tien uur.", "Fort Sint Pieter"),  # a place
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
