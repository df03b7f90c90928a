"""Unit tests for the forms the redaction rules learnt from test_v36's misses: one case each, and the look-alikes
that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # "/II" after the house number; a name in capitals above "Adres:"
        ("Nieuw adres Lindelaan 12/II, 1234 AB Ergens", "Lindelaan 12/II", "ADDRESS"),
        ("Formulier:\nger: KAREN VISSER\nAdres: Lindelaan 12\n1234 AB", "KAREN VISSER", "NAME"),
        # a lower-case signature in brackets; lower-case initials and surname after a word for a person
        ("Stuur het maar door (van p. de groot)", "p. de groot", "NAME"),
        ("Kaart geweigerd; klant j.k. van dijk.", "j.k. van dijk", "NAME"),
        # an airline's passenger list; "name" before a name in capitals
        ("PNR: 1. VISSER/KAREN MRS 2. VISSER/TOM CHD", "VISSER/KAREN", "NAME"),
        ("Send it to the IBAN, name KAREN VISSER, today.", "KAREN VISSER", "NAME"),
        # register order after "lid"; a Turkish plate beside a vehicle word
        ("Export bevat het e-mailadres van lid Visser, Karen' - prio hoog", "Visser, Karen", "NAME"),
        ("Hij kwam met de auto 34 AB 1234 langs.", "34 AB 1234", "PLATE"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Zie de bijlage (van de afdeling).", "van de afdeling"),
        ("Bestelling 34 AB 1234 is verzonden.", "34 AB 1234"),
        ("Route A/B MR is dicht.", "A/B"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
