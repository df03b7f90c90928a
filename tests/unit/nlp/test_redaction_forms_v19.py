"""Unit tests for the forms the redaction rules learnt from test_v20's misses: one case each, and the
look-alikes that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import kind_covering


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # a comma without a space between the street and its number
        ("Stuur de pas naar Berkenlaan,17, 3512 AB Utrecht.", "Berkenlaan,17", "ADDRESS"),
        ("Lever af op Ir. Jansenweg,4 graag", "Ir. Jansenweg,4", "ADDRESS"),
        # lower-case and capitals words before the street word, after a comma, colon or a word leading to a place
        ("Afzender: Piet Bos, anna paulownastraat 12bis, 2518 BE.", "anna paulownastraat 12bis", "ADDRESS"),
        ("Pakket graag naar van 't hoffplein 3-II.", "van 't hoffplein 3-II", "ADDRESS"),
        ("ADRES: VAN DER HELST VAN OOSTWEG 7", "VAN DER HELST VAN OOSTWEG 7", "ADDRESS"),
        ("Schade bij IR. DE JONGLAAN 41 gemeld", "IR. DE JONGLAAN 41", "ADDRESS"),
        # a suffix of the house number the rule stopped before
        ("Factuur naar HOOFDSTRAAT 149 zw, 1234 AB Ede", "HOOFDSTRAAT 149 zw", "ADDRESS"),
        ("Sleutel ligt op MOLENWEG 8A-03, 4321 CD", "MOLENWEG 8A-03", "ADDRESS"),
        # a street wrapped over two lines of a signature or form
        ("Groet,\nAnna\nBurgemeester\nDe Vlugtlaan 3\n1063 BP Amsterdam", "Burgemeester\nDe Vlugtlaan 3", "ADDRESS"),
        ("Adres:\nMgr.\nNolenslaan 21\n6131 KX Sittard", "Mgr.\nNolenslaan 21", "ADDRESS"),
        ("Groet,\nTim\nKerk\nvan Ommenweg 2\n7000 AA Doetinchem", "Kerk\nvan Ommenweg 2", "ADDRESS"),
        # a lower-case street without a street word before a postcode, after a colon or comma
        ("Nieuw adres wordt: kikkenstein 2214, 1106 AB.", "kikkenstein 2214", "ADDRESS"),
        # a house number said in words after "house at", "number", and "bis"
        ("The house at Dorpsstraat number twelve bis has a red door.", "Dorpsstraat number twelve bis", "ADDRESS"),
        # a card with a slash between spaces
        ("Betaald met 4111 / 1111 / 1111 / 1111 gisteren", "4111 / 1111 / 1111 / 1111", "CARD"),
        # a mobile number typed with a letter O; an area code in brackets; an extension after the number
        ("Bel me op O6-12345678 na vijven", "O6-12345678", "PHONE"),
        ("Our office: +31 (20) 555 1234.", "+31 (20) 555 1234", "PHONE"),
        ("Hij is bereikbaar, bel (599) 7654321.", "(599) 7654321", "PHONE"),
        ("Werk: 020-555 1234 toestel 211, na 9 uur", "020-555 1234 toestel 211", "PHONE"),
        ("Desk line 030 2345678 ext. 45, ask for Sam.", "030 2345678 ext. 45", "PHONE"),
        ("Kantoor 0512 345 678 (doorkiesnummer 12)", "0512 345 678 (doorkiesnummer 12)", "PHONE"),
        # a chat speaker's name in lower case
        ("[09:41] marieke: mijn pakket is niet aangekomen", "marieke", "NAME"),
        # a lower-case name after "naam" before the next field of a form
        ("naam joris bakker adres dorpsweg 1", "joris bakker", "NAME"),
        # a lower-case name that the e-mail address beside it spells
        ("Account opzeggen: femke de boer, femke.deboer@example.nl", "femke de boer", "NAME"),
        # initials without dots before a name that signs off; an initial after a surname and a comma
        ("De meter is vervangen. Bedankt. KL Jansen", "KL Jansen", "NAME"),
        ("Het klopt niet wat jullie hebben. Visser, P.", "Visser, P.", "NAME"),
        # a name wrapped over two lines
        ("Het staat op naam van\nSanne\nBakker\nen niet op de mijne", "Sanne\nBakker", "NAME"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert kind_covering(text, secret) == kind, redact(text).text


@pytest.mark.parametrize(
    ("text", "pieces", "kind"),
    [
        # a value over two chat messages with a time stamp in front of each
        ("[10:01] Klant: iban NL91 ABNA\n[10:01] Klant: 0417 1643 00", ("NL91 ABNA", "0417 1643 00"), "IBAN"),
        ("Kaartnummer:\n[10:02] Klant: 4111 1111\n[10:02] Klant: 1111 1111", ("4111 1111", "1111 1111"), "CARD"),
        ("[10:03] Klant: bsn is 1112\n[10:03] Klant: 22333", ("1112", "22333"), "BSN"),
        ("[10:04] Klant: mail is p.jansen@\n[10:04] Klant: example.com", ("p.jansen@", "example.com"), "EMAIL"),
        ("Klant: account staat op p.jansen@\nKlant: example.com", ("p.jansen@", "example.com"), "EMAIL"),
    ],
)
def test_a_value_over_two_chat_messages_is_redacted(text, pieces, kind):
    for piece in pieces:
        assert kind_covering(text, piece) == kind, redact(text).text


def test_an_address_on_two_lines_of_an_email_is_one_span():
    assert kind_covering("Mailadres:\np.jansen@\nexample.com", "p.jansen@\nexample.com") == "EMAIL"


@pytest.mark.parametrize(
    "text",
    [
        # a role speaking in a chat, not a name
        "[09:41] klant: mijn pakket is niet aangekomen",
        # "naam" before ordinary words, not before a form's next field
        "De naam klopt gewoon, dank je.",
        # a time between brackets before a role and a number that is no phone's
        "[10:05] Medewerker: dat kost (10) euro",
    ],
)
def test_the_look_alike_stays(text):
    assert redact(text).text == text


def test_lower_case_words_before_a_street_stay_without_a_comma_colon_or_place_word_before_them():
    text = "Het was dat ik kerkstraat 5 bedoelde"
    assert kind_covering(text, "kerkstraat 5") == "ADDRESS"
    assert redact(text).text == "Het was dat ik [ADDRESS] bedoelde"


def test_words_after_a_phone_number_are_no_extension():
    assert redact("Bel 020-555 1234 x 3 keer, niemand neemt op.").text == "Bel [PHONE] x 3 keer, niemand neemt op."


def test_an_article_before_a_capitalised_street_is_not_taken_along():
    text = "Ik woon op de Kerkstraat 5, 1234 AB."
    assert kind_covering(text, "Kerkstraat 5") == "ADDRESS"
    assert kind_covering(text, "de Kerkstraat 5") is None


def test_a_first_name_signing_off_on_its_own_line_is_not_taken_into_the_street():
    text = "Groeten,\nMarieke\nKerkstraat 5\n1234 AB Utrecht"
    assert kind_covering(text, "Kerkstraat 5") == "ADDRESS"
    assert kind_covering(text, "Marieke\nKerkstraat 5") is None


def test_an_ordinary_word_before_the_address_after_a_cue_stays():
    text = "nieuw adres is veranderd naar Kerkstraat 5"
    assert "adres" in redact(text).text and "veranderd" in redact(text).text


def test_lower_case_words_beside_an_e_mail_address_they_do_not_spell_stay():
    # the words around an address are not redacted (a role mailbox stays since the round on test_v38)
    assert (
        redact("graag reactie naar m.smit@example.nl over de factuur").text
        == "graag reactie naar [EMAIL] over de factuur"
    )
    assert redact("graag reactie naar info@example.nl over de factuur").text.endswith("info@example.nl over de factuur")


def test_two_numbers_in_two_messages_that_fail_the_check_together_are_no_card():
    text = "Kaart?\n[10:01] Klant: 1234 5678\n[10:01] Klant: 9999 0001 klopt?"
    assert "[CARD]" not in redact(text).text
