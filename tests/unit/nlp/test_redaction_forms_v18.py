"""Unit tests for the forms the redaction rules learnt from test_v19's misses: one case each, and the
look-alikes that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as, kind_covering


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # a street in capitals after titles or abbreviations, its number in any case
        ("Stuur het naar PRINSES BEATRIXLAAN 12 bg, dank u", "PRINSES BEATRIXLAAN 12 bg", "ADDRESS"),
        ("Mijn adres: MR. VISSERSTRAAT 4-zw.", "MR. VISSERSTRAAT 4-zw", "ADDRESS"),
        ("WE WONEN OP JAN VAN GOYENKADE 17 app. 3", "JAN VAN GOYENKADE 17 app. 3", "ADDRESS"),
        ("verhuisd naar HENDRIK JACOBSZ. MOLENWEG 88-2hg", "HENDRIK JACOBSZ. MOLENWEG 88-2hg", "ADDRESS"),
        ("Bezorgen op PLEIN VAN DE VREDE 9 graag", "PLEIN VAN DE VREDE 9", "ADDRESS"),
        # a line break inside the street's name or between the street and its number
        ("Groet,\nAnna de Wit\nBurg.\nRijnderslaan 40\n1234 AB Ede", "Burg.\nRijnderslaan 40", "ADDRESS"),
        ("Groet,\nKees Boer\nKolonel\nvan Heutszlaan 3", "Kolonel\nvan Heutszlaan 3", "ADDRESS"),
        ("Post voor mij: Rozenakker\n7 bis, Zwolle", "Rozenakker\n7 bis", "ADDRESS"),
        # a cue word with a capital before a lower-case street, a street named after a year, "address" bare
        ("Adres: het kleine veld 19\nTel: volgt", "het kleine veld 19", "ADDRESS"),
        ("Adres: laan 1940 7b", "laan 1940 7b", "ADDRESS"),
        ("New address HET SPANT 41.", "HET SPANT 41", "ADDRESS"),
        ("ADRES: SPAARNE T/O 14, Haarlem", "SPAARNE T/O 14", "ADDRESS"),
        ("Ik woon op Zuidersloot 21a.", "Zuidersloot 21a", "ADDRESS"),
        # a lower-case street named after a title or with an ordinal
        ("Fam. Bos, prinses irenestraat 8-hs, 1234 ab Ede", "prinses irenestraat 8-hs", "ADDRESS"),
        ("Ik zit op 3e van der helststraat 12", "3e van der helststraat 12", "ADDRESS"),
        ("Jet Smit, burgemeester de withstraat 55 B", "burgemeester de withstraat 55 B", "ADDRESS"),
        # a preposition-and-article street after a comma
        ("Met groet, Jan Mol, Onder de Linden 14.", "Onder de Linden 14", "ADDRESS"),
        # a house number said in words ending the clause
        ("Het is Molenweg zevenendertig.", "Molenweg zevenendertig", "ADDRESS"),
        ("That is Lindenlaan forty-two, thanks", "Lindenlaan forty-two", "ADDRESS"),
        # a Polish street and its postcode
        ("Nowy adres: ul. Zielona 12/4, 00-950 Gdańsk", "ul. Zielona 12/4", "ADDRESS"),
        ("Nowy adres: ul. Zielona 12/4, 00-950 Gdańsk", "00-950", "POSTCODE"),
        # a postcode read out with "J van Jan" letters, or after a cue with words before its colon
        ("Postcode en huisnummer?\nK: twaalf vierendertig A van Anton B van Bart.", None, "POSTCODE"),
        ("Postcode as noted down: one two three four K L", "one two three four K L", "POSTCODE"),
        # a BSN over a line break is one span with the break inside it
        ("BSN staat op twee regels:\n1112\n22333", "1112\n22333", "BSN"),
        # a relative and a name with a date in brackets, also the name inside, a US date, the next in a list
        ("The invoice for my eldest, Sam (14-02-2019), is wrong", "14-02-2019", "DOB"),
        ("Mijn vader (Henk Post, 03-04-41) is verhuisd", "03-04-41", "DOB"),
        ("my dad Tom Hale (11/23/1950) lost his card", "11/23/1950", "DOB"),
        ("de kinderen: Eva Bos (01-02-10) en Ties Bos (03-04-12)", "03-04-12", "DOB"),
        # after a birth cue a day and a month in words with the year in digits
        ("Ik ben geboren op elf vier 1972.", "elf vier 1972", "DOB"),
        # customer-number cues
        ("deelnemer XT 481 226 19 wil stoppen", "XT 481 226 19", "CUSTOMER_NUMBER"),
        ("Debtor 558812: please call back", "558812", "CUSTOMER_NUMBER"),
        ("lease contract 41-552093-8 loopt af", "41-552093-8", "CUSTOMER_NUMBER"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    "text",
    [
        # a street word, a particle and a name without a number is a street, not a person
        "De werkzaamheden op de Laan van Nieuw Oost-Indië zijn klaar.",
        "The market on Plein van de Vrede is on Saturdays.",
        # a place after a location word
        "Vestiging Den Haag is gesloten op maandag.",
        # an old date after "founded on" is no birth date
        "The club was founded on 3 May 1921.",
        # "address line 1" is no street; a sentence starting with a preposition and an article is no street
        "Fill in address line 1 first.",
        "In de Week 3 planning staat niets.",
        # a street word and a count in words that does not end the clause
        "Loop de Molenweg twee keer af.",
        # a line with a postcode after a street line is not its house number
        "Albert Terrace\n1234 AB Utrecht",
    ],
)
def test_the_look_alike_stays(text):
    if text == "Albert Terrace\n1234 AB Utrecht":
        assert kind_covering(text, "1234 AB") == "POSTCODE"
        return
    assert redact(text).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Het contract van Ans van der Laan loopt af.", "Ans van der Laan"),
        ("Het contract van Piet van der Laan van de buren loopt af.", "Piet van der Laan"),
        ("Rekening t.n.v. Laan, van, P. (zie bijlage)", "Laan, van, P."),
    ],
)
def test_a_name_with_a_street_word_in_it_is_still_a_name(text, name):
    assert kind_covering(text, name) == "NAME", redact(text).text
