"""Unit tests: the forms of personal data the privacy review found leaking, one case each, and what must stay."""

import pytest

from nlp.redaction import redact


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # dates of birth
        ("Ik ben geboren op 12 maart 1985.", "12 maart 1985", "DOB"),
        ("geb. 03-04-1979, dat staat in het contract", "03-04-1979", "DOB"),
        ("My date of birth is 3rd of March 1979.", "3rd of March 1979", "DOB"),
        ("DOB: 1985-03-12", "1985-03-12", "DOB"),
        ("I was born on March 3, 1979.", "March 3, 1979", "DOB"),
        ("Geboortedatum is 12/3/85 volgens mij.", "12/3/85", "DOB"),
        # licence plates
        ("Mijn kenteken is 12-ABC-3.", "12-ABC-3", "PLATE"),
        ("De auto met XX-99-99 staat bij de dealer.", "XX-99-99", "PLATE"),
        ("kenteken 1-kbx-23 is geschorst", "1-kbx-23", "PLATE"),
        ("The car registration is AB12 CDE.", "AB12 CDE", "PLATE"),
        # numbers after a cue
        ("Mijn klantnummer is 12345678.", "12345678", "CUSTOMER_NUMBER"),
        ("customer number AB-123456 please", "AB-123456", "CUSTOMER_NUMBER"),
        ("Polisnummer: 2024 5566 graag opzeggen", "2024 5566", "CUSTOMER_NUMBER"),
        ("account #A1234567 never worked", "A1234567", "CUSTOMER_NUMBER"),
        ("Ze gaf mij LH-837783 als referentie.", "LH-837783", "CUSTOMER_NUMBER"),  # no cue: shape is enough
        ("Mijn paspoortnummer is NW3K12345.", "NW3K12345", "ID_NUMBER"),
        # names
        ("Het contract staat op naam van J. de Vries.", "J. de Vries", "NAME"),
        ("A.B. Jansen heeft getekend.", "A.B. Jansen", "NAME"),
        ("Kunt u meneer Bakker terugbellen?", "Bakker", "NAME"),
        ("Mevrouw De Groot heeft opgezegd.", "De Groot", "NAME"),
        ("Could you ask Mr Smith to call me?", "Smith", "NAME"),
        ("Met vriendelijke groet,\nJan Jansen", "Jan Jansen", "NAME"),
        ("Kind regards, J. Smith", "J. Smith", "NAME"),
        ("Groetjes,\nAnouk", "Anouk", "NAME"),
        ("Heeft Xander Bakker de brief ontvangen?", "Xander Bakker", "NAME"),  # unknown first name, known surname
        ("Goedemorgen, met Xylander.", "Xylander", "NAME"),  # unknown name after a greeting and "met"
        ("mijn naam is jan de vries en ik wacht al een week", "jan de vries", "NAME"),
        ("Emma Green belde gisteren.", "Emma Green", "NAME"),
        ("Fatima El Amrani belt terug.", "Fatima El Amrani", "NAME"),
        # addresses
        ("Ik woon aan de Laan van Meerdervoort 1234 in Den Haag.", "Laan van Meerdervoort 1234", "ADDRESS"),
        ("Burgemeester de Vlugtlaan 12-II is het adres.", "Burgemeester de Vlugtlaan 12-II", "ADDRESS"),
        ("Het adres is Lange Voorhout 27, Den Haag.", "Lange Voorhout 27", "ADDRESS"),
        ("I live at 12 High Street, London.", "12 High Street", "ADDRESS"),
        ("ik woon op kerkstraat 3", "kerkstraat 3", "ADDRESS"),
        # spelled out
        ("mijn mail is jan punt jansen at gmail punt com", "jan punt jansen at gmail punt com", "EMAIL"),
        ("jan apenstaartje hotmail punt nl graag", "jan apenstaartje hotmail punt nl", "EMAIL"),
        ("sarah dot jones at outlook dot co dot uk", "sarah dot jones at outlook dot co dot uk", "EMAIL"),
        (
            "bel nul zes een twee drie vier vijf zes zeven acht",
            "nul zes een twee drie vier vijf zes zeven acht",
            "PHONE",
        ),
        ("nul zes twaalf vierendertig zesenvijftig achtentachtig", "twaalf vierendertig", "PHONE"),
        # lower-case and grouped forms
        ("postcode 1131 kp", "1131 kp", "POSTCODE"),
        ("ik zit in 7530zn", "7530zn", "POSTCODE"),
        ("het adres is Dorpsstraat 4, 7288 we Leiden", "7288 we", "POSTCODE"),
        ("stort maar op nl51rabo0123456789", "nl51rabo0123456789", "IBAN"),
        ("BE71 0961 2345 6769 is mijn Belgische rekening", "BE71 0961 2345 6769", "IBAN"),
        ("BSN 1234 56 782", "1234 56 782", "BSN"),
        ("bel (020) 193 85 92 na vijven", "(020) 193 85 92", "PHONE"),
        ("of 010 - 163 99 19", "010 - 163 99 19", "PHONE"),
        ("+31 (0)6 1234 5678 is mijn mobiel", "+31 (0)6 1234 5678", "PHONE"),
        ("call 07700 900123 tomorrow", "07700 900123", "PHONE"),
    ],
)
def test_each_new_form_is_replaced(text, secret, kind):
    result = redact(text)
    assert secret not in result.text
    assert f"[{kind}]" in result.text


@pytest.mark.parametrize(
    "text",
    [
        "Met Kerst ben ik niet thuis.",
        "Sinds de update naar Windows 11 werkt het niet.",
        "Ik heb een wasmachine gekocht bij Coolblue.",
        "Ik ben overgestapt van Vodafone naar KPN en Ziggo.",
        "Betalen met Google Pay lukt niet.",
        "Dit is al de derde keer dat ik bel.",
        "Met wie spreek ik eigenlijk?",
        "Hallo, met de klantenservice van Ziggo.",
        "Black Friday was een drama bij Bol.",
        "Op maandag 3 maart 2026 was er een storing.",
        "De factuur van 15-01-2026 is 1234 euro.",
        "Storing 4521 is opgelost.",
        "Ik heb 2000 MB data en 1500 euro betaald in 2024 en 2025.",
        "In 2024 is de prijs omhoog gegaan.",
        "Kind regards,\nThe Coolblue team",
        "Thanks, that solved it.",
        "Dan bel ik morgen terug.",
        "Can you help me? Ben je er nog?",
        "Ik ben onderweg 2 uur kwijt geweest.",
        "Mijn modem heeft firmware 7.29.1.",
        "The iPhone 15 Pro costs £999.",
        "The letter refers to Appendix B. There's no Appendix B.",  # one initial needs a known name after it
        "Are you open on King's Day?",  # two surnames that are also words are no name
    ],
)
def test_ordinary_words_stay(text):
    assert redact(text).text == text


def test_counts_and_spans_describe_the_replacements():
    text = "Mevrouw De Groot, klantnummer 12345678, belt op 06-12345678."
    result = redact(text)
    assert result.counts == {"NAME": 1, "CUSTOMER_NUMBER": 1, "PHONE": 1}
    assert [text[start:end] for start, end, _ in result.spans] == ["De Groot", "12345678", "06-12345678"]
    assert result.text == "Mevrouw [NAME], klantnummer [CUSTOMER_NUMBER], belt op [PHONE]."


def test_a_title_stays_and_only_the_name_goes():
    assert redact("Graag een reactie aan meneer Jansen.").text == "Graag een reactie aan meneer [NAME]."


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        ("ik ben noor, ik bel over de storing", "noor", "NAME"),
        ("hi im thomas-jan and my wifi is broken", "thomas-jan", "NAME"),
        ("this is sander calling about my bill", "sander", "NAME"),
        ("ik heet fatima el amrani", "fatima el amrani", "NAME"),
        ("Joh. Turner heeft getekend.", "Joh. Turner", "NAME"),
        ("Graag t.a.v. Th. Kuiper versturen.", "Th. Kuiper", "NAME"),
        ("Brief aan W. Karsten, zie bijlage.", "W. Karsten", "NAME"),
        ("Ik sprak met Yusuf Kaya van de winkel.", "Yusuf Kaya", "NAME"),
        ("Bel 06.12.34.56.78 na vijven.", "06.12.34.56.78", "PHONE"),
        ("Bel 06-12.34.56.78 na vijven.", "06-12.34.56.78", "PHONE"),
        ("kenteken 8 BRR 55 staat op naam van mijn vrouw", "8 BRR 55", "PLATE"),
        ("My plate is gh12kl.", "gh12kl", "PLATE"),
        ("Het gaat om dossier 290134/7.", "290134/7", "CUSTOMER_NUMBER"),
        ("Case JDO-2012-5013 is still open.", "JDO-2012-5013", "CUSTOMER_NUMBER"),
        ("Relatienummer: KL/2023/4481", "KL/2023/4481", "CUSTOMER_NUMBER"),
        ("Zij gaf mij 5106 993 als referentie.", "5106 993", "CUSTOMER_NUMBER"),
        ("Noor de Jong, Vredenburg 32, 8910 km Amersfoort", "Vredenburg 32", "ADDRESS"),
        ("Noor de Jong, Vredenburg 32, 8910 km Amersfoort", "8910 km", "POSTCODE"),
        ("Ilias Turner\nOudwijk 166 bis\n5982EN Gouda", "Oudwijk 166 bis", "ADDRESS"),
        ("Ik woon op de Drift 30 bis, 6769 km.", "Drift 30 bis", "ADDRESS"),
        ("Ik woon op de Drift 30 bis, 6769 km.", "6769 km", "POSTCODE"),
        ("My postcode is 6175AM.", "6175AM", "POSTCODE"),
        ("Geboren 3-4-'85 in Delft.", "3-4-'85", "DOB"),
        ("geb. 12.03.85, zo staat het erin", "12.03.85", "DOB"),
    ],
)
def test_weaker_forms_are_replaced(text, secret, kind):
    result = redact(text)
    assert secret not in result.text
    assert f"[{kind}]" in result.text


@pytest.mark.parametrize(
    "text",
    [
        "ik ben er morgen niet, bel maar overmorgen",
        "this is the second time it happened",
        "hi im calling about the outage",
        "Ik heb vitamine D. Daarna ging het beter.",
        "Artikelnummer 123456789 is niet leverbaar.",
        "Op 06.12.2026 om 14.30 uur komt de monteur.",
        "De factuur van 12-03-2026 klopt niet.",
        "Ik woon in Den Bosch en werk in Den Haag.",
        "Kamer 12 op verdieping 3 is de balie.",
        "Ik heb 1000 MB over en het is 2 GB.",
        "Het kenteken is is niet bekend.",
        "In case you wonder, it is Windows 11 and Google Pay.",
    ],
)
def test_ordinary_words_stay_with_the_weaker_forms(text):
    assert redact(text).text == text
