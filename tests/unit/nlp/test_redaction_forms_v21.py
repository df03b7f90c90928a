"""Unit tests for the forms the redaction rules learnt from test_v22's misses and false positives: one case each,
and the look-alikes that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # German and French months, and a German day with its dot
        ("Geboren 3. Juli 1961 in Aachen.", "3. Juli 1961", "DOB"),
        ("Mijn moeder Ida Peeters (9. Dezember 1939) belt morgen.", "9. Dezember 1939", "DOB"),
        ("Geboortedatum: 4 février 1977.", "4 février 1977", "DOB"),
        ("Né en Belgique, geboren 12 août 1983.", "12 août 1983", "DOB"),
        # six digits after a birth cue: day, month, year
        ("Lid Frits Mol, geboren 150362, polis 123.", "150362", "DOB"),
        ("Kind Sem (geb. 030718) gaat mee.", "030718", "DOB"),
        # a plate read out with both dashes said, after no plate cue
        ("Auto B van Bernard T streepje vier twee streepje N van Nico X staat fout.", None, "PLATE"),
        ("It is seven dash K L M dash four one, not what the camera read.", None, "PLATE"),
        # a plate without dashes where the text is about driving or tyres
        ("Wij rijden in de 12XNT3 naar de rijtest.", "12XNT3", "PLATE"),
        ("Winter tyres for P38LHT are in the tyre hotel.", "P38LHT", "PLATE"),
        ("Kenteken van de bus: GE-CF43E.", "GE-CF43E", "PLATE"),
        # a postcode read out where someone says where they live
        ("Ik woon in drie vier acht negen L T, niet in Ede.", None, "POSTCODE"),
        # the fields of a person's record pasted without its header
        ("crm_export;Schipper, B;Dorpsstraat 13;8607WE;Harderwijk;K-235-5601", "K-235-5601", "CUSTOMER_NUMBER"),
        ("crm_export;Schipper, B;Dorpsstraat 13;8607WE;Harderwijk;K-235-5601", "Schipper, B", "NAME"),
        ("export|Rijn, AC van|Achter Clarenburg 40|8693 TC|Ommen|438 874 06", "Achter Clarenburg 40", "ADDRESS"),
        ("export|Rijn, AC van|Achter Clarenburg 40|8693 TC|Ommen|438 874 06", "438 874 06", "CUSTOMER_NUMBER"),
        ("export;Bosch, R.M.;LANGE NIEUWSTRAAT 185;4061ML;Groningen", "4061ML", "POSTCODE"),
        # a supplier's number, a pass number, and an organisation between a cue and its colon
        ("Leverancier 3031.205.088 wacht op betaling.", "3031.205.088", "CUSTOMER_NUMBER"),
        ("Our supplier no. 3822.428.630 was skipped.", "3822.428.630", "CUSTOMER_NUMBER"),
        ("Annual pass number 2152 7439 7072 expired.", "2152 7439 7072", "CUSTOMER_NUMBER"),
        ("Klantnummer Engie Electrabel: 123 958 86, graag.", "123 958 86", "CUSTOMER_NUMBER"),
        # initials glued before a street in capitals, after the title
        ("Adres: MR. P.J. TROELSTRAWEG 12A, 1234 AB Ede", "MR. P.J. TROELSTRAWEG 12A", "ADDRESS"),
        # a house number in words after "op", in a transcript with no stops
        ("de bel ging bij mevrouw Smit op Kerkweg negen maar niemand deed open", "Kerkweg negen", "ADDRESS"),
        ("ik woon op Achter Clarenburg eenendertig sinds mei", "Achter Clarenburg eenendertig", "ADDRESS"),
        # a phone number that starts in digits and goes on in words
        (
            "bel me op 06 vijf acht vier acht negen drie negen negen",
            "06 vijf acht vier acht negen drie negen negen",
            "PHONE",
        ),
        # "grt" signs off like "groet", and a register's name with its particles last
        ("ok top, grt kofi mensah", "kofi mensah", "NAME"),
        ("Geld terug op mijn rekening a.u.b. Beusekom, R van", "Beusekom, R van", "NAME"),
        ("Klopt niet. Beek, FC van", "Beek, FC van", "NAME"),
        # "UIT DEN" in a name in capitals, which stops before the next field's name
        ("NAAM TEUN UIT DEN BOGAARD GEBOREN 1959-10-28", "TEUN UIT DEN BOGAARD", "NAME"),
        # a given name that is also a month, and Chinese and Vietnamese given names in lower case
        ("Trainer Mei Liu heeft gebeld.", "Mei Liu", "NAME"),
        ("voor mijn moeder wei zhang geboren 4 juli 1950", "wei zhang", "NAME"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    "text",
    [
        # a week number in a score card row is no street
        "Scorekaart wk 12 | team: 2e lijn | score: 8 | -2",
        # an amount or a date in a record row is no customer number
        "export;totaal;€ 1.250,00;12-03-2025;betaald",
        # a code in a row about no person stays
        "artikel;K-235-5601;voorraad;12",
        # "mars" and "mai" are months only in a date
        "De Mars-reep kost 1 euro en de mai-tai 8.",
        # a plate-shaped code with no word about a vehicle near it
        "Het model P38LHT is uitverkocht.",
        # a number in words after "op" and a place that is a count or a time
        "Ik zat op Zuidplein twee uur te wachten.",
        # a sign-off that says who it is from without a name
        "Tot morgen, groet van mij",
    ],
)
def test_the_look_alike_stays(text):
    assert redact(text).text == text


def test_a_month_after_a_day_stays_before_a_name():
    assert redact("Op 1 Mei Jansen gebeld.").text == "Op 1 Mei [NAME] gebeld."
