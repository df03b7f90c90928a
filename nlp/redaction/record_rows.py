"""The other fields of a person's record pasted without its header line: "crm_export;Schipper, B;Mr. P.J.
Troelstraweg 13 boven;8607WE;Harderwijk;K-235-5601".

A line of four or more fields split by ";", "|" or a tab, one of which the rules found to be a postcode, an
address, a phone number, an e-mail address, an IBAN or a date of birth, is one person's record: its other
fields that have the shape of a name written as a register writes it ("Schipper, B", "Rijn, AC van", "Dongen
van, Ties"), of a street and house number ("Achter Clarenburg 40"), of a postcode ("4061ML", which alone could
be 4061 millilitres) or of a code with digits ("K-235-5601", "438 874 06") are that
person's too. A place, an amount, a date or a word stays. (With a header line, `fields.py` reads the columns.)
"""

from __future__ import annotations

import re

from nlp.redaction.rules import Span

_ANCHORS = frozenset(("POSTCODE", "ADDRESS", "PHONE", "EMAIL", "IBAN", "DOB"))
# ";", "|", a tab, or the comma between an SQL statement's quoted values: "VALUES ('L-9351', 'WIJK, Wilma', …)"
_SEPARATOR = re.compile(r"[;|\t]|(?<=')[ \t]*,[ \t]*(?=')")
_PARTICLES = r"(?:van|de|der|den|het|'t|ter|ten|te|op|in|uit)"
# "Schipper, B", "Bosch, R.M.", "Rijn, AC van", "Sluis, M van der", "DAM, Reinier"
# "Dongen van, Ties", "Wout van 't, Els": the particles before the comma too
_REGISTER_NAME = re.compile(
    rf"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?: {_PARTICLES}){{0,3}}, (?:[A-Z]{{1,3}}\.?|(?:[A-Z]\.){{1,4}}"
    rf"|[A-Z][a-zà-ÿ'’-]+)(?: {_PARTICLES}){{0,3}}"
)
# the word before the house number is capitalised: "Achter Clarenburg 40", not "Scorekaart wk 12"
_STREET = re.compile(
    r"(?=[A-Z])(?:[\w'’.-]+ ){0,4}[A-Z][\w'’-]{2,} \d{1,5}"
    r"(?:[ -]?(?:[A-Za-z]{1,2}\d{0,2}|(?i:bis|hs|bv|hg)|I{1,3})|[-/]\d{1,3})?"  # "Mient 93 bis", "Kade 34-bv"
)
_CODE = re.compile(r"#?[A-Z]{0,4}[-/ ]?\d[\d ./-]{1,16}[A-Z0-9]?")
_POSTCODE = re.compile(r"[1-9]\d{3}[ -]?[A-Za-z]{2}")
_POSTCODE_ABROAD = re.compile(r"(?:[A-Z]{2,3} )?\d{4}")  # after the address: "203 Long Street";"4765", "NSW 7235"
_NOT_A_CODE = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d\d-\d\d|[1-9]\d{3} ?[A-Za-z]{2}|\d+[.,]\d\d")


def _kind(field: str) -> str | None:
    """What a field of a person's record is, by its shape alone; None when it is none of those."""
    if _REGISTER_NAME.fullmatch(field):
        return "NAME"
    if _POSTCODE.fullmatch(field):
        return "POSTCODE"
    if _STREET.fullmatch(field):
        return "ADDRESS"
    digits = sum(c.isdigit() for c in field)
    if (
        _CODE.fullmatch(field)
        and (digits >= 5 or (digits >= 3 and field[0].isalpha()))
        and not _NOT_A_CODE.fullmatch(field)
    ):
        return "CUSTOMER_NUMBER"
    return None


def record_row_spans(text: str, kept: list[Span], taken: bytearray) -> None:
    """Add the fields of each person's record line to `kept` (and `taken`)."""
    if not any(separator in text for separator in ";|\t'"):
        return
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        if len(_SEPARATOR.findall(line)) >= 3 and any(
            line_start <= start and end <= line_end and kind in _ANCHORS for start, end, kind in kept
        ):
            bounds = [0, *(i for m in _SEPARATOR.finditer(line) for i in m.span()), len(line)]
            previous = None  # the kind of the field before
            for field_start, field_end in zip(bounds[::2], bounds[1::2], strict=True):
                if "('" in line[field_start:field_end]:  # the statement before the first value
                    field_start = line.index("('", field_start, field_end) + 1
                field = line[field_start:field_end]
                stripped = field.strip().strip("'\"()").strip().rsplit(": ", 1)[-1]  # "Excel-export: 3165-0860"
                start = line_start + field_start + field.index(stripped) if stripped else 0
                end = start + len(stripped)
                kind = _kind(stripped) if stripped else None
                if kind is None and previous == "ADDRESS" and _POSTCODE_ABROAD.fullmatch(stripped):
                    kind = "POSTCODE"
                if kind is not None and taken.find(1, start, end) == -1:
                    taken[start:end] = b"\x01" * (end - start)
                    kept.append((start, end, kind))
                previous = kind or next((found for s, e, found in kept if start <= s < end), None)
        line_start = line_end + 1
