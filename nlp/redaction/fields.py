"""Personal data in structured text pasted into a contact, found by what its field is called: the columns of
a table under a header line ("Naam | Adres | Tel" then rows) and the values of JSON keys ("naam": "…"). The
field's name says what the value is, whatever its shape: "BRECHTJE PARK" under "Houder" is a name, an
all-capitals one no name rule would take."""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.redaction.rules import Span

# header (lower case, spaces collapsed, no trailing colon) → the kind of every cell below it
HEADERS = {
    **{
        header: "NAME"
        for header in (
            "naam", "name", "houder", "holder", "kaarthouder", "pashouder", "cardholder", "card holder", "klant",
            "customer", "client", "cliënt", "patient", "patiënt", "full name", "volledige naam", "klantnaam",
            "customer name", "contactpersoon", "contact person", "tenaamstelling", "voornaam", "achternaam",
            "first name", "last name", "surname", "rekeninghouder", "account holder", "verzekerde",
        )
    },
    **{header: "ADDRESS" for header in ("adres", "address", "straat", "street", "straat + nr", "woonadres")},
    **{
        header: "CUSTOMER_NUMBER"
        for header in (
            "klantnr", "klantnummer", "klant nr", "klantnr.", "customer number", "customer no", "customer id",
            "account number", "account no", "contractnummer", "contractnr", "polisnummer", "polisnr",
            "lidnummer", "member number", "membership number", "relatienummer",
        )
    },
    **{header: "PLATE" for header in ("kenteken", "plate", "registration", "reg", "licence plate", "license plate")},
    **{header: "POSTCODE" for header in ("postcode", "post code", "postal code", "zip", "zip code", "pc")},
    **{header: "DOB" for header in ("geboortedatum", "geb. datum", "dob", "date of birth", "birth date", "born")},
    **{header: "EMAIL" for header in ("e-mail", "email", "mail", "e-mailadres", "emailadres", "email address")},
    **{header: "PHONE" for header in ("tel", "tel.", "telefoon", "telefoonnummer", "phone", "mobile", "mobiel")},
    **{header: "IBAN" for header in ("iban", "rekening", "rekeningnummer", "bank account")},
    **{header: "BSN" for header in ("bsn", "burgerservicenummer")},
}  # fmt: skip
_KEYS = {key.replace(" ", "_"): kind for key, kind in HEADERS.items()} | {"vrm": "PLATE", "fullname": "NAME"}
_KEYS |= {key.replace("_", ""): kind for key, kind in _KEYS.items()}  # "first_name" and "firstname"
_JSON_FIELD = re.compile(r'"(?P<key>[A-Za-z_ ]{2,24})"[ \t]*:[ \t]*"(?P<value>[^"\n]{1,80})"')
_CELL = re.compile(r"[^|\n]+")
_BARE_NAME = frozenset(("naam", "name"))


def field_spans(text: str) -> Iterator[Span]:
    """Cells under a known column header and values of known JSON keys, trimmed of spaces."""
    if "|" in text:
        yield from _table_spans(text)
    if '"' in text:
        for match in _JSON_FIELD.finditer(text):
            kind = _KEYS.get(match.group("key").strip().lower().replace(" ", "_"))
            if kind:
                yield _trimmed(text, *match.span("value"), kind)


def _table_spans(text: str) -> Iterator[Span]:
    columns: dict[int, str] = {}  # column index → kind, while under a header
    offset = 0
    for line in text.split("\n"):
        cells = [(m.start() + offset, m.end() + offset) for m in _CELL.finditer(line)] if "|" in line else []
        kinds = {i: HEADERS.get(_header(text[s:e])) for i, (s, e) in enumerate(cells)}
        known = {i: kind for i, kind in kinds.items() if kind}
        if known and len(cells) >= 2 and _is_header(text, cells):
            columns = known if _personal(text, cells, known) else {}
        elif cells and columns:
            for index, kind in columns.items():
                if index < len(cells) and text[cells[index][0] : cells[index][1]].strip():
                    yield _trimmed(text, *cells[index], kind)
        else:
            columns = {}
        offset += len(line) + 1


def _personal(text: str, cells: list[tuple[int, int]], known: dict[int, str]) -> bool:
    """A bare "Naam"/"Name" column is a person's only beside another personal column: "Naam | Aantal | Prijs"
    lists products."""
    return any(_header(text[slice(*cells[i])]) not in _BARE_NAME for i in known)


def _header(cell: str) -> str:
    return " ".join(cell.strip().lower().rstrip(":").split())


def _is_header(text: str, cells: list[tuple[int, int]]) -> bool:
    """A header line holds words only (no digits): "Naam | Adres | Tel", not a row of data."""
    return not any(character.isdigit() for start, end in cells for character in text[start:end])


def _trimmed(text: str, start: int, end: int, kind: str) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end, kind
