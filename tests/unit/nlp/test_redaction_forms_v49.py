"""Unit tests for the forms the redaction rules learnt from test_v49's misses: one case each, and the look-alikes
that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # a house number on its own after its cue, beside the postcode
        ("Klant: postcode 3511 AB en huisnr 42-bis, de modem knippert.", "42-bis", "ADDRESS"),
        ("Postcode 1017 CT, house number 8B.", "8B", "ADDRESS"),
        # a name written, then spelled with the same letters: one span over both
        ("Ze spelde haar naam als Mulder (M-U-L-D-E-R) en gaf haar postcode.", "Mulder (M-U-L-D-E-R)", "NAME"),
        ("Klant spelt naam als Smit, S van Simon, M van Maria, I van Izaak, T van Teunis.", None, "NAME"),
        ("Surname Kok, Kilo Oscar Kilo, thanks.", "Kok, Kilo Oscar Kilo", "NAME"),
        # letters made clear by a word after a name was asked for
        ("Achternaam: B van Bernard, O van Otto, S van Simon.", "B van Bernard, O van Otto, S van Simon", "NAME"),
        # a name in capitals after "Insured:"
        ("Insured: MAARTJE DE GROOT, policy 4471823.", "MAARTJE DE GROOT", "NAME"),
        # an IBAN read out with its country written "N-L" (no German plate "N-L 07")
        ("IBAN N-L 91 A-B-N-A nul vier een zeven een zes vier drie nul nul.", None, "IBAN"),
        # a plate spelled with the spelling alphabet after a cue and a colon
        ("Kenteken gespeld: P van Pieter, B van Bernard, 12, S van Simon, T van Teunis.", None, "PLATE"),
        # a plate after "Tenaamstelling"; Belgian plates spaced or glued without a cue
        ("Tenaamstelling 7 KXG 21 op naam van de nieuwe eigenaar.", "7 KXG 21", "PLATE"),
        ("Garantieclaim voor de Golf (1 ABX 204), eigenaar uit Gent.", "1 ABX 204", "PLATE"),
        ("Garantieclaim voor de Polo (2KLM731), eigenaar uit Gent.", "2KLM731", "PLATE"),
        # a card in fours with dots, an amount right after it
        ("Afgeschreven van creditcard 4111.1111.1111.1111 250 euro, graag terugboeken.", "4111.1111.1111.1111", "CARD"),
        # a student number after "Student"; an alarm centre's code
        ("Vraag over DUO. Student 448213xk.", "448213xk", "CUSTOMER_NUMBER"),
        ("Meldkamercode 204-118-73, wachtwoord bekend.", "204-118-73", "CUSTOMER_NUMBER"),
        # a street ending in "vliet"
        ("Schade aan de gevel, Oostvliet 12 bis, graag een expert.", "Oostvliet 12 bis", "ADDRESS"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a name followed by other capitals that do not spell it stays one name, the rest stays
        ("Mulder (A-B-C-D) belde", "(A-B-C-D)"),
        # "insured" as an adjective
        ("The insured amount is 500 euro.", "The insured amount is 500 euro."),
        # an amount with a unit after a number is no Belgian plate
        ("Het verbruik was 3 KWH 500 gram later.", "3 KWH 500"),
        # a letter spelled, then a number, is no street after "van": the number stays
        ("Postcode: G van Gerard, 32 klopt niet.", "32 klopt niet"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
