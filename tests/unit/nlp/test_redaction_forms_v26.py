"""Unit tests for the forms the redaction rules learnt from test_v27's misses: one case each, and the look-alikes
that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # plates with middle dots, shapes beside the sidecodes, French plates after "voiture", a van someone drives
        ("De monteur parkeert de 4·TX·219 voor de deur.", "4·TX·219", "PLATE"),
        ("Hij rijdt met 318-K-PD naar de klant.", "318-K-PD", "PLATE"),
        ("Aangemelde kentekens: R-NB-417 en 5-GHJ-22.", "R-NB-417", "PLATE"),
        ("Cliente française, voiture KP-412-DM, stationnée devant.", "KP-412-DM", "PLATE"),
        ("The plumber drives van 3KV218 to every job.", "3KV218", "PLATE"),
        ("Parkeren met xdk417 mag tot vijf uur.", "xdk417", "PLATE"),
        # e-mail addresses read out letter by letter with commas round the at word, hyphens and braces
        (
            "mijn mail spel ik: s a n n e punt b o s, apenstaartje, ziggo punt nl",
            "s a n n e punt b o s, apenstaartje, ziggo punt nl",
            "EMAIL",
        ),
        ("my email is P-I-M-full stop-D-E-K-K-E-R at gmail.com", "P-I-M-full stop-D-E-K-K-E-R at gmail.com", "EMAIL"),
        ("schrijf naar vos1980 {at} planet.nl aub", "vos1980 {at} planet.nl", "EMAIL"),
        # streets named with a preposition after "bij" or a field, named with a number; a flat; "60 bis avenue"
        ("De bus stopt bij Achter de Molen 7; daar wacht de klant.", "Achter de Molen 7", "ADDRESS"),
        ("Street: Onder de Linden no. 14", "Onder de Linden no. 14", "ADDRESS"),
        ("Nieuw adres: Plein 1813 21, 6211 KK Maastricht", "Plein 1813 21", "ADDRESS"),
        ("Customer Ewan Reid, 2F1, 14 Leith Walk, Edinburgh EH6 5AA.", "2F1, 14 Leith Walk", "ADDRESS"),
        ("Client Luc Martin, 8 bis rue Victor Hugo, 75011 Paris.", "8 bis rue Victor Hugo", "ADDRESS"),
        # a surname after "ten"/"ter" that is also a word, a car brand as a surname after a first name
        ("Huurder Gerrit ten Have belt over de lekkage.", "Gerrit ten Have", "NAME"),
        ("Payment received from Hiroshi Suzuki for the deposit.", "Hiroshi Suzuki", "NAME"),
        # a name in capitals after "AFZENDER:", initials after a surname in capitals, a student
        ("AFZENDER: MARIEKE BOS · Dorpsstraat 4 · 1234 AB Ergens", "MARIEKE BOS", "NAME"),
        ("Naam: HOEKSTRA P.J\nStraat: Kerkweg 3", "HOEKSTRA P.J", "NAME"),
        ("Student Lerato Mokoena from Durban asked about rent.", "Lerato Mokoena", "NAME"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Het ligt ten Oosten van de stad.",
        "I have a Suzuki Swift and we have to go.",
        "Afzender: Bol.com, pakket onderweg.",
        "De student heeft een vraag over de huur.",
        "We hebben in de straat 12 lantaarns, 3 zijn kapot.",
        "Wij zijn er at, say, five.",
        "Kamer 3F2 is vrij vanaf maandag.",
        "Versie 3.4.1 van de app, build 117-B-XY.",
    ],
)
def test_the_look_alike_stays(text):
    assert redact(text).text == text
