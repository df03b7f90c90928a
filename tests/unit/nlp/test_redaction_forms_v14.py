"""Unit tests for the forms the redaction rules learnt from test_v15's misses: one case each, and the
look-alikes that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import kind_covering


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        ("geboren 3 JUN/JUN 1980, met partner", "3 JUN/JUN 1980", "DOB"),
        ("Date of birth?\nPatient: 4 May 19 82.", "4 May 19 82", "DOB"),
        ("mijn geboortedatum is 04051982, klopt dat", "04051982", "DOB"),
        ("Uw geboortedatum?\nPatiënt: twaalf, drie, tweeënzestig.", "twaalf, drie, tweeënzestig", "DOB"),
        ("En uw postcode?\nPatiënt: twaalf vierendertig, we-pe.", "twaalf vierendertig, we-pe", "POSTCODE"),
        (
            "the card number is four zero zero zero, double zero zero zero, zero zero zero zero, zero zero zero two",
            "four zero zero zero, double zero zero zero, zero zero zero zero, zero zero zero two",
            "CARD",
        ),
        (
            "mijn mail is jan punt smit apenstaartje hot mail punt com",
            "jan punt smit apenstaartje hot mail punt com",
            "EMAIL",
        ),
        ("My email is anna.smit@outlookcom, sorry", "anna.smit@outlookcom", "EMAIL"),
        ("Mijn kenteken is je, achtenzeventig, ge pe ge.", "je, achtenzeventig, ge pe ge", "PLATE"),
        ("Spaanse boete voor huurauto 1234 BCD van maart", "1234 BCD", "PLATE"),
        ("A French fine for AB-123-CD? Not mine", "AB-123-CD", "PLATE"),
        ("Borg terug op RO49 AAAA 1B31 0075 9384 0000, graag", "RO49 AAAA 1B31 0075 9384 0000", "IBAN"),
        ("bezorgen op Plein '44 9-1.", "Plein '44 9-1", "ADDRESS"),
        ("De halszender piept. Cliëntnummer 38.2112. Hij woont", "38.2112", "CUSTOMER_NUMBER"),
        ("klandnummer 1234 5678 90", "1234 5678 90", "CUSTOMER_NUMBER"),
        ("klantnr\tnaam\tstatus\n475.006.243\tRaoul Biswas\tok", "475.006.243", "CUSTOMER_NUMBER"),
        ("mijn bsn volgt en mijn naam rafaela cardoso wat moet ik nog", "rafaela cardoso", "NAME"),
        ("App review, 2 stars, by Feargal: the app", "Feargal", "NAME"),
        ("Gezinsleden:\n- Kasper, kasper@home.nl\n- Rosa, geb. 23-05-2013", "Kasper", "NAME"),
        ("Afspraak: MOURA, Gustavo, geboren 11 MEI/MAY 1991, met", "MOURA, Gustavo", "NAME"),
        ("for KEANE Dearbhla, born 25 SEP/SEP 2002, and", "KEANE Dearbhla", "NAME"),
        ("Dag Dani, dank voor je antwoord.", "Dani", "NAME"),
        ("That's not my car, it is registered to Jiayi Zeng.", "Jiayi Zeng", "NAME"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert kind_covering(text, secret) == kind, redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "the Sagemcom F@st 5670 is still not working",
        "Mijn broer belt soms namens mij over de factuur",
        "Uitvaartvereniging Sint Barbara regelt de uitvaart",
        "Ik ga studeren aan Sofia University in september",
        "Wedstrijd in het Abe Lenstra Stadion begint om drie uur",
        "Dag, hoe gaat het?",
        "LET OP, Klanten die geboren zijn in mei krijgen korting",
    ],
)
def test_the_look_alike_stays(text):
    assert redact(text).text == text


def test_a_surname_that_ends_like_a_business_word_is_a_name():
    assert kind_covering("Retour t.n.v. I.M. Verkerk graag", "I.M. Verkerk") == "NAME"
