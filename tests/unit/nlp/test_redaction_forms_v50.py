"""Unit tests for the forms the redaction rules learnt from test_v50's misses: one case each, and the look-alikes
that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # the floor after the house number
        ("Niemand thuis op Rozenlaan 14 2e. Nieuwe afspraak volgt.", "Rozenlaan 14 2e", "ADDRESS"),
        ("Bedwantsen bij fam. Kok, Dorpsstraat 9 3e, 1234 AB Ede.", "Dorpsstraat 9 3e", "ADDRESS"),
        # a street without a street word after "wonende"
        ("Voor de akte: Jan Kok, nu wonende Zonnebloem 12a.", "Zonnebloem 12a", "ADDRESS"),
        # an address abroad given as where someone lives now, with its place
        ("Applicant: X | current address Kingsway Road 8, Kampala", "Kingsway Road 8, Kampala", "ADDRESS"),
        ("Until June we still live at Ilica 12, Zagreb; call me later.", "Ilica 12, Zagreb", "ADDRESS"),
        # a mortgage, a loan part, a mortgage application
        ("De hypotheek 104.221.876 staat op ons beider naam.", "104.221.876", "CUSTOMER_NUMBER"),
        ("Wij sturen de offerte voor leningdeel 220.114.903 naar u.", "220.114.903", "CUSTOMER_NUMBER"),
        ("Our mortgage application is LN 44120938, thanks.", "LN 44120938", "CUSTOMER_NUMBER"),
        # a CSV export's tenant and loan number columns
        ('tenant,unit,plate,iban\n"anna de wit","B-12","12-AB-34","NL91ABNA0417164300"', "anna de wit", "NAME"),
        ('"loan_no","applicant"\n"LN 20331845","Bos, Ilse"', "LN 20331845", "CUSTOMER_NUMBER"),
        # "aapje" for the "@" in an address read out
        ("Mijn mail is ilse punt bos aapje gmail punt com, graag.", "ilse punt bos aapje gmail punt com", "EMAIL"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "2e" that is no floor: a second time
        ("Hij belde op Kerkstraat 4 2e keer terug.", "2e keer"),
        # a city after an address without a cue that says where someone lives stays
        ("De winkel op Kerkstraat 4, Utrecht.", "Utrecht"),
        # "hypotheek" before a word, not a number
        ("De hypotheek is afgelost in 2019.", "afgelost in 2019"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
