"""Unit tests for the forms the redaction rules learnt from test_v48's misses: one case each, and the look-alikes
that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # a name and a street hyphenated over a line break, as a scanned letter writes them
        ("Inzake: nalatenschap wijlen Gerrit Bos-\nkamp, laatst wonende Kerkstraat 4.", "Gerrit Bos-\nkamp", "NAME"),
        ("Adres: Oost-\nsingel 12B\nPolisnummer: 4471", "Oost-\nsingel 12B", "ADDRESS"),
        # a lower-case name after a bereaved relative, a deceased parent, a driver, a debtor one agreed with
        ("gesprek nabestaande anke bos, moeder dirk bos overleden 2 mei", "anke bos", "NAME"),
        ("gesprek nabestaande anke bos, moeder dirk bos overleden 2 mei", "dirk bos", "NAME"),
        ("pincode vergeten, bestuurder sanne smit", "sanne smit", "NAME"),
        ("regeling afgesproken met piet kok: 6 termijnen", "piet kok", "NAME"),
        ("lekkage, klant joost de wit (kerkweg 3) wil reductie", "joost de wit", "NAME"),
        ("call note: cust emma visser, wants a plan", "emma visser", "NAME"),
        # a surname and a given name in the first two cells of a row whose third holds the address
        ("Visser;Emma;Dorpsstraat 14;1234AB;Utrecht;NL91ABNA0417164300", "Visser", "NAME"),
        ("Visser;Emma;Dorpsstraat 14;1234AB;Utrecht;NL91ABNA0417164300", "Emma", "NAME"),
        # a debtor number, a dating site's member id and profile
        ("regeling afgesproken, deb.nr 441822/3310, tel volgt", "441822/3310", "CUSTOMER_NUMBER"),
        ("lid-id 9f3a61c2, naam volgt", "9f3a61c2", "CUSTOMER_NUMBER"),
        ("Verwijder mijn profiel (a7c9e2d1) graag.", "a7c9e2d1", "CUSTOMER_NUMBER"),
        # a plate after "kent.", or read out after "the car is"
        ("kaart kwijt, kent. R 83 JXT, bestuurder bekend", "R 83 JXT", "PLATE"),
        ("hi my postcode is known and the car is K L M four two T call me", "K L M four two T", "PLATE"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a word hyphenated over a line break that is no data stays as written
        ("Wij hebben de aan-\nvraag ontvangen.", "aan-\nvraag"),
        # "the car is" before a year and a make is no plate
        ("The car is a 1987 Citroën with 212,450 km.", "a 1987"),
        ("Mijn profiel is bijgewerkt op 12 mei.", "bijgewerkt op 12 mei"),
        # a row of two words that is no register: the third cell holds no address
        ("Klant;Product;Aantal;Prijs", "Klant;Product"),
        # a mother named after "moeder" only with a listed first name: "moeder belde gisteren" stays
        ("moeder belde gisteren terug, alles goed", "moeder belde gisteren"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
