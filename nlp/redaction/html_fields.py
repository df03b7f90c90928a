"""Personal data in HTML pasted from a web form or a portal, found by what its field is called: an input's name
('<input name="geboortedatum" type="date" value="2000-08-08">'), a table cell's class ('<td class="cardholder">…')
or the header cell before it ('<th>Patiëntnummer</th><td>768.725.759</td>'). A role before the field's name says
whose it is ("owner_phone", "home_address"); its "id" is then the person's number ("owner_id"). A placeholder is
an example, no one's data."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from nlp.redaction.fields import HEADERS, role_kind
from nlp.redaction.rules import Span

_KINDS = {key.replace(" ", "_"): kind for key, kind in HEADERS.items()} | {
    "pan": "CARD",
    "card_number": "CARD",
    "cardnumber": "CARD",
    "kaartnummer": "CARD",
    "patiëntnummer": "CUSTOMER_NUMBER",
    "patientnummer": "CUSTOMER_NUMBER",
    "patient_number": "CUSTOMER_NUMBER",
    "patient_id": "CUSTOMER_NUMBER",
}
_INPUT = re.compile(
    r'<input\b[^<>\n]{0,160}?\bname="(?P<key>[^"<>\n]{1,40})"[^<>\n]{0,160}?\bvalue="(?P<value>[^"<>\n]{1,120})"'
)
_CLASSED_CELL = re.compile(
    r'<td\b[^<>\n]{0,80}?\bclass="(?P<key>[^"<>\n]{1,60})"[^<>\n]{0,80}>(?P<value>[^<\n]{1,120})</td>'
)
_HEADED_CELL = re.compile(
    r"<th\b[^<>\n]{0,80}>[ \t]*(?P<key>[^<\n]{1,40}?)[ \t]*</th>[ \t\n]*"
    r"<td\b[^<>\n]{0,80}>(?P<value>[^<\n]{1,120})</td>"
)
_PLACEHOLDER = re.compile(r'\bplaceholder="(?P<value>[^"<>\n]{1,120})"')


def html_examples(text: str) -> Iterator[tuple[int, int]]:
    """A form's placeholder shows what to type ('placeholder="NL00 BANK 0123 4567 89"'): an example, no one's data."""
    if "placeholder=" in text:
        yield from (match.span("value") for match in _PLACEHOLDER.finditer(text))


def html_field_spans(text: str) -> Iterator[Span]:
    """The values of inputs and cells whose field is a known one, trimmed of spaces; a name holds no digit."""
    if "<input" in text:
        yield from _valued(_INPUT.finditer(text), lambda key: [key])
    if "<td" in text:
        yield from _valued(_CLASSED_CELL.finditer(text), str.split)
    if "<th" in text:
        yield from _valued(_HEADED_CELL.finditer(text), lambda key: [key])


def _valued(matches: Iterator[re.Match[str]], keys_of: Callable[[str], list[str]]) -> Iterator[Span]:
    for match in matches:
        kinds = [_kind(key) for key in keys_of(match.group("key"))]
        kind = next((kind for kind in kinds if kind), None)
        value = match.group("value")
        if kind is None or not value.strip() or (kind == "NAME" and any(char.isdigit() for char in value)):
            continue
        start = match.start("value") + len(value) - len(value.lstrip())
        yield start, match.start("value") + len(value.rstrip()), kind


def _kind(key: str) -> str | None:
    key = key.strip().lower().replace("-", "_").replace(" ", "_")
    return _KINDS.get(key) or role_kind(key, _KINDS)
