"""Unit tests for the forms the redaction rules learnt on 2026-11-29 from test_v77's misses and those of the splits
after it: one case each, and the look-alikes that must stay. The cases are made up here, not taken from the
corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # test_v77: a Viber or Discord account before its message, after a channel's name too
        ("Viber · pietjanssen88: is de sleepwagen al onderweg?", "pietjanssen88", "NAME"),
        ("Discord #reserveringen | annabos: we komen met 4 personen", "annabos", "NAME"),
        # four digits that start the line, then the town, before the address: details given back to front
        ("3512 Utrecht, Lange Nieuwstraat 8, Els Kok: graag een offerte", "3512", "POSTCODE"),
        # an Australian postcode with its state after a comma or a field's colon
        ("My new address is 14 Beach Road, NSW 2031.", "NSW 2031", "POSTCODE"),
        # customer number after "cust. no."
        ("Toot: cancelled my plan, cust. no. 4471 2209", "4471 2209", "CUSTOMER_NUMBER"),
        # test_v78: a Mastodon account, "@", the name, "@" and its server
        ("@Helpdesk I was charged twice @ria.b@mastodon.social", "@ria.b@mastodon.social", "NAME"),
        # the floor after the house number: "2e verd."
        ("Facturen naar kantoor op Rijnkade 12 2e verd., graag.", "Rijnkade 12 2e verd.", "ADDRESS"),
        # a name in capitals in a row's first cell, after the row's label; surname first too
        ("Vignette order: SEM DE WIT;Rijnkade 12;3511 LC;GH-123-J;1980-04-02", "SEM DE WIT", "NAME"),
        ("Go-Box aanvraag: TESFAYE, WULAN;Rijnkade 12;3511 LC;GH-123-J;1980-04-02", "TESFAYE, WULAN", "NAME"),
        # a name in capitals under a sign-off in capitals
        ("Zie bijlage.\nMET VRIENDELIJKE GROET,\nINEKE TESFAYE\nINKOPER", "INEKE TESFAYE", "NAME"),
        # Singapore: a block's flat, its postcode after the country, and six digits after an address in a row
        (
            "Send it to Blk 12 Tampines Street 11 #04-210, Singapore 521012 please.",
            "Blk 12 Tampines Street 11 #04-210",
            "ADDRESS",
        ),
        ("Send it to Blk 12 Tampines Street 11 #04-210, Singapore 521012 please.", "521012", "POSTCODE"),
        ("ann lim,+65 9123 4567,12 Orchard Road,238841,cleaner", "238841", "POSTCODE"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The Block 5 Party starts at nine.", "Block 5 Party"),  # no street word: no flat
        ("Het Marco Polo-skigebied opent op 1 december.", "Marco Polo-skigebied"),  # a thing named after someone
        ("The car wash on het Annie M.G. Schmidtplein opens at 8.", "Annie M.G. Schmidtplein"),  # a street
        ("Hi, I am Sleepie, the chat assistant of Sauna Zuid.", "Sleepie"),  # the firm's bot
        ("MET VRIENDELIJKE GROET,\nKLANTENSERVICE\nT 020 123 4567", "KLANTENSERVICE"),  # a department signs
        ("2025, Kerkstraat 5 is verkocht.", "2025, "),  # a year before an address is no postcode
        ("Viber · Support: we zijn er morgen weer", "Support"),  # the firm's account
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
