"""Unit tests for the forms the redaction rules learnt from test_v44's and test_v45's misses: one case each, and
the look-alikes that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # a register's SURNAME, GIVEN all in capitals ending its clause, in a line not shouted
        ("Please call me back on that number, OKONKWO, CHIAMAKA.", "OKONKWO, CHIAMAKA", "NAME"),
        ("Terugbetalen op de rekening ten name van DIMITROVA, ELENA.", "DIMITROVA, ELENA", "NAME"),
        # a couple: a given name, "&"/"en"/"and", a full name
        ("Incasso van de rekening t.n.v. Wim & Truus Boersma.", "Wim & Truus Boersma", "NAME"),
        # a lower-case name after "klant" and before what the customer did
        ("Klant jonas vermeulen betaalde twee keer voor hetzelfde pakket.", "jonas vermeulen", "NAME"),
        # a French street, the number first; a street glued to its number; a postcode glued to its cue
        ("Livraison: 27 Rue de la Loi, 1040 Etterbeek.", "27 Rue de la Loi", "ADDRESS"),
        ("nieuwadres Dorpsstraat112 graag aanpassen", "Dorpsstraat112", "ADDRESS"),
        ("nieuwadres Dorpsstraat112 postcode8011AB", "8011AB", "POSTCODE"),
        # an Australian unit ("unit 5 of number 12")
        ("Please send the card to Unit 5/12 Wattle Street, Brisbane.", "Unit 5/12 Wattle Street", "ADDRESS"),
        # a JSON key with an object before it ("Contact.Name")
        ('{"Id": "42", "Contact.Name": "OKAFOR Ngozi", "Status": "Open"}', "OKAFOR Ngozi", "NAME"),
        # "geb:" with a colon
        ("kind: Noor | geb: 3 mei 2019 | groep 2", "3 mei 2019", "DOB"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # words in capitals around a comma that are the message, not a name
        ("LET OP, BELANGRIJK: de winkel is dicht.", "LET OP, BELANGRIJK"),
        # two pets' names stay two spans: no "en" between them is redacted
        ("Guus en Kees mogen samen in de bench.", " en "),
        # an agent's note about the customer's mood is no name
        ("Klant heel erg boos belde terug.", "heel erg boos"),
        # a form's labels are no part of the name before them
        ("Naam:MIEKE BRINKHUIS Adres:Zeldenrustlaan 40B", "Adres:"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
