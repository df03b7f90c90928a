"""Unit tests for the forms the redaction rules learnt from test_v56's misses: one case each, and the look-alikes
that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # a caller's whole name in lower case after they introduce themselves
        ("goedemiddag u spreekt met anouk van dam ik bel over de storing", "anouk van dam", "NAME"),
        ("hi this is pieter jansen the engineer did not come", "pieter jansen", "NAME"),
        # a lower-case seller's name before "reageert"
        ("verkoper sanne bakker reageert niet meer", "sanne bakker", "NAME"),
        # a date of birth in brackets after a title and a name
        ("Overdracht: mevr. Bakker (3 feb. 1941), wondzorg om 9 uur", "3 feb. 1941", "DOB"),
        ("Overdracht: dhr. Visser (1939-04-12), insuline", "1939-04-12", "DOB"),
        # a seller's id on a marketplace; a member's id in a webhook's JSON
        ("De bank kwam nooit aan; verkoper-ID u12345678", "u12345678", "CUSTOMER_NUMBER"),
        ('{"type":"member.created","member":{"id":"AB12CD","name":"X"}}', "AB12CD", "CUSTOMER_NUMBER"),
        # a street ending in "klooster", a Frisian "Buorren" alone
        ("Gegevens: Sint Agnesklooster 12 / 1234 AB Zwolle", "Sint Agnesklooster 12", "ADDRESS"),
        ("Bezorgen op Buorren 7, graag.", "Buorren 7", "ADDRESS"),
        # a postcode asked for a moment before it is given
        ("Postcode en huisnummer graag? -- 1234ML -- dank u", "1234ML", "POSTCODE"),
        # a plate after "APK"
        ("APK KL 12 MN afgemeld", "KL 12 MN", "PLATE"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a mental health service's intake and a ticket shop's mailboxes
        ("Aan: aanmeldingen@ggz-voorbeeld.nl", "aanmeldingen@ggz-voorbeeld.nl"),
        ("Van: tickets@festival.nl", "tickets@festival.nl"),
        # a bicycle shop named after a person, an e-bike motor's product name
        ("De fiets staat bij Tweewielers Kuipers in Ede.", "Tweewielers Kuipers"),
        ("De Bosch Performance Line CX is kapot.", "Bosch Performance Line"),
        # millilitres with no postcode asked for; "this is" before ordinary words
        ("Een fles van 1000 ML kost 3 euro.", "1000 ML"),
        ("hi this is really annoying the modem is dead", "really annoying"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
