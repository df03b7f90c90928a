"""Replace personal data in free text with typed placeholders before it leaves the raw tier.

Each detector reports spans on the original text; the earlier detector wins where spans overlap, so a card
number is not half-eaten by the phone rule and a street name is not taken for a surname. Names come last:
their recogniser skips words another kind already claimed. `Redaction.spans` says what was replaced where.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from nlp.redaction.address_edges import address_edges
from nlp.redaction.address_forms import ADDRESS_FORMS, ADDRESS_FORMS_AFTER
from nlp.redaction.addresses import ADDRESSES
from nlp.redaction.addresses_beside import addresses_beside
from nlp.redaction.airline_records import airline_passenger_spans
from nlp.redaction.bare_identifiers import bare_identifier_spans
from nlp.redaction.chat_speakers import chat_speaker_spans
from nlp.redaction.chinese_forms import chinese_spans
from nlp.redaction.compound_numbers import COMPOUND_NUMBER
from nlp.redaction.contract_ids import CONTRACT_IDS
from nlp.redaction.csv_fields import CSV_FIELDS
from nlp.redaction.cued import CUED, spelled_plate_spans
from nlp.redaction.dates import DATES, birth_date_list_spans
from nlp.redaction.fields import field_spans
from nlp.redaction.form_marks import form_marks_as_spaces
from nlp.redaction.glued_plates import glued_plate_spans
from nlp.redaction.glued_speech import glued_speech_spans
from nlp.redaction.html_fields import html_examples, html_field_spans
from nlp.redaction.initial_names import initial_name_spans
from nlp.redaction.keypad_entries import keypad_entry_spans
from nlp.redaction.labels_after import labels_after_spans
from nlp.redaction.line_breaks import joined_words, spans_as_written
from nlp.redaction.lower_codes import LOWER_CODES
from nlp.redaction.lower_name_model import lower_model_name_spans
from nlp.redaction.mentions import mention_spans
from nlp.redaction.name_edges import name_edges
from nlp.redaction.name_lower import lower_name_spans
from nlp.redaction.name_tokens import Tokens
from nlp.redaction.names import name_spans
from nlp.redaction.names_beside import names_beside, names_in_columns
from nlp.redaction.names_in_mail import names_in_mail
from nlp.redaction.names_in_rows import capitals_at_the_end, names_in_rows, signed_in_brackets, signed_in_capitals
from nlp.redaction.national_ids import NATIONAL_IDS
from nlp.redaction.number_edges import number_edges
from nlp.redaction.numbered_addresses import JALAN, NUMBERED_FIRST
from nlp.redaction.numbers_beside import numbers_beside
from nlp.redaction.obfuscated_emails import obfuscated_email_spans
from nlp.redaction.ocr_repair import ocr_repaired
from nlp.redaction.organisations import organisation_spans
from nlp.redaction.patronymic_names import patronymic_name_spans
from nlp.redaction.patterns import FIXED_SHAPE, NUMBERS, postcode_spans, vehicle_plate_spans
from nlp.redaction.phone_forms import PHONE_FORMS, phone_extensions
from nlp.redaction.plate_edges import plate_edges
from nlp.redaction.plates_abroad import ARABIC_LETTER_PLATE
from nlp.redaction.postcode_room import postcode_room
from nlp.redaction.postcodes_abroad import postcodes_abroad_spans
from nlp.redaction.prefixed_streets import PREFIXED_STREETS
from nlp.redaction.record_rows import record_row_spans
from nlp.redaction.register_names import register_name_spans
from nlp.redaction.row_cells import row_cell_spans
from nlp.redaction.rules import Rule, Span, digit_regions, widen
from nlp.redaction.spelled import spelled_email_spans, spelled_number_spans
from nlp.redaction.spelled_names import name_then_spelled_spans, spelled_name_spans
from nlp.redaction.spelled_postcodes import spelled_postcode_spans, spelled_postcodes_after_addresses
from nlp.redaction.split_numbers import grouped_number_spans, split_email_spans, split_number_spans
from nlp.redaction.spoken_codes import spoken_code_spans
from nlp.redaction.typed_forms import row_birth_date_spans, spread_bsn_spans

__all__ = ["Redaction", "Span", "redact"]

_RULES = (
    ARABIC_LETTER_PLATE,
    *NATIONAL_IDS,
    *CONTRACT_IDS,
    *CSV_FIELDS,
    *CUED,
    COMPOUND_NUMBER,
    *LOWER_CODES,
    *DATES,
    *PHONE_FORMS,
    *NUMBERS,
    NUMBERED_FIRST,
    JALAN,
    *PREFIXED_STREETS,
    *ADDRESS_FORMS,
    *ADDRESSES,
    *ADDRESS_FORMS_AFTER,
)


@dataclass(frozen=True)
class Redaction:
    text: str
    counts: dict[str, int]
    spans: tuple[Span, ...] = ()  # (start, end, kind) on the input text, in order


def _claim(found: Iterable[Span], taken: bytearray, kept: list[Span]) -> None:
    for start, end, kind in found:
        if taken.find(1, start, end) == -1:
            taken[start:end] = b"\x01" * (end - start)
            kept.append((start, end, kind))


def _keypad_ends(text: str, kept: list[Span], taken: bytearray) -> None:
    """A number typed on a phone's keypad ends with "#" ("812238084#"): the "#" is part of it."""
    for index, (start, end, _) in enumerate(kept):
        hash_end = text.startswith("#", end) and (end + 1 == len(text) or not text[end + 1].isalnum())
        if hash_end and text[end - 1].isdigit() and not taken[end]:
            widen(kept, taken, index, start, end + 1)


def _any_in(hints: tuple[str, ...], lower: str) -> bool:
    for hint in hints:  # a plain loop: `any()` over a generator costs more than most of these look-ups
        if hint in lower:
            return True
    return False


def redact(text: str) -> Redaction:
    """Return `text` with personal data replaced by `[KIND]` and how many of each kind were found."""
    original, text = text, ocr_repaired(text)  # the rules read the repaired text; the original is redacted
    text = form_marks_as_spaces(text)  # dot leaders, blanks and question numbers: the same length
    text, origin = joined_words(text)  # "Lan-\nting" is one word to the rules
    taken, kept, lower, regions = bytearray(len(text)), [], text.lower(), digit_regions(text)

    def run(rules: Iterable[Rule]) -> None:
        for rule in rules:
            if (rule.digits and not regions) or (rule.hints and not _any_in(rule.hints, lower)):
                continue
            _claim(rule.spans(text, regions if rule.digits else None), taken, kept)

    _claim(field_spans(text), taken, kept)  # a field's name says what its value is, whatever its shape
    _claim(html_field_spans(text), taken, kept)  # …in a web form's HTML too
    _claim(keypad_entry_spans(text), taken, kept)  # …and an IVR's prompt what the keys typed after it are
    _claim(chinese_spans(text), taken, kept)  # no other rule reads Chinese script
    _claim(labels_after_spans(text), taken, kept)  # …after the value too: "6410AM (postcode)"
    for start, end in (*organisation_spans(text, lower), *html_examples(text)):  # an organisation's PO box, a form's
        taken[start:end] = b"\x01" * (end - start)  # example: no rule may take them
    run(FIXED_SHAPE)
    if regions:
        _claim(split_number_spans(text, lower), taken, kept)
        _claim(grouped_number_spans(text, lower), taken, kept)
        _claim(spread_bsn_spans(text, lower), taken, kept)
    _claim(list(airline_passenger_spans(text, taken)), taken, kept)
    _claim(spelled_email_spans(text, lower), taken, kept)
    _claim(split_email_spans(text), taken, kept)
    _claim(obfuscated_email_spans(text, lower), taken, kept)
    # before "3034" alone is taken for a Belgian postcode, "B van Bernard …, huisnummer 14" for an address
    _claim(spelled_postcode_spans(text, lower), taken, kept)
    _claim(name_then_spelled_spans(text), taken, kept)  # before the name rules take the written name alone
    run(_RULES)
    _claim(birth_date_list_spans(text, lower), taken, kept)
    address_edges(text, kept, taken)
    _claim(list(names_in_columns(text, kept, taken)), taken, kept)
    phone_extensions(text, kept, taken)
    _claim(list(spelled_postcodes_after_addresses(text, kept)), taken, kept)
    postcode_room(text, kept, taken)
    if regions:
        addresses = sorted(end for _, end, kind in kept if kind == "ADDRESS")
        _claim(postcode_spans(text, regions, addresses), taken, kept)
        starts = frozenset(start for start, _, kind in kept if kind == "ADDRESS")
        _claim(postcodes_abroad_spans(text, regions, addresses, starts), taken, kept)
        _claim(vehicle_plate_spans(text, regions), taken, kept)
        _claim(glued_plate_spans(text, regions), taken, kept)
        _claim(bare_identifier_spans(text, regions), taken, kept)
    _claim(spoken_code_spans(text, lower), taken, kept)
    _claim(glued_speech_spans(text, lower), taken, kept)
    _claim(spelled_number_spans(text, lower), taken, kept)
    _claim(spelled_plate_spans(text, lower), taken, kept)
    _claim(spelled_name_spans(text, lower), taken, kept)
    record_row_spans(text, kept, taken)
    _claim(list(register_name_spans(text, taken)), taken, kept)
    dotted_initials, bare_initials = initial_name_spans(text)
    _claim(dotted_initials, taken, kept)
    _claim(bare_initials, taken, kept)
    _claim(mention_spans(text, lower), taken, kept)
    _claim(lower_name_spans(text, lower), taken, kept)
    _claim(capitals_at_the_end(text), taken, kept)  # before a given name alone is taken: "RAMCHARAN, Sien."
    _claim(chat_speaker_spans(text), taken, kept)  # …and before "Okello" alone is: "[3:38 PM] Okello, Winnie"
    _claim(patronymic_name_spans(text), taken, kept)  # "Suresh a/l Arumugam": "a/l" proves it a name
    tokens = Tokens(text, taken)  # words do not change, only what is taken: both name finders read one tokenisation
    _claim(list(lower_model_name_spans(text, taken, tokens=tokens)), taken, kept)
    _claim(name_spans(text, taken, tokens), taken, kept)
    _claim(list(names_beside(text, kept, taken)), taken, kept)
    addresses_beside(text, kept, taken)
    _claim(list(spelled_postcodes_after_addresses(text, kept)), taken, kept)  # after the addresses found beside
    _claim(list(names_in_mail(text, kept, taken)), taken, kept)
    _claim(list(names_in_rows(text, kept, taken)), taken, kept)
    _claim(list(row_cell_spans(text, kept, taken)), taken, kept)
    _claim(signed_in_brackets(text), taken, kept)
    _claim(signed_in_capitals(text), taken, kept)
    _claim(list(row_birth_date_spans(text, kept, taken)), taken, kept)
    _claim(list(numbers_beside(text, kept, taken)), taken, kept)
    name_edges(text, kept, taken)
    plate_edges(text, kept, taken)
    number_edges(text, kept, taken)
    if "#" in text:
        _keypad_ends(text, kept, taken)
    if not kept:
        return Redaction(text=original, counts={})
    kept.sort()
    if origin is not None:
        kept = spans_as_written(kept, origin)
    parts, cursor, counts = [], 0, {}
    for start, end, kind in kept:
        parts += [original[cursor:start], f"[{kind}]"]
        cursor = end
        counts[kind] = counts.get(kind, 0) + 1
    parts.append(original[cursor:])
    return Redaction(text="".join(parts), counts=counts, spans=tuple(kept))
