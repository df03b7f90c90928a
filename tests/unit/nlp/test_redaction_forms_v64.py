"""Unit tests for the forms the redaction rules learnt from test_v64's misses: one case each, and the look-alikes
that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # a street abroad with its number first, and the postcode after it in the shape of its country
        ("Ship it to 7781 Maple Street, 30301-4412, please.", "30301-4412", "POSTCODE"),
        ("Ship it to 218 Cedar Ridge Lane, 8001, please.", "218 Cedar Ridge Lane", "ADDRESS"),
        ("Billing address No. 17, Brigade Road, 560 025.", "No. 17, Brigade Road", "ADDRESS"),
        ("Billing address No. 17, Brigade Road, 560 025.", "560 025", "POSTCODE"),
        ("Meine Postleitzahl ist 80-331, danke.", "80-331", "POSTCODE"),
        # a tyre hotel's number, a policy number in a PDF form's brackets
        ("Winter tyres stored, tyre hotel no. 1188 4410.", "1188 4410", "CUSTOMER_NUMBER"),
        ("From the form: Policy no. [552.019.386] [x] agreed", "552.019.386", "CUSTOMER_NUMBER"),
        # a lawyer's client "inzake", with a comma and the given name or alone in capitals
        ("Kantoor Mr. de Wit, inzake VERKERK, Hidde / Coolblue: stukken volgen.", "VERKERK, Hidde", "NAME"),
        ("Kantoor Mr. de Wit, inzake OOSTERHUIS / Bol: stukken volgen.", "OOSTERHUIS", "NAME"),
        # a plate's country code before it, a South African province after it
        ("Banden gewisseld voor NL KP-731-X, klant belt terug.", "NL KP-731-X", "PLATE"),
        ("My plate is HK 22 ZT GP, registered in Pretoria.", "HK 22 ZT GP", "PLATE"),
        # a social network's handle, a listed given name first
        ("Reply to @ingridvos88 about the late parcel.", "@ingridvos88", "NAME"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a PIN, a serial number, an amount after an address
        ("De pincode 4412 9980 blijft geldig.", "4412 9980"),
        ("Serienummer 5310 8820 1177 4410 staat achterop.", "5310 8820 1177 4410"),
        ("Schade aan Kerkstraat 12, 10000 euro volgens de expert.", "10000 euro"),
        # a firm's handle, an acronym "inzake", a firm named after a trade and a surname
        ("Stuur een DM naar @PicnicNL voor hulp.", "@PicnicNL"),
        ("Brief inzake BTW / KVK ontvangen.", "BTW / KVK"),
        ("Sleutelspecialist Bakker rekent voorrijkosten.", "Sleutelspecialist Bakker"),
        # German salutations, a parent speaking in a chat, a bot called "de assistent"
        ("Sehr geehrte Damen und Herren, danke.", "Damen und Herren"),
        ("[10:05] Ouder: mijn zoon is ziek", "Ouder:"),
        ("[10:06] Sam de assistent: beterschap!", "Sam de assistent"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
