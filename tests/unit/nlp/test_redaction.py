"""Unit tests: personal data is replaced, business facts are kept."""

import pytest

from nlp.contact_redaction import redact_contact
from nlp.redaction import redact
from pipeline.synthetic import generate
from topics.records import Turn


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        ("mail me at j.de.vries+test@example.co.uk please", "j.de.vries+test@example.co.uk", "EMAIL"),
        ("mijn IBAN is NL91ABNA0417164300", "NL91ABNA0417164300", "IBAN"),
        ("IBAN NL91 ABNA 0417 1643 00 graag", "NL91 ABNA 0417 1643 00", "IBAN"),
        ("card 4111 1111 1111 1111 expired", "4111 1111 1111 1111", "CARD"),
        ("mijn BSN is 111222333", "111222333", "BSN"),
        ("bel me op 06-12345678", "06-12345678", "PHONE"),
        ("call +31 20 123 4567 tomorrow", "+31 20 123 4567", "PHONE"),
        ("ik woon op Kerkstraat 12a in Delft", "Kerkstraat 12a", "ADDRESS"),
        ("postcode 1234 AB", "1234 AB", "POSTCODE"),
        ("Goedemiddag, u spreekt met Jan de Vries.", "Jan de Vries", "NAME"),
        ("Hello, my name is Sarah O'Connor.", "Sarah O'Connor", "NAME"),
        ("Sanne zei gisteren dat het opgelost was", "Sanne", "NAME"),  # a known first name needs no cue
        ("Ik heb Thomas de Boer al twee keer gebeld", "Thomas de Boer", "NAME"),
    ],
)
def test_each_kind_of_personal_data_is_replaced(text, secret, kind):
    result = redact(text)
    assert secret not in result.text
    assert f"[{kind}]" in result.text
    assert result.counts[kind] == 1


@pytest.mark.parametrize(
    "text",
    [
        "De factuur van 3 maart klopt niet, bedrag 1234 euro.",
        "Artikelnummer 123456789 is niet leverbaar.",  # 9 digits, fails the elfproef, a product's number
        "card 4111 1111 1111 1112 is what I typed",  # fails Luhn: not a card number
        "I was charged twice on 2026-11-02.",
        "Will you help me? May I ask why the Bill is wrong?",  # capitalised words that are also names stay
    ],
)
def test_business_facts_are_kept(text):
    assert redact(text).text == text


def test_redact_contact_scrubs_transcript_notes_and_tags_and_detects_language():
    contact = generate(1, seed=5)[0].contact.model_copy(
        update={
            "agent_notes": "Klant Jan de Vries belt terug op 0612345678",
            "agent_tags": ["mail jan@x.nl"],
            "language": None,
        }
    )
    redacted = redact_contact(contact)
    dumped = redacted.model_dump_json()
    for secret in ("0612345678", "jan@x.nl"):
        assert secret not in dumped
    assert redacted.language.value in {"nl", "en"}
    assert sum(redacted.redactions.values()) >= 3


def test_the_agents_question_is_the_cue_for_the_customers_answer_in_the_next_turn():
    turns = [
        Turn(speaker="agent", text="Goedemiddag, wat is uw geboortedatum?"),
        Turn(speaker="customer", text="drie mei negentienachtenvijftig"),
        Turn(speaker="agent", text="Dank u wel, en uw kenteken?"),
        Turn(speaker="customer", text="eh 7 t x 943"),
        Turn(speaker="agent", text="Ik kijk even mee."),
    ]
    contact = generate(1, seed=5)[0].contact.model_copy(update={"transcript": turns})
    redacted = redact_contact(contact)
    assert [turn.text for turn in redacted.transcript] == [
        "Goedemiddag, wat is uw geboortedatum?",
        "[DOB]",
        "Dank u wel, en uw kenteken?",
        "eh [PLATE]",
        "Ik kijk even mee.",
    ]
    assert [turn.speaker for turn in redacted.transcript] == [turn.speaker for turn in turns]
    assert redacted.redactions == {"DOB": 1, "PLATE": 1}


def test_redact_contact_scrubs_the_product_field():
    contact = generate(1, seed=5)[0].contact.model_copy(update={"product": "abonnement van Jan de Vries"})
    redacted = redact_contact(contact)
    assert redacted.product == "abonnement van [NAME]"
    assert redacted.redactions["NAME"] >= 1
    plain = generate(1, seed=5)[0].contact
    assert redact_contact(plain).product == plain.product  # "internet", "tv": unchanged


def test_synthetic_contacts_leave_no_personal_data_after_redaction():
    for item in generate(300, seed=21):
        dumped = redact_contact(item.contact).model_dump_json()
        assert [value for value in item.personal_data if value in dumped] == []
