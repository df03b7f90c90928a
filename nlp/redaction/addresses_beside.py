"""A street found by where it stands once the names are found: right after a person's name and a comma, as a
letter, a form, a route list or an agent's note writes someone down ("Ids Kalsbeek, Oude Rijn 1", "mevrouw
Biswane, Hooipolder 52-39", "K.P. Şahin, Meir 146 bus 6", "Truus Schoonbrood, 't Zand 20"). There a street needs
no street word: one to four capitalised words (an article or particles among them) and a house number, or the
same in capitals. Not a known non-street ("Kamer 12", "Windows 11", a month or a year). A name that grew over
the street's words ("Wytske Polat, Oude Baan" before "187 bus 12") gives them back.
"""

from __future__ import annotations

import re

from nlp.redaction.addresses import HOUSE_NUMBER, PARTICLE, UNIT_AFTER, YEAR, street_word_ok
from nlp.redaction.rules import Span

_STREET_AFTER_NAME = re.compile(
    rf",[ \t]+(?P<v>(?:(?:'t|’t|'s-|De|Het|de|het)[ \t]*)?[A-Z][\w'’.-]*"
    rf"(?:[ \t]+(?:[A-Z][\w'’.-]*|{PARTICLE})){{0,3}}(?:,?[ \t]+(?:nr\.?|no\.?|nummer)[ \t]*|[ \t]+){HOUSE_NUMBER})"
    rf"(?![\w]|[.,:/-]\d)(?!{UNIT_AFTER})"
)

_FLOOR = re.compile(r"[ \t][1-9](?:e|de|ste)?(?=[ \t]*(?:[,.;)|\n]|$))")  # "Tuinen 153 3, …": the floor


def _with_floor(text: str, street: re.Match[str]) -> tuple[int, int]:
    floor = _FLOOR.match(text, street.end("v"))
    return street.start("v"), floor.end() if floor else street.end("v")


def _street_ok(value: str) -> bool:
    words = [word for word in re.split(r"[ \t]+", value) if word]
    first = words[0].lstrip("'’").removeprefix("s-")
    named = [word for word in words[:-1] if word[:1].isupper()]
    return bool(first) and all(street_word_ok(word.strip(",.")) for word in named) and not YEAR.fullmatch(words[-1])


def addresses_beside(text: str, kept: list[Span], taken: bytearray) -> None:
    """Add to `kept` (and `taken`) an ADDRESS span right after each NAME span and a comma. What the street holds
    already becomes part of it when it is a name ("Oude Rijn" taken for a person) or a shorter address ("Zand 20"
    without its "'t"); anything else there (a phone, a plate) leaves the street alone."""
    streets = []
    for index, (start, end, kind) in enumerate(list(kept)):
        if kind != "NAME":
            continue
        if text[end : end + 1] == "," and (street := _STREET_AFTER_NAME.match(text, end)):
            if _street_ok(street.group("v")):
                streets.append(_with_floor(text, street))
            continue
        # the name grew over the street's words as if they were a given name: "Wytske Polat, Oude Baan" 187
        comma = text.rfind(",", start, end)
        street = _STREET_AFTER_NAME.match(text, comma) if comma > start else None
        columns = "\t" in street.group("v") or "   " in street.group("v") if street else True  # an invoice's columns
        if street and street.end("v") > end and not columns and _street_ok(street.group("v")):
            kept[index] = (start, comma, kind)
            taken[comma:end] = bytes(end - comma)
            streets.append(_with_floor(text, street))
    for start, stop in streets:
        inside = [span for span in kept if span[0] < stop and span[1] > start]
        if all(kind in ("NAME", "ADDRESS") and start <= first and last <= stop for first, last, kind in inside):
            kept[:] = [span for span in kept if span not in inside] + [(start, stop, "ADDRESS")]
            taken[start:stop] = b"\x01" * (stop - start)
