"""Unit tests for the forms the redaction rules learnt from test_v23's misses and false positives: one case each,
and the look-alikes that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # the part of the house in brackets, a Belgian box, a letter after a slash
        ("Bezorgen op Kerkstraat 12 (achterhuis), 1234 AB Ede.", "Kerkstraat 12 (achterhuis)", "ADDRESS"),
        ("Huurder: Meir 79 bus 101, 2000 Antwerpen.", "Meir 79 bus 101", "ADDRESS"),
        ("Huurder: Brusselsesteenweg 16/B, 3000 Leuven.", "Brusselsesteenweg 16/B", "ADDRESS"),
        # a BSN grouped with double spaces, an IBAN with groups of any size, an old Belgian account number
        ("BSN 111  222  333 graag.", "111  222  333", "BSN"),
        ("IBAN BE 35 1032 592 100 37.", "BE 35 1032 592 100 37", "IBAN"),
        ("rekening BE69 979-4531234-78.", "BE69 979-4531234-78", "IBAN"),
        # the name on the card, a chat speaker written surname first, a name that ends the text
        ("The name on the card is PETER DEKKER.", "PETER DEKKER", "NAME"),
        ("[11:32] de Wit, Anke\nkan iemand dit checken?", "de Wit, Anke", "NAME"),
        ("Account gedeactiveerd, koerier R123456, noortje van gaal.", "noortje van gaal", "NAME"),
        ("Cadeaubon ingewisseld door els post, restant terug.", "els post", "NAME"),
        # a common-word surname after a listed first name, particles abbreviated or Filipino
        ("Met vriendelijke groet,\n\nWillem Post\nKerkweg 5", "Willem Post", "NAME"),
        ("huurder J.H.C. v. Houten, incasso", "J.H.C. v. Houten", "NAME"),
        ("lid 12142255, N. vd Pol.", "N. vd Pol", "NAME"),
        ("Mijn moeder Joy dela Cruz belt.", "Joy dela Cruz", "NAME"),
        # courier and member numbers
        ("Rider ID rider-377850: payout missing.", "rider-377850", "CUSTOMER_NUMBER"),
        ("bondsnummer 1493 762, graag", "1493 762", "CUSTOMER_NUMBER"),
        # a form as rows of a table, a vCard, XML
        ("| Naam | BOER, Sytske de |\n| Adres | Kleine Gracht 198 |", "BOER, Sytske de", "NAME"),
        ("| Lidnummer | SK 9711/11 |\n| Telefoon | 06 12345678 |", "SK 9711/11", "CUSTOMER_NUMBER"),
        ("BEGIN:VCARD\nN:Villanueva;Mark\nADR:;;tiendweg 245;Ede;;2970 eg;NL\nEND:VCARD", "Villanueva", "NAME"),
        ("BEGIN:VCARD\nN:Villanueva;Mark\nADR:;;tiendweg 245;Ede;;2970 eg;NL\nEND:VCARD", "tiendweg 245", "ADDRESS"),
        ('<debiteur nr="3676.611.927"><naam>Jan Smit</naam></debiteur>', "3676.611.927", "CUSTOMER_NUMBER"),
        ('<debiteur nr="3676.611.927"><naam>Jan Smit</naam></debiteur>', "Jan Smit", "NAME"),
        # a tab-separated register: the street stops at the tab, the name before it is the person's
        ("Pandhuis\t9 maart\tSTAM, Ties\tZuidwal 7 A\t1745 WA\tAmsterdam", "STAM, Ties", "NAME"),
        ("Pandhuis\t9 maart\tDongen van, Ties\tZuidwal 7 A\t1745 WA\tAmsterdam", "Dongen van, Ties", "NAME"),
        # a compass word after the street, "Laan van" and its words, a postcode read out after "Postcode?"
        ("Ongeluk op tiendweg west 266 A, scooter.", "tiendweg west 266 A", "ADDRESS"),
        ("Adres: laan van nieuw guinea 43 A", "laan van nieuw guinea 43 A", "ADDRESS"),
        ("Postcode? vijftien nul vier H Z. Huisnummer 12.", "vijftien nul vier H Z", "POSTCODE"),
        # a birth date with the year first, German plates near "Kennzeichen", a plate near "voorruit"
        ("Mijn moeder (geboren 19490706) gaat mee.", "19490706", "DOB"),
        ("Kennzeichen GT HT 920.", "GT HT 920", "PLATE"),
        ("Sterretje in de voorruit van 2HFL43, verzekerd.", "2HFL43", "PLATE"),
        # e-mail addresses spelled letter by letter
        ("My email: d e j o n g r at aol dot com.", "d e j o n g r at aol dot com", "EMAIL"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    "text",
    [
        "I am at home at 5",
        "my name is wrong on the card",
        "De renovatie aan de Laan van Meerdervoort duurt tot 12-11.",
        "| Naam | Prijs |\n|---|---|\n| Appel | 3 |",
        "Stuur het met Post NL",
        "Vitamine C v. 12 euro",
        "Dat was het, jan komt morgen.",
        "Bloemist Gerrit Jan levert ook in Hattem en Echt.",
        "Veevoer 20 zakken besteld",
    ],
)
def test_the_look_alike_stays(text):
    assert redact(text).text == text
