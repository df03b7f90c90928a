"""Unit tests for the forms the redaction rules learnt from test_v42's and test_v43's misses: one case each, and
the look-alikes that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # a cell of a data row: a name in capitals, in lower case first in a contact row, initials and a surname,
        # and a plate with spaces for its dashes
        ("K-20931\tFENNA DE GRAAF-OSEI\tLaan 12\t1011 AB\tF.OSEI@EXAMPLE.NL", "FENNA DE GRAAF-OSEI", "NAME"),
        ("tesfay berhane | t.berhane@example.com | 0612345678 | Utrecht", "tesfay berhane", "NAME"),
        ("LID-441\tPJ Wijnands\tp.wijnands@example.nl\tNL91ABNA0417164300", "PJ Wijnands", "NAME"),
        ("3 mei\tGH 12 TZ\tJansen\tK-7781234\tp.jansen@example.nl", "GH 12 TZ", "PLATE"),
        # a table's columns named for a pupil, a parent, a dossier or a loan
        ("| Leerling | Ouder | Dossier |\n|---|---|---|\n| Sem | Ria Bakker | 2025/118.204 |", "Sem", "NAME"),
        (
            "| Leerling | Ouder | Dossier |\n|---|---|---|\n| Sem | Ria Bakker | 2025/118.204 |",
            "2025/118.204",
            "CUSTOMER_NUMBER",
        ),
        # dates of birth: year first with dots (Hungarian forms), month first with dashes after a cue, and after
        # a note that it was checked
        ("Aanvrager Réka Tóth (1983. 04. 21.) belt terug.", "1983. 04. 21.", "DOB"),
        ("Second driver: Kyle Moss, born 7-23-85, US licence.", "7-23-85", "DOB"),
        ("klant Bakker, geb.datum geverifieerd (3 okt 1999).", "3 okt 1999", "DOB"),
        # numbers read out with an English hesitation between the groups
        (
            "my number is zero six one, er, two three four, um, five six seven",
            "zero six one, er, two three four",
            "PHONE",
        ),
        # OCR's S for 5 and B for 8 in numbers, and a 0 in a name in capitals
        ("BSN S224.99.909 volgens de scan", "S224.99.909", "BSN"),
        ("Ondergetekende KAREL PR0VOOST machtigt ons.", "KAREL PR0VOOST", "NAME"),
        # a postcode with its letters apart, as a field of its own
        ("Klant 4471 - Jan Kok - 9711 K L - wil bellen", "9711 K L", "POSTCODE"),
        # an agent's initial after a dot or before a time in brackets
        ("Nagebeld door Ilse W..", "Ilse W.", "NAME"),
        ("Overdracht Kim S. (09:10): klant wacht.", "Kim S.", "NAME"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # ordinary words in a row's cells stay, and so does an appointment's date further along a row
        ("incident 4471\tzaterdag 13 juni\tstatus gesloten\tteam backoffice", "status gesloten"),
        ("28-02-2026;19:30;DANA EL KHOURY;06.10.1988;de SEH;bevestigd", "28-02-2026"),
        ("ORD-1;GELEVERD;€ 12,00;ALBERT HEIJN", "ALBERT HEIJN"),
        # a version or a number with dots is no date of birth, a hesitation-like "er" in Dutch is no number
        ("Er is versie 2024. 05. 01. uitgebracht.", "2024. 05. 01."),
        ("Er zijn er 3, er komen er 4 bij.", "er 4"),
        # OCR repair leaves house numbers and short codes alone
        ("Ik woon op nummer 5B en heb een iPhone 7S.", "iPhone 7S"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
