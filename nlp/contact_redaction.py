"""Redact every free-text field of a contact (transcript, notes, tags, product), and settle its language, before it
leaves the raw tier. The pseudonymous ids (customer_ref, agent_id) are not free text and are left to their own step.
"""

from __future__ import annotations

from collections import Counter

from nlp.language import detect_language
from nlp.redaction import redact
from topics.records import Contact, Language, RedactedContact, Turn


def redact_contact(contact: Contact) -> RedactedContact:
    counts: Counter[str] = Counter()

    def scrub(text: str) -> str:
        result = redact(text)
        counts.update(result.counts)
        return result.text

    turns = [Turn(speaker=turn.speaker, text=scrub(turn.text)) for turn in contact.transcript]
    notes = scrub(contact.agent_notes) if contact.agent_notes else contact.agent_notes
    tags = [scrub(tag) for tag in contact.agent_tags]
    # The product is free text too ("abonnement van Jan de Vries"); placeholders can outgrow its 128 characters.
    product = scrub(contact.product)[:128] if contact.product else contact.product
    language = contact.language or Language(detect_language(" ".join(turn.text for turn in turns)))
    fields = contact.model_dump(exclude={"transcript", "agent_notes", "agent_tags", "product", "language"})
    return RedactedContact(
        **fields,
        transcript=turns,
        agent_notes=notes,
        agent_tags=tags,
        product=product,
        language=language,
        redactions=dict(counts),
    )
