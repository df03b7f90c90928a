"""Unit tests for the forms the redaction rules learnt from test_v52's misses: one case each, and the look-alikes
that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # a colleague's mention in Jira, and a Slack handle with digits after the surname
        ("[~jdevries] kun jij dit oppakken?", "jdevries", "NAME"),
        ("@anna.bakker2 graag terugbellen.", "anna.bakker2", "NAME"),
        # a name in capitals after "Werknemer:" or "Employee", a payslip's next column apart
        ("Werknemer: PIETER BOS     Pers.nr  4471", "PIETER BOS", "NAME"),
        ("Employee  ANNA DE WIT    No. 3321", "ANNA DE WIT", "NAME"),
        # a payment provider's account id, a merchant id
        ("Verificatie account acct_9XQ2LM81PA, upload ID-bewijs.", "acct_9XQ2LM81PA", "CUSTOMER_NUMBER"),
        ("merchant MID 448213902 wil uitbetaling", "448213902", "CUSTOMER_NUMBER"),
        # a street named after two things joined by "en"
        ("Ik woon op Land en Zeeweg 12, 1234 AB.", "Land en Zeeweg 12", "ADDRESS"),
        # a lease contract column
        ("kenteken,berijder,leasecontract\nAB-12-CD,Ilse Bos,LC88123456", "LC88123456", "CUSTOMER_NUMBER"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a payslip's columns are no part of the name before them
        ("Werknemer: PIETER BOS     Pers.nr  4471", "Pers.nr"),
        # "the employee" as a word, a team's handle
        ("The employee was very friendly.", "The employee was very friendly."),
        ("Stuur het naar @team-payments graag.", "@team-payments"),
        # "en" between two words whose second is no street word
        ("De kruiden Peper en Zout 12 stuks.", "Peper en Zout 12 stuks"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
