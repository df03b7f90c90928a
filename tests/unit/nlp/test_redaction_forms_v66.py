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
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a hyphen after an initial that is no name
        ("Vitamine B.-complex is uitverkocht.", "Vitamine B.-complex"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
