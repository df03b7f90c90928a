"""Unit tests for the forms the redaction rules learnt from test_v29's misses: one case each, and the look-alikes
that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # a minor's birth date in brackets after the name; numbers after "debiteur" and a compound contract word
        ("Vrijwaring minderjarige: Tess Bakker (3-5-2015), toestemming ouder.", "3-5-2015", "DOB"),
        ("Storno: debiteur 55120/07, bel terug.", "55120/07", "CUSTOMER_NUMBER"),
        ("Stallingscontract SB 441920\nEigenaar: onbekend", "SB 441920", "CUSTOMER_NUMBER"),
        ("Deelnemer (CP-BE-44120) verhuist.", "CP-BE-44120", "CUSTOMER_NUMBER"),
        # a van in a vanpool record, a counterparty's car
        ("Vanpool-rooster\nvan: K 218 TX\nroute: Ede", "K 218 TX", "PLATE"),
        ("Schade aan de spiegel; tegenpartij GH4412, geen letsel.", "GH4412", "PLATE"),
        # an e-mail address spelled with commas; a postcode read in pairs of digits
        ("my email is j, o, s, dot, b at gmail dot com, ok?", "j, o, s, dot, b at gmail dot com", "EMAIL"),
        (
            "De postcode is 35 12, K van Karel L van Lodewijk, nummer 4.",
            "35 12, K van Karel L van Lodewijk",
            "POSTCODE",
        ),
        ("De postcode is 35 12 KL, nummer 4.", "35 12 KL", "POSTCODE"),
        # a house number with "hg" glued on; a name in capitals after "van" above a street
        ("Adres: Lange Gracht 14hg, 2312 AB Leiden", "Lange Gracht 14hg", "ADDRESS"),
        ("Brief van PIETER DE JONG\nMolenstraat 8\n1234 AB Ergens", "PIETER DE JONG", "NAME"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Mollie tr_7UhSN1zuXS: de betaling is mislukt.", "Mollie"),
        ("Proefles springen, locatie: Pensionstal Willem Tell.", "Pensionstal Willem Tell"),
        ("Teams-ondertiteling [00:01:02] Docent: we beginnen.", "Docent"),
        ("De postcode staat op de brief, 12 34 zegt hij, maar dat klopt niet.", "12 34"),
        ("Het contract loopt 12 maanden, debiteuren krijgen een brief.", "12 maanden"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
