"""Unit tests for the forms the redaction rules learnt from test_v21's misses and false positives: one case each,
and the look-alikes that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import kind_covering


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # "zwart" after a house number, as "rd" (rood) and "zw" already were
        ("Bezorgen op Rozenstraat 14 zwart, 3011 AB Rotterdam", "Rozenstraat 14 zwart", "ADDRESS"),
        ("Nieuw adres:\nMarco Polo\nDORPSSTRAAT 8 zwart\n1234 AB Ede", "DORPSSTRAAT 8 zwart", "ADDRESS"),
        # a date of birth under a "Geb.datum" column
        ("Naam\tGeb.datum\nFrits Ooms\t03.04.1977", "03.04.1977", "DOB"),
        # a customer's own PO box
        ("Stuur het naar mijn Postbus 77, 1234 AB Ede.", "Postbus 77", "ADDRESS"),
        ("Met groet,\nJansen, Postbus 118, 9999 KM Oisterwijk", "Postbus 118", "ADDRESS"),
        ("Met groet,\nJansen, Postbus 118, 9999 KM Oisterwijk", "9999 KM", "POSTCODE"),
        # the sender next to a role mailbox is still a person when it is a person's mailbox
        ("Van: Greet Hoek <greet.hoek@ziggo.nl>\nAan: info@winkel.nl", "greet.hoek@ziggo.nl", "EMAIL"),
        ("Van: Greet Hoek <greet.hoek@ziggo.nl>\nAan: info@winkel.nl", "Greet Hoek", "NAME"),
        # a person named like a firm's partner but without a firm's word before
        ("Kees & Anna Smit komen zaterdag kijken.", "Anna Smit", "NAME"),
        ("De makelaar Piet Pronk belde over de bezichtiging.", "Piet Pronk", "NAME"),
        ("Ik sprak Jan de Vries en Bert Mulder.", "Bert Mulder", "NAME"),
        # a company mailbox is still redacted (the project's policy), the sender name shown with it is not
        ("Van: Philips Hue Shop <noreply@lampen.nl>\nOnderwerp: verzonden", "noreply@lampen.nl", "EMAIL"),
        ("Van: Philips Hue Shop <noreply@lampen.nl>\nOnderwerp: verzonden", "Philips Hue Shop", None),
        ("Klant: Greet Hoek <info@hoekbloemen.nl>", "Greet Hoek", "NAME"),
        # German and Filipino first names
        ("Levering bij Claudia Brenninkmeyer, graag voor twaalf uur.", "Claudia Brenninkmeyer", "NAME"),
        ("De boot van Princess Dimaculangan ligt in de haven.", "Princess Dimaculangan", "NAME"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert kind_covering(text, secret) == kind, redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        # a business reply number, with its postcode, is no one's address
        "Antwoordnummer 4410, 2500 WB Den Haag, een postzegel is niet nodig.",
        # an organisation's PO box after its name
        "Gemeente, Postbus 16, 1000 AA Amsterdam.",
        "Zorgverzekeraar Zilverkruis heeft een nieuw adres. Waterschap, Postbus 45, 8000 AB Zwolle.",
        # a business named after a person, after a trade word
        "Makelaar Ton Verbeek verkoopt ook in Zeist.",
        "Via Belastingadviesbureau Kramer & Van Dijk loopt de aangifte.",
        "Notarissen Hoekstra en Brouwer zijn gesloten op vrijdag.",
        "Autohaus Karl Becker doet de APK.",
        "Het Gymnasium Erasmus van Rotterdam houdt open dag.",
        "Bushalte Laan van Nieuw Oost-Indië is verplaatst.",
        # a club after its abbreviation
        "Vv Sjaak Swart zoekt scheidsrechters.",
        "Mijn zoon speelt bij sv Kees Boeke.",
        # a firm's staff: a role word in the plural, "van" and the firm
        "Monteurs van Jansen kwamen vandaag de cv-ketel vervangen.",
    ],
)
def test_the_look_alike_stays(text):
    assert redact(text).text == text
