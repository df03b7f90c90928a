"""Unit tests for the forms the redaction rules learnt from test_v13's misses: one case each, and the
look-alikes that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from nlp.redaction.spelled import number_value
from tests.unit.nlp.redaction_cases import kind_covering


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        ("bel me op 0171 23456789 na vijven", "0171 23456789", "PHONE"),
        ("appen kan: wa.me/31612345678", "31612345678", "PHONE"),
        ("Goeiendag, Kerkstraat 12, 9000. De krant", "9000", "POSTCODE"),
        ("examen morgen, kandidaatnummer 1234 567 890", "1234 567 890", "CUSTOMER_NUMBER"),
        ("clubcard 1234 5678 9012 staat op mijn zoon", "1234 5678 9012", "CUSTOMER_NUMBER"),
        ("https://x.nl/afspraak?huisnr=2&klant=12.345.678", "12.345.678", "CUSTOMER_NUMBER"),
        ("Abonnee 123 456 789, graag opzeggen", "123 456 789", "CUSTOMER_NUMBER"),
        ("Mortgage loan 123.456.789: please", "123.456.789", "CUSTOMER_NUMBER"),
        ("my date of birth, twelve May, nineteen sixty-one, and", "twelve May, nineteen sixty-one", "DOB"),
        ("the plate is fifty-two, K X, R T", "fifty-two, K X, R T", "PLATE"),
        ("caravan AB-12-CD, auto 34 EF GH; het", "34 EF GH", "PLATE"),
        ("het adres is Reigerlaan vijftig en de postcode", "Reigerlaan vijftig", "ADDRESS"),
        ("and the house is Wevershof thirty-one b, the bell", "Wevershof thirty-one b", "ADDRESS"),
        ("de postcode zevenenzeventig nul acht S Z, de bel", "zevenenzeventig nul acht S Z", "POSTCODE"),
        ("Ik woon nu op LINDENHOF 4 BENEDEN, 1234 AB", "LINDENHOF 4 BENEDEN", "ADDRESS"),
        ("adres: GROTE KERKSTRAAT 25B, 1234 AB", "GROTE KERKSTRAAT 25B", "ADDRESS"),
        ("the card went to Touwslagerij 14 hs. Thanks", "Touwslagerij 14 hs", "ADDRESS"),
        ("verhuisd naar Borneokade t.o. 12, 1019 AB", "Borneokade t.o. 12", "ADDRESS"),
        ("rekening t.n.v. Vuuren, J.P. van; de oude", "Vuuren, J.P. van", "NAME"),
        ("Gefeliciteerd Aart in den Bosch, uw lot", "Aart in den Bosch", "NAME"),
        ("Groet, Lidwien IJzerman", "Lidwien IJzerman", "NAME"),
        ("deelnemer otto van tol.", "otto van tol", "NAME"),
        ("Vraag naar Daniëlle.", "Daniëlle", "NAME"),
        ("de auto verkocht aan Zeno Vanhecke; het", "Zeno Vanhecke", "NAME"),
        ("My cousin Roderick Eisden moved", "Roderick Eisden", "NAME"),
        ("The doorbell says Terlouw, second floor.", "Terlouw", "NAME"),
        ("Kopers: Ivette Melfor en Antsje Stellingwerf; de woning", "Antsje Stellingwerf", "NAME"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert kind_covering(text, secret) == kind, redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "My driving exam was moved to Wednesday 22 October, is that final?",
        "Seizoenkaart Willem II online betaald",
        "The match at the Johan Cruijff ArenA starts at 9.15am.",
        "Ingeschreven bij de Kamer van Koophandel.",
        "Het passeren bij Notarissen aan de Maas staat gepland",
        "Spoedconsult bij Dierenkliniek De Brink",
        "ik woon in Den Bosch sinds mei",
        "I went to Windows 11 yesterday",
        "het huis is prachtig en groot",
        "ik vraag naar de status",
    ],
)
def test_the_look_alike_stays(text):
    assert redact(text).text == text


def test_number_words_that_are_no_number():
    assert number_value("fifty-two") == 52
    assert number_value("t-shirt") is None
    assert number_value("fifty-two-three") is None
