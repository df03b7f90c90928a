"""Unit tests for the forms the redaction rules learnt from test_v62's misses: one case each, and the look-alikes
that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # the account that changed a field in an audit trail, with or without the "@" (which goes with it)
        ("Veld 'telefoon' gewijzigd van 0612345678 naar 0687654321 door marieke.jansen.", "marieke.jansen", "NAME"),
        ("Field 'email' changed from a.b@example.nl to c.d@example.nl by pvisser.", "pvisser", "NAME"),
        ("Field 'email' changed from a.b@example.nl to c.d@example.nl by @sanne.kuipers.", "@sanne.kuipers", "NAME"),
        # a review's author in lower case before the colon
        ("Trustpilot review by femke de groot: slow delivery, rude driver.", "femke de groot", "NAME"),
        ("Google-review van joris haverkamp: prima dierenarts.", "joris haverkamp", "NAME"),
        # a surname in capitals after a listed given name
        ("Nieuwe gift van Ilse KORTEWEG, maandelijks.", "Ilse KORTEWEG", "NAME"),
        ("Incasso mislukt, klant Fatima EL AMRANI.", "Fatima EL AMRANI", "NAME"),
        # a postcode the IVR recognised, read back in pieces
        ("IVR: postcode recognised as '35 12 A B', caller transferred.", "35 12 A B", "POSTCODE"),
        # a Belgian letter's street in lower case, its box after a slash
        ("Monsieur Dubois, domicilié rue Neuve 14/2, 1000 Bruxelles.", "rue Neuve 14/2", "ADDRESS"),
        ("Klant woont avenue Louise 231, Brussel.", "avenue Louise 231", "ADDRESS"),
        # a donor's number after "donateur"
        ("donateur 448.2291 wil de machtiging stoppen", "448.2291", "CUSTOMER_NUMBER"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a team's account and an ordinary word after "by" in an audit trail
        ("Status changed from open to closed by support.team.", "support.team"),
        ("Status changed from open to closed by system.", "by system"),
        # a review that names no one
        ("Review van de week: prima service", "Review van de week"),
        # free and paid service numbers are organisations'
        ("Pensioenvragen? Bel 0800 1400 op werkdagen.", "Bel 0800 1400 op"),
        ("Bel 0900-1234 567 voor vragen.", "0900-1234 567"),
        # "place" as an English word, and capitals shouted after a name
        ("The meeting will take place Monday 12 May.", "take place Monday 12 May"),
        ("Dank je Maria, DRINGEND graag terugbellen.", "DRINGEND"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
