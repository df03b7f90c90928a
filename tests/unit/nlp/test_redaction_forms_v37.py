"""Unit tests for the forms the redaction rules learnt from test_v38's misses: one case each, and the look-alikes
that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # register order after a word for the person it is about
        ("Schuldenaar El Amrani, Noortje, BSN volgt, adres onbekend", "El Amrani, Noortje", "NAME"),
        ("Pas 4417 / houder Bakker, P. van / vervalt 2027", "Bakker, P. van", "NAME"),
        ("The bailiff came looking for Hollander, T., but nobody opened.", "Hollander, T.", "NAME"),
        ("Eerst de datum, dan Bouzidi, Noor, dan pas het nummer.", "Bouzidi, Noor", "NAME"),
        ("Betaald met creditcard, naam op kaart YASMINA EL IDRISSI.", "YASMINA EL IDRISSI", "NAME"),
        # popular given names the list lacked
        ("Goedemiddag, hier Thijmen. Mijn pakket is niet gekomen.", "Thijmen", "NAME"),
        ("Kunt u Lowie terugbellen over de storing?", "Lowie", "NAME"),
        # a number named by a compound, a case or a possessive
        ("Zorgdossier 114-2203-91 hoort bij mijn moeder.", "114-2203-91", "CUSTOMER_NUMBER"),
        ("Mijn spaarnummer S-4471-02 staat niet in de app.", "S-4471-02", "CUSTOMER_NUMBER"),
        ("Over uw zaak 2025/118840 kunnen wij nog niets zeggen.", "2025/118840", "CUSTOMER_NUMBER"),
        ("Reisverzekeringspolis 44.120931: bagage kwijt.", "44.120931", "CUSTOMER_NUMBER"),
        ("Name: Ana Lima | Customer no. (optional): 771203/12", "771203/12", "CUSTOMER_NUMBER"),
        ("My loyalty-club member card? No: my Friends number is F-2291-77.", "F-2291-77", "CUSTOMER_NUMBER"),
        # a street without a street word after the place one lives in, or that was visited
        ("I live in Curaçao, Kaya Gobernador N. Debrot 67 in Willemstad.", "Kaya Gobernador N. Debrot 67", "ADDRESS"),
        ("The bailiff visited Sleedoorn 14 twice last week.", "Sleedoorn 14", "ADDRESS"),
        # a street right after a person's name and a comma, without a street word
        ("Nieuwe klant: Gerrit Zijlstra, Lange Pijp 9, elke dinsdag.", "Lange Pijp 9", "ADDRESS"),
        ("Profiel: Ria Hoekstra, 't Zand 14, 2 katten.", "'t Zand 14", "ADDRESS"),
        ("Ophalen bij F. Rossi, Meir 12 bus 4, Antwerpen.", "Meir 12 bus 4", "ADDRESS"),
        # a date of birth whose cue names whose it is
        ("Geboortedatum verzekerde: 03.11.1988, polis volgt.", "03.11.1988", "DOB"),
        ("Zwemles jeugd: Noor Bakker, 03-07-2015, ouder Anna Bakker.", "03-07-2015", "DOB"),
        # a foreign plate after the word for the vehicle
        ("Duitse gast, Kennzeichen KLE4471, kamer 12.", "KLE4471", "PLATE"),
        ("Sleepopdracht: voertuig PL 771204 naar de garage.", "PL 771204", "PLATE"),
        ("Storingsticket 2214795 aangemaakt voor de aansluiting.", "2214795", "CUSTOMER_NUMBER"),
        ("Offerte komt van info@devriesloodgieter.nl, morgen.", "info@devriesloodgieter.nl", "EMAIL"),
        ("Mijn account: support@mijnbedrijf.nl werkt niet.", "support@mijnbedrijf.nl", "EMAIL"),
        # a spoken number corrected
        (
            "bot: noem uw klantnummer. beller: vier vier een twee nul zeven ... nee sorry, vier vier een twee nul acht",
            "vier vier een twee nul acht",
            "CUSTOMER_NUMBER",
        ),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Het serienummer SN-88123-X staat op de doos.", "SN-88123-X"),
        ("Ons offertenummer 2026/118 is geldig tot oktober.", "2026/118"),
        ("Alleen toestellen met typenummer KGN39VLEB vallen onder de actie.", "KGN39VLEB"),
        ("Het huisnummer 123 klopt niet met de kaart.", "123"),
        # an organisation's role mailbox, not a one-person business's (its domain names nobody)
        ("Mail gerust naar klantenservice@bol.com of bel ons.", "klantenservice@bol.com"),
        ("Please email planning@verhuisbedrijf-snel.nl for a slot.", "planning@verhuisbedrijf-snel.nl"),
        # a ticket is the organisation's own number for the contact: no author of the corpus labelled one personal
        ("Ticket 4471-22 is doorgezet naar de tweede lijn.", "4471-22"),
        ("Ticketnummer INC-20931 gesloten.", "INC-20931"),
        ("Klant: Utrecht, Nederland belde over de factuur.", "Utrecht, Nederland"),
        ("We visited Windows 11 support twice.", "Windows 11"),
        ("Duitse gast, Tel. +49 173 507 5882.", "Tel."),
        ("Het voertuig is 12 jaar oud.", "12 jaar"),
        ("Gesproken met Piet Jansen, Windows 11 werkte niet.", "Windows 11"),
        ("Gebeld met Anna Bakker, Kamer 12 is vrij.", "Kamer 12"),
        ("Jan de Vries, Piet Jansen 12 keer gebeld.", "12 keer"),
        # a Markdown table's rule line is no cell; businesses and halls named after people
        ("| Klant | Postcode |\n|---|:---:|\n| Tromp, M. | 8447 EG |", "|---|:---:|"),
        ("De monteur van Uitvaartzorg Henk Jonker komt maandag.", "Uitvaartzorg Henk Jonker"),
        ("De Wim Sonneveldzaal is rolstoeltoegankelijk.", "Wim Sonneveldzaal"),
        ("Rolstoelplaatsen voor Herman Finkers Live zijn uitverkocht.", "Herman Finkers Live"),
        ("Wasserette Tante Riek is op maandag gesloten.", "Wasserette Tante Riek"),
        ("De borrel is in Buurthuis Jan Steen om acht uur.", "Buurthuis Jan Steen"),
        ("Mr Demir needs a companion seat for Burns Night.", "Burns Night"),
        ("Het kantoor staat aan de L.G. Smith Boulevard.", "L.G. Smith Boulevard"),
        ("Pup gevaccineerd; chipnummer 528140000412973 gecontroleerd.", "528140000412973"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text


def test_a_phone_extension_stays_part_of_the_phone_number():
    assert redact("Bel 020 123 4567 doorkiesnummer 4626 voor de afdeling.").counts == {"PHONE": 1}
