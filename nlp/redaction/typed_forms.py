"""What a paper form looks like once an agent or OCR typed it in: a BSN with its digits spread by spaces or dots
after its cue ("BSN : 459 . 806 . 300", "Burgerservicenummer  5 4 6 5 7 4 6 5 8"), and a date of birth in a
spreadsheet row that holds the person's name ("Excel;P087969;Bodhi Ramdin;23 maa. 2014;…", a tab-separated
paste likewise: "Siregar, K.<TAB>August 3, 2008<TAB>…"), where no cue word says what the date is but the row is a
person's record; likewise a date right after a name and a comma, or in brackets ("Sharlon Rosaria (7-11-2005)").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from nlp.redaction.checks import elfproef_ok
from nlp.redaction.rules import Span

_SPREAD_BSN = re.compile(
    r"(?i)(?<!\w)(?:bsn|burgerservicenummer|sofinummer)[ \t]*+[:.]?[ \t]*(?P<v>\d(?:[ \t]{1,3}\.?[ \t]{0,3}\d"
    r"|[ \t]{0,3}\.[ \t]{0,3}\d|\d){8})(?![\d]|[ \t]?[.,]?[ \t]?\d)"
)
_MONTH = r"[A-Za-z]{3,9}\.?"
_DATE_CELL = re.compile(
    rf"(?:\d{{1,2}}[-./]\d{{1,2}}[-./](?:(?:19|20)\d\d|'\d\d)|(?:19|20)\d\d-\d\d-\d\d|\d{{1,2}} {_MONTH} (?:19|20)\d\d"
    rf"|{_MONTH} \d{{1,2}},? (?:19|20)\d\d|[a-z]{{4,14}} of {_MONTH} (?:19|20)\d\d)"  # "August 3, 2008"
)
_CELL = re.compile(r"[^;\t\n]*")
_PIPED_CELL = re.compile(r"[^|\n]*")  # a row pasted as "a | b | c"
_PIPE_AFTER = re.compile(r"[ \t]*\|")
_PIPE_BEFORE = re.compile(r"\|[ \t]*\Z")
_YEAR = re.compile(r"(?:19|20)\d\d")


def spread_bsn_spans(text: str, lower: str) -> Iterator[Span]:
    """A BSN after its cue, digits spread; it must pass the eleven test."""
    if "bsn" not in lower and "burgerservice" not in lower and "sofi" not in lower:
        return
    for match in _SPREAD_BSN.finditer(text):
        if elfproef_ok(re.sub(r"\D", "", match.group("v"))):
            yield match.start("v"), match.end("v"), "BSN"


# A date right after a name and a comma, as a registration lists a child or a patient: "ruiter Zoë, 22/10/2010,
# ouder …", "Serkan Kaya, 25-08-2012, pinda-allergie". The date ends there (a comma, a bracket, a line's end).
_DATE_AFTER_COMMA = re.compile(rf",[ \t]+(?P<v>{_DATE_CELL.pattern})(?=[ \t]*(?:[,;)\n]|$))")
_DATE_ENDING = re.compile(rf",[ \t]+(?P<v>{_DATE_CELL.pattern})(?=[ \t]*(?:[,;)\n]|\.?$|\.\s))")  # the list's end
# Or in brackets right after the name, as a referral writes a patient: "voor Sharlon Rosaria (7-11-2005), …" (a
# date before last year: "Jan Smit (12-11-2026)" dates a note).
_COMMA = re.compile(r",[ \t]+")
_DATE_IN_BRACKETS = re.compile(rf"[ \t]*\((?P<v>{_DATE_CELL.pattern})\)")


def _year_before(value: str, years_back: int) -> bool:
    """Whether the date's year is before this year less `years_back`. A date further along the row is a birth date
    when its year is before last year's (1), not an appointment's or a delivery's ("28-02-2026;19:30;…;YAZAN
    ALLOUSH;06.10.1988"); one beside the name when before this year's (0)."""
    year = _YEAR.search(value)
    return year is not None and int(year.group(0)) < date.today().year - years_back


def row_birth_date_spans(text: str, kept: list[Span], taken: bytearray) -> Iterator[Span]:
    """DOB spans of dates that fill a cell of a ';', tab or '|' separated row holding a NAME span's cell (in a '|'
    row only a date before last year), or that follow a NAME span and a comma (or in brackets, before last year). A
    span inside such a date ("August 3" of "August 3, 2008" taken for a street, "2008" for a Belgian postcode) is
    dropped for it."""
    numbers = {start: end for start, end, kind in kept if kind in ("BSN", "CUSTOMER_NUMBER")}
    for start, end, kind in list(kept):
        if kind == "NAME" and (after := _DATE_AFTER_COMMA.match(text, end)) is not None:
            yield after.start("v"), after.end("v"), "DOB"
            continue
        # …or after the person's number, ending the list: "Floor Jacobs, 738 162 590, 11-06-'19."
        field = _COMMA.match(text, end) if kind == "NAME" else None
        if field and field.end() in numbers and (after := _DATE_ENDING.match(text, numbers[field.end()])):
            yield after.start("v"), after.end("v"), "DOB"
            continue
        if kind == "NAME" and (after := _DATE_IN_BRACKETS.match(text, end)) and _year_before(after["v"], 1):
            yield after.start("v"), after.end("v"), "DOB"
            continue
        if kind != "NAME":
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end == -1 else line_end
        piped = _PIPE_AFTER.match(text, end) is not None or _PIPE_BEFORE.search(text, line_start, start) is not None
        if text[end : end + 1] not in (";", "\t") and text[start - 1 : start] not in (";", "\t") and not piped:
            continue
        for cell in (_PIPED_CELL if piped else _CELL).finditer(text, line_start, line_end):
            value = cell.group(0).strip()
            # the cell right after or before the name; in a '|' row ("Club membership form | Selam van Rijn |
            # 01/05/2007 | …") only a date before last year, as an appointment's date is recent
            # (beside the name, one before this year: "Freshdesk-export;1 april 2026;VROLIJK, K.;…" is a ticket's)
            beside = not piped and (cell.start() == end + 1 or cell.end() == start - 1)
            if value and _DATE_CELL.fullmatch(value) and (beside and _year_before(value, 0) or _year_before(value, 1)):
                first = cell.start() + cell.group(0).index(value)
                for inside in [span for span in kept if first <= span[0] and span[1] <= first + len(value)]:
                    kept.remove(inside)
                    taken[inside[0] : inside[1]] = bytes(inside[1] - inside[0])
                yield first, first + len(value), "DOB"
