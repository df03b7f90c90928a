"""Unit tests for the forms the redaction rules learnt from test_v33's misses: one case each, and the look-alikes
that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from nlp.redaction.obfuscated_emails import obfuscated_email_spans
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # e-mail addresses disguised against harvesters
        ("Chat: mail is k.verbeek(at)kpnmail(.)nl graag", "k.verbeek(at)kpnmail(.)nl", "EMAIL"),
        ("Contact: anna-b#hotmail.com voor de foto's", "anna-b#hotmail.com", "EMAIL"),
        ("stuur naar t.kramer[@]planet(.)nl aub", "t.kramer[@]planet(.)nl", "EMAIL"),
        ("mail sanne.visser at ziggo(.)nl vandaag", "sanne.visser at ziggo(.)nl", "EMAIL"),
        # initials in lower case with dots, in capitals without, before a surname
        ("Terugbetaling aan klant g. Smeulders, rekening volgt.", "g. Smeulders", "NAME"),
        ("Retour: p.j. van Oosterhout, doos beschadigd.", "p.j. van Oosterhout", "NAME"),
        ("Borg terug naar huurder KJ Wolters-Brink, morgen.", "KJ Wolters-Brink", "NAME"),
        # the words before an address that its local part repeats
        ("mail van lotte brouwer (lotte.b@gmail.com) over de les", "lotte brouwer", "NAME"),
        ("name kees van dam, email k.vandam@ziggo.nl, asks about sizes", "kees van dam", "NAME"),
        # a lower-case name in a row of data, between data, after "zegt", as a chat's speaker
        ("Gegevens: femke jansen 0612345678 3511 AB", "femke jansen", "NAME"),
        ("Alles: 3511 AB yara el khatib 0612345678", "yara el khatib", "NAME"),
        ("Pakket naar de buren, zegt ruben de wit.", "ruben de wit", "NAME"),
        ("via chat: maarten kok: mijn postcode is 3511 AB", "maarten kok", "NAME"),
        # a register-order line above an address, or after "Naam:"
        ("Klantnummer 1234567\nWOLTERS, J.H.\nKerkstraat 12\n3511 AB Utrecht", "WOLTERS, J.H.", "NAME"),
        ("Formulier\nNaam: Bakker, t.j.\nTel volgt", "Bakker, t.j.", "NAME"),
        # a lower-case code after the word for its holder
        ("Klant abc 123 456 belde over de levering.", "abc 123 456", "CUSTOMER_NUMBER"),
        ("Member kb2231 paid twice.", "kb2231", "CUSTOMER_NUMBER"),
        # a postcode that a phone number ran into, and the postcode's letters before a street
        ("Alles: +31612345678 3511 AB Kerkstraat 12", "3511 AB", "POSTCODE"),
        ("Alles: +31 20 555 1234 3511 AB Kerkstraat 12", "Kerkstraat 12", "ADDRESS"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Zie e.g. Microsoft voor de voorwaarden.", "Microsoft"),
        ("Praktijkexamen bij CBR Rijswijk om 9 uur.", "CBR Rijswijk"),
        ("Wij werken met KPN Zakelijk samen.", "KPN Zakelijk"),
        ("Lid van 2019 tot 2023 geweest.", "2019"),
        ("Klant sinds 12345 dagen, grapje.", "12345"),
        ("Utrecht, NL\nKerkstraat 5", "Utrecht, NL"),
        ("bel 0612345678 morgen 0612345678", "morgen"),
        ("Wachtlijst via zeilen@jan-pieters.nl voor de winter.", "Wachtlijst via"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text


@pytest.mark.parametrize("text", ["Vraag #12 over de site.nl-actie", "We are reserved at booking.com, #2 in line."])
def test_a_hash_or_a_spoken_at_alone_is_no_disguised_address(text):
    assert list(obfuscated_email_spans(text, text.lower())) == []
