"""Unit tests for the forms the redaction rules learnt on 2026-11-30 from the misses of test_v115 and test_v116: one
case each, and the look-alikes that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # national numbers abroad after the word that names them
        ("My Malaysian IC is 880514-08-5521, is that enough?", "880514-08-5521", "BSN"),
        ("NRIC 910230 14 5567 is on my card", None, "BSN"),
        ("Still paying off uni: TFN 512 004 877, CRN 208 114 559K.", "512 004 877", "BSN"),
        ("Still paying off uni: TFN 512 004 877, CRN 208 114 559K.", "208 114 559K", "CUSTOMER_NUMBER"),
        # a name joined by "son of" / "daughter of"
        ("My uncle Ravindran a/l Muniandy moved to Breda.", "Ravindran a/l Muniandy", "NAME"),
        ("Name Siti Aisyah binti Kamal. Please send the receipt.", "Siti Aisyah binti Kamal", "NAME"),
        # a name form's next label after the name
        ("Name: Oluwadamilare Ekwueme, Email: dami@example.org", "Oluwadamilare Ekwueme", "NAME"),
        # an INI section's or a YAML record's id; a keyed field named for a role
        ("[donor]\nid = 7731.402\nname = Ria Hofstede", "7731.402", "CUSTOMER_NUMBER"),
        ("guest:\n  no: 7781.204\n  pitch: 12", "7781.204", "CUSTOMER_NUMBER"),
        ("[rx]\npatient_no=552917\nitem=inhaler", "552917", "CUSTOMER_NUMBER"),
        # an XML element with attributes, named for a subscriber: a name inside, not a number
        ('<alarm>\n  <abonnee nr="PA-7719">OYELOWO, Temitope</abonnee>\n</alarm>', "OYELOWO, Temitope", "NAME"),
        # plates abroad
        ("Mijn neef rijdt in met zijn auto, plaka 34-KBR-771.", "34-KBR-771", "PLATE"),
        ("The car (PDX-4412) is still at the wharf.", "PDX-4412", "PLATE"),
        ("Zijn Marokkaanse kenteken is 41207-د-6, mag hij erin?", "41207-د-6", "PLATE"),
        # a bot's question answered by a guest; a member's code in an XML attribute; a spaced NI number
        ("[10:01] 🤖 Bot: What's your tenant number?\n[10:02] Guest: 58.20417", "58.20417", "CUSTOMER_NUMBER"),
        ('<lid relatiecode="MSEK05A">\n  <naam>Wim</naam>\n</lid>', "MSEK05A", "CUSTOMER_NUMBER"),
        ("My NI number: JT 40 11 72 C, if needed.", "JT 40 11 72 C", "BSN"),
        # Malaysia's streets
        (
            "We lived at No 7 Jalan SS 21/3, Taman Damai Jaya until May.",
            "No 7 Jalan SS 21/3, Taman Damai Jaya",
            "ADDRESS",
        ),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Ik bin Gerda en ik kom morgen.", "Ik bin"),  # Drents "I am", before a name
        ("The IC 7400 chip is on back order.", "IC 7400"),  # a chip, no national number
        ("[09:18] Huurder: ik wil opzeggen", "Huurder"),  # a chat's side, no name
        ("[21:27] User: please refund me", "User"),
        ("Berichten voor bedrijven\nKlant koos: Boete betalen\nApple Pay ✓", "koos"),  # "the customer chose", no Koos
        ("To: Debt Advice Team, Gemeente Arnhem", "Debt Advice"),  # a firm's desk
        ("Zie de tabel in het boekje van de Student Loans Company.", "Loans Company"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
