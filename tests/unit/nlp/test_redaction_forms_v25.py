"""Unit tests for the forms the redaction rules learnt from test_v26's misses: one case each, and the look-alikes
that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # postcodes with a dot, with dotted letters, after "BE-"; French addresses and postcodes
        ("Generaal Foulkesweg 168 rood, 2574.VN Emmen", "2574.VN", "POSTCODE"),
        ("Afleveradres: Rijnstraat 39, 2131 M.V. Purmerend", "2131 M.V.", "POSTCODE"),
        ("Kapelsestraat 163, BE-8310 Aalst, gsm", "BE-8310", "POSTCODE"),
        ("Ons huis: 44 boulevard Victor Hugo, F-59800 Lyon.", "44 boulevard Victor Hugo", "ADDRESS"),
        ("Ons huis: 12, rue de la République, F-59800 Lyon.", "12, rue de la République", "ADDRESS"),
        # a range of house numbers, a compass word after a street with "Van" before it
        ("Adres: Lange Voort 58 t/m 62\n1471 RR Zundert", "Lange Voort 58 t/m 62", "ADDRESS"),
        ("Sleutel bij buurman, Van Heemstraweg-West 9bg, tel.", "Van Heemstraweg-West 9bg", "ADDRESS"),
        # a French plate after "plaque", plates near "rijd" and a van
        ("Franse klant, plaque BX 233 AC.", "BX 233 AC", "PLATE"),
        ("ik rijd vanavond met de 36sj43, baard", "36sj43", "PLATE"),
        ("Monteursbus PGZ70L staat op de stoep.", "PGZ70L", "PLATE"),
        # a card read out in fours with commas, a BSN with underscores
        ("Kaartnummer zoals voorgelezen: 4604, 7785, 8107, 1936", "4604, 7785, 8107, 1936", "CARD"),
        ("BSN 362_266_621.", "362_266_621", "BSN"),
        # an export's date with a midnight time, a date with spaces after a birth cue
        ('"1950-04-06T00:00:00","stoker"', "1950-04-06T00:00:00", "DOB"),
        ("en geboren op 17 06 1973.", "17 06 1973", "DOB"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    "text",
    [
        "versie 2024.EN is uit",
        "Route 66 is mooi",
        "Ik heb 12, 13, 14, 15 stuks",
        "Het kost 3,5 rue",
    ],
)
def test_the_look_alike_stays(text):
    assert redact(text).text == text


def test_a_card_read_in_fours_does_not_take_an_address_and_phone_after_it():
    assert redact("Jonkheer Ramweg 138-2, 046-5127252.").text == "[ADDRESS], [PHONE]."
