"""A name in capitals that fills a cell of a tab- or semicolon-separated row of someone's data, as an export from a
register prints it ("REL-031749<TAB>SOEKIRMAN DE JONG-VAN DER MEULEN<TAB>Noorderhaven 254a<TAB>1170 EZ<TAB>…"): two
to five words in capitals, none a listed ordinary word but a particle, in a row where other personal data was
found. No list needs to know the given name: the row says what the cell is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.redaction.lexicon import not_names
from nlp.redaction.rules import Span

_CELL = re.compile(r"[^\t;\n]+")
_CAPS_WORD = r"[^\W\d_a-zß]+(?:[-'’][^\W\d_a-zß]+)*"  # word characters but digits and lower-case ASCII
_CAPS_NAME = re.compile(rf"{_CAPS_WORD}(?: +{_CAPS_WORD}){{1,4}}")
_PARTICLES = frozenset("van von de der den ter ten te in 't ’t la le da dos el al bin ben".split())
_DATA = frozenset(("PHONE", "POSTCODE", "EMAIL", "ADDRESS", "IBAN", "BSN", "DOB", "CUSTOMER_NUMBER"))


def caps_cell_names(text: str, kept: list[Span], taken: bytearray) -> Iterator[Span]:
    if "\t" not in text and ";" not in text:
        return
    data = [start for start, _, kind in kept if kind in _DATA]
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        if ("\t" in line or ";" in line) and any(line_start <= start < line_end for start in data):
            for cell in _CELL.finditer(text, line_start, line_end):
                value = cell.group(0).strip()
                first = cell.start() + cell.group(0).find(value)
                if _CAPS_NAME.fullmatch(value) and taken.find(1, first, first + len(value)) == -1 and _a_name(value):
                    yield first, first + len(value), "NAME"
        line_start = line_end + 1


def _a_name(value: str) -> bool:
    words = [part.lower() for word in value.split() for part in re.split(r"[-'’]", word) if part]
    return any(word not in _PARTICLES for word in words) and all(
        word in _PARTICLES or word not in not_names() for word in words
    )
