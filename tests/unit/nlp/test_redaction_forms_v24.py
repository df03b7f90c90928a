"""Unit tests for the forms the redaction rules learnt from test_v25's misses: one case each, and the
look-alikes that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # numbers read out with hesitations between the groups
        ("Kaartnummer: 4111, eh, een een een een, eh, 1111, eh, een een een een.", None, "CARD"),
        ("Mijn BSN 111, uhm, 222, 333.", "111, uhm, 222, 333", "BSN"),
        # dates with spaced dashes, in Polish, Spanish and Italian, a hesitation before the year
        ("geboren 21 - 06 - 1932, woont in Geldrop", "21 - 06 - 1932", "DOB"),
        ("geboren 18 kwietnia 1976 r., aankomst maandag", "18 kwietnia 1976 r.", "DOB"),
        ("geboren 18 de octubre de 1988, aankomst", "18 de octubre de 1988", "DOB"),
        ("geboren 19 gennaio 2001, aankomst", "19 gennaio 2001", "DOB"),
        ("and I was born on the 13th of March, um, 1967.", "13th of March, um, 1967", "DOB"),
        # every date on a line that lists birth dates
        ("Geboortedata gezin: Freek 12/9/'96, kinderen Yfke 17 jul. 2010 en Bo 3/9/'16.", "3/9/'16", "DOB"),
        # a form as field and value lines, a table with a tab and a comma in its header
        ("Veld: Geboortedatum\nWaarde: 2004-03-16", "2004-03-16", "DOB"),
        ("Field: Date of birth\nValue: 13 May. 2004", "13 May. 2004", "DOB"),
        ("Achternaam, voornaam\tGeboortedatum\nKok, Gerda\t22-4-2002", "22-4-2002", "DOB"),
        # a BSN with slashes, a postcode after "NL ", a house number after a comma
        ("BSN pleegkind 139/210/295, verzekering", "139/210/295", "BSN"),
        ("Adres: Zwanenveld 84bis, NL 1388 ZB", "NL 1388 ZB", "POSTCODE"),
        ("rekeninghouder Anna Smit, adres Lange Nieuwstraat, 25.", "Lange Nieuwstraat, 25", "ADDRESS"),
        # an SQL statement's values
        (
            "INSERT INTO leden VALUES ('L-9351', 'WIJK, Wilma', '+31-6-8047-0228', '4940 dz');",
            "L-9351",
            "CUSTOMER_NUMBER",
        ),
        ("INSERT INTO leden VALUES ('L-9351', 'WIJK, Wilma', '+31-6-8047-0228', '4940 dz');", "WIJK, Wilma", "NAME"),
        # an e-mail address spelled letter by letter in three parts at a ".me" domain
        ("letter by letter: l o r e n z o dot c o l o m b o dot p r i v e at proton dot me.", None, "EMAIL"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb eh 3 dingen, eh, 4 dingen en 5 dingen",
        "Maat 21 - 06 - 32",
        "Prijs 10 - 12 - 2025 actie",
        "Vul je geboortedatum in voor 1 mei 2026.",
        "datum 12/03/2025 en 14/03/2025",
    ],
)
def test_the_look_alike_stays(text):
    assert redact(text).text == text


def test_a_postcode_after_a_street_and_a_comma_is_no_house_number():
    assert redact("Kerkstraat, 1234 AB Ede").text == "Kerkstraat, [POSTCODE] Ede"
