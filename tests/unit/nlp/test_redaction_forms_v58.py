"""Unit tests for the forms the redaction rules learnt from test_v58's misses: one case each, and the look-alikes
that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # the surname in capitals and initials, in a tab row, after a comma or a dash
        ("Intake Praktijk Oost\tBAKKER J.\t3 mei 1970\t06-12345678", "BAKKER J.", "NAME"),
        ("VAN DER MEER P.\tKerkstraat 12\t1234 AB", "VAN DER MEER P.", "NAME"),
        ("Patient no. 4711, JANSEN K., delivery on Monday.", "JANSEN K.", "NAME"),
        # the surname, then the given name in brackets
        ("Inschrijving: Bakker (Sanne), geboren 1-2-2001", "Bakker (Sanne)", "NAME"),
        ("Patiëntnr 1234 - Jansen (Pieter) - geb. 4-5-1960", "Jansen (Pieter)", "NAME"),
        # a lower-case name before "geb", a listed first name first
        ("masker besteld voor pieter de boer geb 11.10.1950, levering", "pieter de boer", "NAME"),
        # a chat speaker after a date and a time in brackets
        ("[03-04-26 09:15:02] Sanne: ik ben er over vijf minuten", "Sanne", "NAME"),
        # numbers by their cue: a student number, a client reference, a club's player card
        ("stud.nr s1234567 wil de machtiging wijzigen", "s1234567", "CUSTOMER_NUMBER"),
        ("Owner P. Smit, client ref VVE1234-567, asked", "VVE1234-567", "CUSTOMER_NUMBER"),
        ("spelerspas ABCD12E kwijt", "ABCD12E", "CUSTOMER_NUMBER"),
        # a plate after "coach"
        ("The coach 12 BDD 3 picks up the team at nine.", "12 BDD 3", "PLATE"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a place with its district in brackets; "ID" after "Student"
        ("Ik woon in Amsterdam (Noord) sinds mei.", "Amsterdam (Noord)"),
        ("Student ID 1234567, requests a refund.", "Student ID"),
        # insurers and storage companies after "monteur" or as a sender
        ("De lift is stuk, monteur Menzis komt morgen.", "Menzis"),
        ("Afzender: Shurgard\nOnderwerp: uw bestelling", "Shurgard"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
