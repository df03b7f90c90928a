"""Unit tests for the forms the redaction rules learnt on 2026-11-29 (late) from the misses of test_v107 and
test_v108: one case each, and the look-alikes that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # plates from abroad near a word about a vehicle: Irish (year, county, number), Nigerian, Singaporean and
        # South African (Gauteng) shapes, which a shorter shape used to take part of
        ("Learner permit on car 171-KE-20431 for the test.", "171-KE-20431", "PLATE"),
        ("The driver with KJA-552TR never came.", "KJA-552TR", "PLATE"),
        ("The driver with EPE 318 KT never came.", "EPE 318 KT", "PLATE"),
        ("Our driver with SKP 4821 C was late again.", "SKP 4821 C", "PLATE"),
        ("My horse box ND 45 KL GP is parked at the gate.", "ND 45 KL GP", "PLATE"),
        # a flat, unit, plot or block before the number and a street without a street word
        ("Return label for T. Okoro, Unit 7, 42 Micklegate, YO1 6JX.", "Unit 7, 42 Micklegate", "ADDRESS"),
        ("Deliver to Flat 3B, 9 Stonegate; ring twice.", "Flat 3B, 9 Stonegate", "ADDRESS"),
        (
            "Plot assigned to Harm Jansen, Blk 41 #09-118, 70 Bukit Batok Road, 650070.",
            "Blk 41 #09-118, 70 Bukit Batok Road",
            "ADDRESS",
        ),
        # the part of the house written after a space and a slash
        ("Nieuw adres: Kerkstraat 12 /3, 1234 AB Utrecht.", "Kerkstraat 12 /3", "ADDRESS"),
        # a register's name after its cue at the end of a sentence
        ("Refund it, account name VORSTERMANS, Wendeline.", "VORSTERMANS, Wendeline", "NAME"),
        # a direct debit's mandate
        ("Incasso mislukt, mandaat 381.552.07, debiteur onbekend.", "381.552.07", "CUSTOMER_NUMBER"),
        ("Direct debit failed, mandate ref 7781-2209-44.", "7781-2209-44", "CUSTOMER_NUMBER"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Product SKU KJA-552TR is back in stock.", "KJA-552TR"),  # no vehicle near it: a product's code
        ("Flat 5 is still empty, says the landlord.", "Flat 5"),  # no street after it
        ("We moved from Utrecht, Nederland.", "Utrecht, Nederland"),  # no cue: a place and its country
        ("De raad gaf de wethouder een mandaat voor de onderhandelingen.", "mandaat"),  # no value after it
        ("The unit 4, 12 and 16 lessons are online.", "12 and 16 lessons"),  # a course's units, no street
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
