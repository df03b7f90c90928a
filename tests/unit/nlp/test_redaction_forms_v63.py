"""Unit tests for the forms the redaction rules learnt from test_v63's misses: one case each, and the look-alikes
that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # a profile's or a login's name after its cue
        ("Garmin profile annekevos3 synced with the app.", "annekevos3", "NAME"),
        ("Klant meldt: gebruikersnaam Pieter_V88 werkt niet meer.", "Pieter_V88", "NAME"),
        ("Strava profielnaam marit.de.boer, geen toegang.", "marit.de.boer", "NAME"),
        # a chat export's speaker written as an account
        ("WhatsApp | sannevdberg7: kan iemand mij bellen?", "sannevdberg7", "NAME"),
        ("Instagram | koen.hendriks: where is my parcel?", "koen.hendriks", "NAME"),
        # a name in lower case after a buyer's or seller's role, a listed surname last
        ("Ticket sold, payout to the seller ruairi jansen.", "ruairi jansen", "NAME"),
        ("Verkocht via Marktplaats, koper zhivko de vries, betaling ontvangen.", "zhivko de vries", "NAME"),
        ("Klant belde, naam odalys bakker.", "odalys bakker", "NAME"),
        # a register's surname in capitals, the given name after the comma
        ("Cursist VERHOEVEN, Wijbrand (studentnr 5512044) is afwezig.", "VERHOEVEN, Wijbrand", "NAME"),
        # a member's number and whose it is
        ("lidnummer zorgverzekeraar 512 883 904 staat op de pas.", "512 883 904", "CUSTOMER_NUMBER"),
        # a date of birth an app or a form was set to
        ("Smartwatch account: birthday set to 14 March 2011.", "14 March 2011", "DOB"),
        # a rental car's plate, an Irish one too
        ("Schade aan huurauto 191-D-44821 gemeld bij de balie.", "191-D-44821", "PLATE"),
        ("The hire car 12-KY-3345 was returned with a dent.", "12-KY-3345", "PLATE"),
        # nine digits after a phone's cue: a Dublin number
        ("Please ring the undertaker, tel. 01 488 2291.", "01 488 2291", "PHONE"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a profile's ordinary words, a version before a colon, a chat speaker who is a word
        ("Profile settings were reset after the update.", "Profile settings"),
        ("Release | v1.2: nieuwe functies voor de app", "v1.2:"),
        ("Chat | Support_bot2: how can I help?", "Support_bot2"),
        # a role word before ordinary words
        ("De koper wil het geld terug, zie bijlage.", "zie bijlage"),
        # a row's date this year beside a name is the ticket's, not a birth date
        ("Zendesk-export;3 maart 2026;JANSEN, Piet;klacht", "3 maart 2026"),
        # a hire car and its days, a membership number's words
        ("The hire car 12 days late, fee charged.", "12 days"),
        ("lidnummer sinds 2019 ongewijzigd", "sinds 2019"),
        # ten digits after "tel" stay one phone number, not nine
        ("tel. 0031 6 5832 7388", "[PHONE]"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
