"""Redact every free-text field of a contact (transcript, notes, tags, product), and settle its language, before it
leaves the raw tier. The pseudonymous ids (customer_ref, agent_id) are not free text and are left to their own step.

The transcript is redacted as one text, a turn a line after its speaker ("agent: wat is uw geboortedatum?" /
"customer: 12 maart 1985"): the agent's question is the cue for the customer's answer, and one pass over the
contact costs less than one per turn. Each turn gets back the placeholders that fall inside it.
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

    turns = _redact_transcript(contact.transcript, counts)
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


def _redact_transcript(transcript: list[Turn], counts: Counter[str]) -> list[Turn]:
    """Redact the turns as one text (see the module docstring); `counts` gets each placeholder once."""
    lines, bounds, at = [], [], 0
    for turn in transcript:
        prefix = f"{turn.speaker.value}: "
        lines.append(prefix + turn.text)
        bounds.append((at + len(prefix), at + len(prefix) + len(turn.text)))
        at += len(prefix) + len(turn.text) + 1
    joined = "\n".join(lines)
    result = redact(joined)
    counts.update(result.counts)
    turns, spans, first = [], result.spans, 0
    for turn, (start, end) in zip(transcript, bounds, strict=True):
        while first < len(spans) and spans[first][1] <= start:
            first += 1
        pieces, cursor, index = [], start, first
        while index < len(spans) and spans[index][0] < end:
            span_start, span_end, kind = spans[index]
            pieces += [joined[cursor : max(span_start, start)], f"[{kind}]"]
            cursor = min(span_end, end)
            index += 1
        pieces.append(joined[cursor:end])
        turns.append(Turn(speaker=turn.speaker, text="".join(pieces)))
    return turns
