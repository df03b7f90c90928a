"""A passenger as airline systems and their passenger lists write one: "SURNAME/GIVEN" in capitals with a title
(MR, MRS, MS, MSTR, MISS) or the passenger type after it (ADT adult, CHD child, INF infant, YTH youth), or after
"passenger"/"passagier" ("NOWAK/JEROEN MRS", "1. HOFFMANN/RUBEN MR"), or with a listed given name alone, as
forms copy the passport's order ("Naam / Name: DE BACKER/GIULIA", "diploma of LIU/ADNAN"), and the
birth date in the airline form right after the type ("BALDEWSINGH/WYTSKE CHD 08AUG2008"). A date in that form
after a birth cue ("Date of birth: 15MAR1981", "born 16DEC98") is read by the date rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.redaction.lexicon import first_names
from nlp.redaction.rules import Span

_CAPS = r"[^\W\d_a-z]"
_WORD = rf"{_CAPS}{{2,}}(?:[-'’]{_CAPS}+)*"
_TYPE = r"(?:ADT|CHD|INF|YTH)"
_TITLE = r"(?:MRS|MR|MS|MSTR|MISS)"
AIRLINE_DATE = r"(?:0[1-9]|[12]\d|3[01])(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:19|20)?\d\d"
_PASSENGER = re.compile(
    rf"(?<![\w/])(?P<name>{_WORD}(?: {_WORD})?/{_WORD}(?: (?!{_TITLE}\b|{_TYPE}\b){_WORD})?)"
    rf"(?:[ \t]+(?P<title>{_TITLE})\b)?"
    rf"(?:[ \t]+(?P<type>{_TYPE})\b(?:[ \t,]+(?:born[ \t]+)?(?P<dob>{AIRLINE_DATE})(?!\w))?)?"
)
_MONTHS = frozenset("JAN FEB MAR MRT APR MAY MEI JUN JUL AUG SEP OCT OKT NOV DEC".split())  # "03 JUN/JUN 1981"
_PASSENGER_CUE = re.compile(r"(?i)(?:passengers?|passagiers?|pax|reiziger)[ \t]*\d*[ \t]*[.:]?[ \t]*$")


def airline_passenger_spans(text: str, taken: bytearray) -> Iterator[Span]:
    """NAME and DOB spans of passengers; the passenger type after a name is marked taken (it is no name)."""
    if "/" not in text:
        return
    for match in _PASSENGER.finditer(text):
        cued = _PASSENGER_CUE.search(text, max(0, match.start() - 16), match.start()) is not None
        surname, given = match.group("name").split("/")
        listed = given.split()[0].split("-")[0].capitalize() in first_names() and surname not in _MONTHS
        if match.group("title") or match.group("type") or cued or listed:
            yield match.start("name"), match.end("name"), "NAME"
            for word in ("title", "type"):  # no name, and no rule may take it for one
                if match.group(word):
                    taken[match.start(word) : match.end(word)] = b"\x01" * len(match.group(word))
            if match.group("dob"):
                yield match.start("dob"), match.end("dob"), "DOB"
