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

from nlp.redaction.glued_plates import LETTER, SHARED_SHAPES
from nlp.redaction.lexicon import not_names
from nlp.redaction.patterns import plate_shapes
from nlp.redaction.rules import Span

_CELL = re.compile(r"[^\t;|\n]+")
_QUOTED_CELL = re.compile(r'(?m)(?:(?<=^")|(?<=,"))[^"\n]+(?=")')  # a CSV export's quoted cells: "a, b","c"
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
_DATA = frozenset(("PHONE", "POSTCODE", "EMAIL", "ADDRESS", "IBAN", "BSN", "DOB", "CUSTOMER_NUMBER"))


def row_cell_spans(text: str, kept: list[Span], taken: bytearray) -> Iterator[Span]:
    if "\t" not in text and ";" not in text and "|" not in text and '","' not in text:
        return
    data = [start for start, _, kind in kept if kind in _DATA]
    contacts = {start for start, _, kind in kept if kind in ("EMAIL", "PHONE", "ADDRESS")}
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        quoted = line.count('","') >= 2
        if (quoted or sum(line.count(separator) for separator in "\t;|") >= 2) and any(
            line_start <= start < line_end for start in data
        ):
            cells = list((_QUOTED_CELL if quoted else _CELL).finditer(text, line_start, line_end))
            split_name = _surname_then_given(cells, kept)
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
                elif split_name and index < 2:
                    yield first, last, "NAME"
                elif (name := _NAME.fullmatch(value)) and (name.group("initials") or _a_name(value)):
                    if (name.group("reversed") or name.group("register")) and index != 0:
                        continue  # "Utrecht, Nederland" further along the row; a register's name comes first
                    # a name in lower case only where a contact row puts one: first, or before its e-mail or phone
                    lower_ok = index == 0 or (index + 1 < len(cells) and _start(cells[index + 1]) in contacts)
                    if not value.islower() or lower_ok:
                        for span in names:  # part of the name was found already ("PJ [Wijnands]"): the cell is it
                            kept.remove(span)
                            taken[span[0] : span[1]] = bytes(span[1] - span[0])
                        yield first, last, "NAME"
        line_start = line_end + 1


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


_ONE_WORD = re.compile(r"[A-Z][\w'’-]+")


def _surname_then_given(cells: list[re.Match[str]], kept: list[Span]) -> bool:
    """A register's row that starts with the surname and the given name in cells of their own, its address in the
    third: "Almeida;Harm;Kerkendijk 160;7156DX;…" (one word each, no listed ordinary word)."""
    if len(cells) < 3:
        return False
    third = cells[2].start() + len(cells[2].group(0)) - len(cells[2].group(0).lstrip())
    words = [cell.group(0).strip() for cell in cells[:2]]
    return any(start == third and kind == "ADDRESS" for start, _, kind in kept) and all(
        _ONE_WORD.fullmatch(word) and word.lower() not in not_names() for word in words
    )
