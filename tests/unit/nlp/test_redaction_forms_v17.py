"""Unit tests for the forms the redaction rules learnt from test_v18's misses: one case each, and the
look-alikes that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as, kind_covering


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # an IBAN or a card with slashes, bars or three spaces between its groups
        ("Stort het terug op NL91/ABNA/0417/1643/00 aub", "NL91/ABNA/0417/1643/00", "IBAN"),
        ("IBAN: NL91 | ABNA | 0417 | 1643 | 00.", "NL91 | ABNA | 0417 | 1643 | 00", "IBAN"),
        ("Ik betaalde met 4111/1111/1111/1111 gisteren", "4111/1111/1111/1111", "CARD"),
        ("From the picture: 4111 | 1111 | 1111 | 1111", "4111 | 1111 | 1111 | 1111", "CARD"),
        ("kaart 4111   1111   1111   1111 graag blokkeren", "4111   1111   1111   1111", "CARD"),
        # an e-mail address with a doubled @
        ("Ik typte per ongeluk pietje.puk@@hotmail.com in het formulier", "pietje.puk@@hotmail.com", "EMAIL"),
        # a plate with dots, near a word about a vehicle
        ("De auto met XT.12.99 stond fout geparkeerd.", "XT.12.99", "PLATE"),
        ("De trailer (4.KLM.22) is weg", "4.KLM.22", "PLATE"),
        # a plate read out with the spelling alphabet, also after "kenteken van de …"
        ("Het kenteken van de bus was vier streepje Karel Lodewijk streepje nul zes acht", None, "PLATE"),
        ("the plate is seven dash Oscar Tango dash three two one, I think", None, "PLATE"),
        # a postcode read out with the spelling alphabet or "dubbel"
        ("My postcode is thirty-five twelve, Alpha Bravo.", "thirty-five twelve, Alpha Bravo", "POSTCODE"),
        ("postcode dubbel drie vijf zes ka el", "dubbel drie vijf zes ka el", "POSTCODE"),
        # a house number with a floor after a dot or an apartment code after it
        ("Zet het pakket bij Molenstraat 14.2, 1234 AB neer", "Molenstraat 14.2", "ADDRESS"),
        ("Ons adres: Populierenlaan 77 B03, graag", "Populierenlaan 77 B03", "ADDRESS"),
        # a street that is an article and a street word only
        ("Het Hof 12-B heeft geen brievenbus.", "Het Hof 12-B", "ADDRESS"),
        # a postcode with its country before it after an address without a street word
        ("Graag sturen, Weverij 31-zw, NL-5611 KL.", "Weverij 31-zw", "ADDRESS"),
        # a Scottish street word and a floor said after a number in words
        ("12 Castle Wynd is where she lives.", "12 Castle Wynd", "ADDRESS"),
        (
            "I live at Dorpsstraat thirty-two second floor, near the church",
            "Dorpsstraat thirty-two second floor",
            "ADDRESS",
        ),
        # a date of birth with its month in Roman numerals, any year
        ("Inschrijving voor Tim, 3-XI-2015, zwemles", "3-XI-2015", "DOB"),
        # a relative, their name and a date in brackets
        ("Onze zoon Bas (05-06-2016) doet mee aan de zwemles", "05-06-2016", "DOB"),
        ("My son Oliver James (3rd of June 2018) has a fever", "3rd of June 2018", "DOB"),
        ("Mijn vrouw Els van der Berg (2001/02/17) belt morgen", "2001/02/17", "DOB"),
        # birth announcements, a birthday said with the age, "the seven of June"
        ("Geboortekaartjes voor Daan, 14.02.2023, graag 40 stuks", "14.02.2023", "DOB"),
        ("In het clubblad: Sanne Pot wordt 15 (2 maart '10)!", "2 maart '10", "DOB"),
        ("DOB: the seven of June, nineteen eighty-one.", "the seven of June, nineteen eighty-one", "DOB"),
        # a number after "wordt", after "klant onder", or after a contract and what it is for
        ("Uw lidnummer wordt 41 22 90 17.", "41 22 90 17", "CUSTOMER_NUMBER"),
        ("Ik sta als klant onder 30318.2046 geregistreerd", "30318.2046", "CUSTOMER_NUMBER"),
        ("Leasecontract fietsen 41.88.2093: de bel is kapot", "41.88.2093", "CUSTOMER_NUMBER"),
        ("Servicecontract lift B-311/40552 opzeggen", "B-311/40552", "CUSTOMER_NUMBER"),
        # a member number with its own prefix in capitals after its cue
        ("lidnummer LID 482/19 staat op de pas", "LID 482/19", "CUSTOMER_NUMBER"),
        # a surname in capitals and a listed first name; a name in capitals signing the text off
        ("Begeleider TANAKA Yuki is ziek vandaag.", "TANAKA Yuki", "NAME"),
        ("The account belongs to MCKENZIE, Stuart.", "MCKENZIE, Stuart", "NAME"),
        ("Ik wil mijn geld terug. PIETER BAKKER", "PIETER BAKKER", "NAME"),
        ("Vervaldatum 08/27, naam ŞEYMA YILMAZ.", "ŞEYMA YILMAZ", "NAME"),
        # first names newly listed
        ("Wilma & Eunji", "Eunji", "NAME"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    "text",
    [
        # a shouted message after a cue word in capitals is no name
        "KLANT WACHT AL TWEE WEKEN OP ANTWOORD!!!",
        # a business named after its trade and an owner, a pet, a role
        "Foto Jansen is op maandag gesloten.",
        "Tuinonderhoud Visser komt op dinsdag.",
        "Poes Roos is weer thuis.",
        "Taxichauffeur hier, even een vraag over de rit.",
        # a surname that is an ordinary word at a sentence start
        "Boot gemist, wat nu?",
        # a contract with a date or a verb before the number; a delivery "wordt" a date
        "Mijn contract loopt 01-03-2025 af.",
        "Het huurcontract woning 12-03-2024 getekend.",
        "Uw pakket wordt 2026-07-14 bezorgd.",
        # two sentences: "MX." ends one, the street after it is the next
        "Versie 12.5 van de app crasht.",
        # a relative and a date, no brackets: not a birth date
        "Mijn vader belde op 3 maart 2024 over de factuur.",
        # dots between letters and digits without a vehicle near: no plate
        "Zie paragraaf AB.12.34 van de voorwaarden.",
    ],
)
def test_the_look_alike_stays(text):
    assert redact(text).text == text


def test_a_postcode_before_a_sentence_with_an_address_stays_a_postcode():
    text = "Postcode first: 1234 AB. Then Kerkstraat 12 A03."
    assert kind_covering(text, "1234 AB") == "POSTCODE"
    assert kind_covering(text, "Kerkstraat 12 A03") == "ADDRESS"


@pytest.mark.parametrize(
    ("text", "business"),
    [
        ("Fotografie Van Wijk, klantnummer 88123456.", "Fotografie Van Wijk"),
        ("Hoveniersbedrijf De Gouden Schoffel, klantnummer KL-55555-12.", "De Gouden Schoffel"),
    ],
)
def test_a_business_named_after_its_trade_stays_before_its_customer_number(text, business):
    assert kind_covering(text, business) is None
    assert "[CUSTOMER_NUMBER]" in redact(text).text


def test_a_name_after_a_lower_case_business_word_is_still_a_name():
    assert kind_covering("Het abonnement van Jan de Vries loopt af.", "Jan de Vries") == "NAME"
