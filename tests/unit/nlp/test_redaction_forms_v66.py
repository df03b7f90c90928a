"""Unit tests for the forms the redaction rules learnt in the rounds of 2026-11-29 (seen splits' misses, then
test_v66's): one case each, and the look-alikes that must stay. The cases are made up here, not taken from the
corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # hyphenated initials before a surname
        ("Klant A.-M. Koerts belde over de factuur.", "A.-M. Koerts", "NAME"),
        ("Please send the card to J.-P. Lefebvre, 3 Mill Lane.", "J.-P. Lefebvre", "NAME"),
        # a name after another number's last digits and a word that looks like a postcode's letters
        ("Fees paid from LU38 0019 4006 4475 3312 by R.J. Maessen.", "R.J. Maessen", "NAME"),
        # a name that "is geboren op" / "was born on" a date
        ("Voor de Sint: Fenna is geboren op 12-03-2016.", "Fenna", "NAME"),
        ("Bijlage: en Sefa is geboren op 3-4-2019.", "Sefa", "NAME"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a hyphen after an initial that is no name
        ("Vitamine B.-complex is uitverkocht.", "Vitamine B.-complex"),
        # a saint's school after "de", and the place after a date's year
        ("Hij zit op de Sint Jozef school in Venlo.", "Sint Jozef"),
        ("geboren op 23/12/1950 te Tirana", "Tirana"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
