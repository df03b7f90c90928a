"""Values whose field's name comes after them, as some forms and exports print a record: one field a line
("6410AM (postcode)", "22-2-2015 - geboortedatum") or a list ("25.128.670 = klantnummer, Nikhil Owusu = naam").
The field's name says what the value is (`fields.HEADERS`), as it does before a value. Taken only when the text
holds two such fields or more: one "… (mobiel)" after a sentence is no record."""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.redaction.fields import HEADERS
from nlp.redaction.rules import Span

_LABEL_AFTER = re.compile(
    r"(?m)(?:^|(?<=,)[ \t]*)(?P<value>[^\n,=()]{1,60}?)[ \t]*"
    r"(?:[-–=][ \t]*(?P<key>[A-Za-z][\w .-]{1,24}?)|\((?P<bracketed>[A-Za-z][\w .-]{1,24}?)\))[ \t]*(?=$|,)"
)
_WORD = re.compile(r"\S+")
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]*|van|de|der|den|te|ter|ten|in|het|'t|la|le|du|da|el|al|von")


def _value_ok(value: str, kind: str) -> bool:
    """A value of its kind's shape, so that a sentence before a bracketed word is none: a name is a few capitalised
    words and particles, an address starts with a capital and holds a digit, the others start with a digit."""
    words = _WORD.findall(value)
    if not words or len(words) > 5:
        return False
    if kind == "NAME":
        return len(words) <= 4 and all(_NAME_WORD.fullmatch(word) for word in words) and words[0][:1].isupper()
    if kind == "ADDRESS":
        return value[:1].isupper() and any(char.isdigit() for char in value)
    if kind == "EMAIL":
        return "@" in value
    return value[:1].isdigit() or value[:1] in "+("


def labels_after_spans(text: str) -> Iterator[Span]:
    if "(" not in text and " - " not in text and " = " not in text and " – " not in text:
        return
    found = []
    for match in _LABEL_AFTER.finditer(text):
        key = (match.group("key") or match.group("bracketed")).strip().lower()
        kind = HEADERS.get(key)
        value = match.group("value").strip()
        if kind and _value_ok(value, kind):
            start = match.start("value") + match.group("value").index(value)
            found.append((start, start + len(value), kind))
    if len(found) >= 2:
        yield from found
