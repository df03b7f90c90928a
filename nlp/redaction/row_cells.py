"""What fills a cell of a row of someone's data on its own, as an export from a register prints it, once other
personal data was found on the line ("REL-031749<TAB>SOEKIRMAN DE JONG-VAN DER MEULEN<TAB>Noorderhaven 254a<TAB>
1170 EZ<TAB>…", "dima khoury | omar@… | 0697845756 | …", "DON30511<TAB>KS Manuhutu<TAB>m.pereira@…"): a name of
two to five words in capitals or all in lower case (two of them no particle, none a listed ordinary word; in
lower case only as the row's first cell or before its e-mail address or phone number), or initials and a
surname; a surname and a given name in the first two cells when the third holds the address ("Almeida;Harm;
Kerkendijk 160;…"); and a Dutch licence plate with spaces for its dashes ("VH 81 TD", "605 NP 6"). The row says
what the cell is, so no list needs to know the given name. Cells split by tabs, ";" or "|", or quoted in a CSV
export; there the first cell may hold the surname, a comma and the given name ("MARTINA, Jakub","143 …",…). The
first cell may start with the row's label ("Go-Box aanvraag: HAMZA TAN;Koning Albertlaan 250A;…").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from nlp.redaction.glued_plates import LETTER, SHARED_SHAPES
from nlp.redaction.lexicon import not_names
from nlp.redaction.patterns import plate_shapes
from nlp.redaction.rules import Span

_CELL = re.compile(r"[^\t;|\n]+")
# A CSV export's quoted cells: "a, b","c"; the first after the row's label too: 'CSV: "60-53233","HUGHES, Salma",…'
_QUOTED_CELL = re.compile(r'(?m)(?:(?<=^")|(?<=,")|(?<=: "))[^"\n]+(?=")')
# A date on its own in a cell of a person's row is their birth date when it lies two years back or more ("24/04/2004",
# "22.12.2015", "081036"); a recent one is the order's or the booking's ("30/06/2025").
_DATE_CELL = re.compile(r"(?P<d>[0-3]?\d)(?P<s>[-/.]?)(?P<m>[01]?\d)(?P=s)(?P<y>(?:19|20)\d\d|\d\d)")
# A number in the first cell of a person's row is theirs: "3357 3283", "60-53233" (not a date: "2024-05-01").
_FIRST_NUMBER = re.compile(r"(?!(?:19|20)\d\d(?:0[1-9]|1[0-2])[0-3]\d$)(?:\d{2,4}[ -])?\d{4,8}")
_CAPS_WORD = r"[^\W\d_a-zß]+(?:[-'’][^\W\d_a-zß]+)*"  # word characters but digits and lower-case ASCII
_LOWER_WORD = r"[^\W\d_A-Z]+(?:[-'’][^\W\d_A-Z]+)*"  # word characters but digits and capitals
_NAME = re.compile(
    rf"{_CAPS_WORD}(?: +{_CAPS_WORD}){{1,4}}|{_LOWER_WORD}(?: +{_LOWER_WORD}){{1,4}}"
    r"|(?P<initials>(?:[A-Z]\.?){1,3}) +(?:(?:van|de|der|den|ter|ten|te|'t|in|op|Van|De)[ ]+){0,3}"
    r"[A-Z](?:[^\W\d_]|['’-])+"  # a surname has no digits: "PIR RTMHV00821" is a file's code
    rf"|(?P<reversed>(?:(?:VAN|DE|DER|DEN|TER|TEN|OP|IN|'T) +){{0,3}}{_CAPS_WORD}, +"
    rf"(?:[A-Z][^\W\d_A-Z]+(?:-[A-Z][a-z]+)?|{_CAPS_WORD}(?: {_CAPS_WORD})?))"  # "WIJAYA, VIKASH" too
    r"|(?P<register>[A-Z][^\W\d_A-Z]+, +[A-Z][^\W\d_A-Z]+)"  # "Pieternella, Seppe"
)
_PLATE = re.compile(plate_shapes("[ ]", LETTER, SHARED_SHAPES))
_PARTICLES = frozenset("van von de der den ter ten te in op 't ’t t la le da dos el al bin ben".split())
_THIS_YEAR = date.today().year
_DATA = frozenset(("PHONE", "POSTCODE", "EMAIL", "ADDRESS", "IBAN", "BSN", "DOB", "CUSTOMER_NUMBER"))


def row_cell_spans(text: str, kept: list[Span], taken: bytearray) -> Iterator[Span]:
    if "\t" not in text and ";" not in text and "|" not in text and '","' not in text:
        return
    data = [start for start, _, kind in kept if kind in _DATA]
    contacts = {start for start, _, kind in kept if kind in ("EMAIL", "PHONE", "ADDRESS")}
    addresses = {start for start, _, kind in kept if kind == "ADDRESS"}
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        quoted = line.count('","') >= 2
        if (quoted or sum(line.count(separator) for separator in "\t;|") >= 2) and any(
            line_start <= start < line_end for start in data
        ):
            cells = list((_QUOTED_CELL if quoted else _CELL).finditer(text, line_start, line_end))
            split_name = _surname_then_given(cells, contacts, addresses)
            for index, cell in enumerate(cells):
                value = cell.group(0).strip().strip('"').strip()  # a CSV cell's quotes: ;"wikus botha";
                if index == 0 and ": " in value:  # the row's label: "Vignette order: YUKI DE BRUIJN;Hooigracht 129;…"
                    value = value.rsplit(": ", 1)[1].strip()
                first = cell.start() + cell.group(0).rfind(value)
                last = first + len(value)
                names = [span for span in kept if first <= span[0] and span[1] <= last and span[2] == "NAME"]
                if not value or taken.find(1, first, last) != -1 and not _only(names, first, last, taken):
                    continue
                if _PLATE.fullmatch(value):
                    yield first, first + len(value), "PLATE"
                elif index == 0 and _FIRST_NUMBER.fullmatch(value) and 6 <= sum(c.isdigit() for c in value) <= 10:
                    yield first, last, "CUSTOMER_NUMBER"
                elif index > 0 and _birth_date(value):
                    yield first, last, "DOB"
                elif split_name and index < 2:
                    _release(names, kept, taken)  # part of it found already ("Van 't [Zand]"): the cell is the name
                    yield first, last, "NAME"
                elif (name := _NAME.fullmatch(value)) and (name.group("initials") or _a_name(value)):
                    if (name.group("reversed") or name.group("register")) and index != 0:
                        continue  # "Utrecht, Nederland" further along the row; a register's name comes first
                    # a name in lower case only where a contact row puts one: first, or before its e-mail or phone
                    lower_ok = index == 0 or (index + 1 < len(cells) and _start(cells[index + 1]) in contacts)
                    if not value.islower() or lower_ok:
                        _release(names, kept, taken)  # part of the name was found already ("PJ [Wijnands]")
                        yield first, last, "NAME"
        line_start = line_end + 1


def _birth_date(value: str) -> bool:
    """A day, a month and a year (or six digits: day, month, year) that make a date two years back or more."""
    date = _DATE_CELL.fullmatch(value)
    if date is None or (not date.group("s") and len(value) != 6):
        return False
    day, month, year = int(date.group("d")), int(date.group("m")), date.group("y")
    return 1 <= day <= 31 and 1 <= month <= 12 and (len(year) == 2 or int(year) <= _THIS_YEAR - 2)


def _release(names: list[Span], kept: list[Span], taken: bytearray) -> None:
    for span in names:
        kept.remove(span)
        taken[span[0] : span[1]] = bytes(span[1] - span[0])


def _start(cell: re.Match[str]) -> int:
    """Where a cell's value starts: after its spaces and a CSV export's quote."""
    value = cell.group(0)
    return cell.start() + len(value) - len(value.lstrip(' \t"'))


def _a_name(value: str) -> bool:
    words = [part.lower() for word in value.split() for part in re.split(r"[-'’.]", word) if part]
    named = [word for word in words if word not in _PARTICLES]
    return len(named) >= (1 if value[:1].isupper() and not value.isupper() else 2) and all(
        word in _PARTICLES or word not in not_names() for word in words
    )


def _only(names: list[Span], first: int, last: int, taken: bytearray) -> bool:
    """Whether the NAME spans `names` are all that is taken of the cell `first`..`last`."""
    covered = bytearray(taken[first:last])
    for start, end, _ in names:
        covered[start - first : end - first] = bytes(end - start)
    return covered.find(1) == -1


_ONE_WORD = re.compile(r"(?:(?:[Vv]an|[Dd]e|[Dd]e[nr]|[Tt]e[rn]|In|Op|'t)[ ]+){0,3}[A-Z][\w'’-]+")


def _surname_then_given(cells: list[re.Match[str]], contacts: set[int], addresses: set[int]) -> bool:
    """A register's row that starts with the surname and the given name in cells of their own, its address, e-mail
    address or phone number in the third: "Almeida;Harm;Kerkendijk 160;7156DX;…", '"Van de Velde","Hannelore",
    "…@gmail.com"' (one word each after the particles, no listed ordinary word); or the surname alone before the
    address: "Bondarenko<TAB>Vlissingsestraat 193 A<TAB>…". `contacts`, `addresses`: where those spans start."""
    if len(cells) < 3:
        return False
    if _start(cells[1]) in addresses:
        return _surname(cells[0]) and not _surname(cells[1])
    return _start(cells[2]) in contacts and all(_surname(cell) for cell in cells[:2])


def _surname(cell: re.Match[str]) -> bool:
    word = cell.group(0).strip(' \t"')
    return _ONE_WORD.fullmatch(word) is not None and word.split()[-1].lower() not in not_names()
