"""Unit tests for the forms the redaction rules learnt from test_v14's misses: one case each, and the
look-alikes that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import kind_covering


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        ("storting vanaf NL91.ABNA.0417.1643.00 graag", "NL91.ABNA.0417.1643.00", "IBAN"),
        ("laatst wonende Lindelaan 4 kamer 12, 1234 AB Ede", "Lindelaan 4 kamer 12", "ADDRESS"),
        ("Molenweg 10 appartement 6, 1234 AB", "Molenweg 10 appartement 6", "ADDRESS"),
        ("new address 12 Main Street, D02 X285.", "D02 X285", "POSTCODE"),
        ("invoice to: 90A Strand Road, LS9 2JM. Paid", "LS9 2JM", "POSTCODE"),
        ("woont in Gent: Veldstraat 7 bus 2, 9000, rijksregisternummer volgt", "9000", "POSTCODE"),
        ("Our address changed to 65A Ormeau Road, BT7 1SH.", "65A Ormeau Road", "ADDRESS"),
        ("K: Het kenteken is eh... zes, tee-ha-er, zeventig.", "zes, tee-ha-er, zeventig", "PLATE"),
        (
            "K: N-L eenennegentig, A-B-N-A, nul vier een zeven, een zes vier drie, nul nul",
            "N-L eenennegentig, A-B-N-A, nul vier een zeven, een zes vier drie, nul nul",
            "IBAN",
        ),
        (
            "C: it's um... four zero zero zero, zero zero zero zero, zero zero zero zero, zero zero zero two",
            "four zero zero zero, zero zero zero zero, zero zero zero zero, zero zero zero two",
            "CARD",
        ),
        ("K: twee november, negentien zevenendertig.", "twee november, negentien zevenendertig", "DOB"),
        ("Mijn Flying Blue-nummer is 173 833 6755", "173 833 6755", "CUSTOMER_NUMBER"),
        ("attn. Siobhán Ó Murchú. Deliver", "Siobhán Ó Murchú", "NAME"),
        ("Passagier: Ouden, G. den\nGeboortedatum", "Ouden, G. den", "NAME"),
        ("Ouder/verzorger: Amar Jagroep, 06-10529974\nAdres: x", "Amar Jagroep", "NAME"),
        ("Name Bronagh Pettigrew. The text", "Bronagh Pettigrew", "NAME"),
        ("(roepnaam Sjef) en", "Sjef", "NAME"),
        ("afgetekend door R Groenewoud, maar", "R Groenewoud", "NAME"),
        ("naam=Mahesh+Ramnath&email=m.r%40telfort.nl&tel=0687147102", "Mahesh+Ramnath", "NAME"),
        ("naam=Mahesh+Ramnath&email=m.r%40telfort.nl&tel=0687147102", "m.r%40telfort.nl", "EMAIL"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert kind_covering(text, secret) == kind, redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Klant belt namens haar vader over de pas",
        "Notariskantoor De Brink, dossier volgt",
        "Overtocht met Stena Line was prima",
        "The helpline is 0900 8844, open on weekdays.",
        "if x=5 and name=foo then stop",
        "https://example.com/?page=2&sort=name",
        "Bosch Huishoudservice komt morgen",
    ],
)
def test_the_look_alike_stays(text):
    assert redact(text).text == text
