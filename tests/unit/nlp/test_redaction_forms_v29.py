"""Unit tests for the forms the redaction rules learnt from test_v30's misses: one case each, and the look-alikes
that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # a patient's number after the word, a lower-case prefix, a season pass, a two-digit year glued on
        ("Fysio neemt patiënt 418822 over tijdens verlof.", "418822", "CUSTOMER_NUMBER"),
        ("Sms niet afgeleverd, pt-552190, controleren in het dossier.", "pt-552190", "CUSTOMER_NUMBER"),
        ("Season pass 77310 belongs to the family.", "77310", "CUSTOMER_NUMBER"),
        ("Jaarkaart ZK26-4411 staat op naam.", "ZK26-4411", "CUSTOMER_NUMBER"),
        # a foreign number after "00" in pairs
        ("Bereikbaar via 00 32 4 71 22 19 83 na vijven.", "00 32 4 71 22 19 83", "PHONE"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a document's number after its word is the document's; a mortgage offer's is the customer's (below)
        ("Mijn horloge is nog in reparatie R-20417.", "R-20417"),
        ("I booked KB-551903 but no confirmation came.", "KB-551903"),
        ("Exact Online: factuur F-22018 geboekt op 8000.", "F-22018"),
        # businesses named after a trade and a person
        ("Meubelstoffeerderij Piet de Groot neemt de zaak over.", "Piet de Groot"),
        ("Zijn mijn zolen van Podotherapie Sint Maarten klaar?", "Sint Maarten"),
        ("De school is CBS Koningin Juliana in Ede.", "Koningin Juliana"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text


def test_a_mortgage_offer_number_is_no_document_number():
    assert_redacted_as("Hypotheekofferte HYP-4471902, onderpand volgt.", "HYP-4471902", "CUSTOMER_NUMBER")
