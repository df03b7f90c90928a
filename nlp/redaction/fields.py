"""Personal data in structured text pasted into a contact, found by what its field is called: the columns of
a table under a header line ("Naam | Adres | Tel" then rows), a form's rows ("| Naam | Postma, Hidde |"), the
values of JSON keys ("naam": "…") and of a log's ('slot.name="…"'), of "Veld:/Waarde:" pairs, of XML elements
("<naam>…</naam>", '<debiteur nr="…">'), of a vCard's fields (N, FN, ADR, BDAY), of a SEPA description's "/NAME/"
and of a form's or link's fields ("naam=Mahesh+Ramnath&tel=…"). The field's name says what the value is,
whatever its shape: "BRECHTJE PARK" under "Houder" is a name, an all-capitals one no name rule would take."""

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
            "achternaam, voornaam", "surname, first name", "last name, first name", "leerling", "pupil", "ouder",
            "parent", "child", "deelnemer", "participant", "tenant", "huurder", "applicant", "aanvrager",
            "borrower", "lener", "overledene", "deceased", "eigenaar", "owner", "policyholder", "policy holder",
            "verzekeringnemer",
        )
    },
    **{header: "ADDRESS" for header in ("adres", "address", "straat", "street", "straat + nr", "woonadres")},
    **{
        header: "CUSTOMER_NUMBER"
        for header in (
            "klantnr", "klantnummer", "klant nr", "klantnr.", "customer number", "customer no", "customer id",
            "account number", "account no", "contractnummer", "contractnr", "polisnummer", "polisnr",
            "lidnummer", "member number", "membership number", "relatienummer", "relatiecode", "member no", "member id",
            "klant id", "klantid", "client id", "account id", "cust id", "customer ref", "lidnr", "lid nr",
            "huurdernr", "huurdernummer", "student id", "student_id", "studentnummer", "studentnr", "dossier",
            "dossiernummer", "dossiernr", "zaaknummer", "contract", "lening", "leningnr", "leningnummer", "loan",
            "loan number", "loan no", "loan nr", "hypotheeknummer", "leasecontract", "policy", "policy number", "polis",
            "laadpas", "laadpasnummer", "charge card", "policy no", "policy nr", "tenant id", "huurder id",
            "subscriber", "subscriber id", "abonnee", "abonneenummer", "abonneenr", "patientnr", "patiëntnr",
            "inschrijfnummer",
        )
    },
    **{header: "PLATE" for header in ("kenteken", "plate", "registration", "reg", "licence plate", "license plate")},
    **{header: "POSTCODE" for header in ("postcode", "post code", "postal code", "zip", "zip code", "pc")},
    **{
        header: "DOB"
        for header in ("geboortedatum", "geb. datum", "geb.datum", "geb datum", "dob", "date of birth", "birth date")
        + ("birthdate", "geboren", "born", "gebdat", "geb.dat", "geb dat", "gebdatum", "geb")
    },
    **{header: "EMAIL" for header in ("e-mail", "email", "mail", "e-mailadres", "emailadres", "email address")},
    **dict.fromkeys(("tel", "tel.", "telefoon", "telefoonnummer", "phone", "mobile", "mobiel", "msisdn"), "PHONE"),
    **{header: "IBAN" for header in ("iban", "rekening", "rekeningnummer", "bank account")},
    **{header: "BSN" for header in ("bsn", "burgerservicenummer")},
}  # fmt: skip
_KEYS = {key.replace(" ", "_"): kind for key, kind in HEADERS.items()} | {"vrm": "PLATE", "fullname": "NAME"}
_KEYS |= {"geb": "DOB", "ouder_tel": "PHONE", "parent_phone": "PHONE"}
_KEYS |= dict.fromkeys(("rider", "passenger", "guest", "rider_name", "driver_name", "guest_name"), "NAME")  # an app's
_KEYS |= dict.fromkeys(("lead", "lead_passenger", "lead_guest", "hoofdboeker", "booker"), "NAME")  # a booking's
_KEYS |= {key.replace("_", ""): kind for key, kind in _KEYS.items()}  # "first_name" and "firstname"
_POSTCODE_LETTERS = re.compile(r"[ \t][A-Za-z]{2}(?!\w)")
_DIGIT_GROUPS = re.compile(r"(?:[ \t]\d{1,4})+(?!\w)")
_CUSTOMER_KEYS = frozenset(("klant", "customer", "client", "cliënt"))
# A log's or a voice skill's fields written key="value": 'slot.name="hennie adeyemi" slot.phone="…"' (not HTML's).
_QUOTED_FIELD = re.compile(r'(?<![\w."])(?:[A-Za-z_]{1,24}\.)?(?P<key>[A-Za-z_]{2,24})="(?P<value>[^"\n]{1,80})"')
_JSON_FIELD = re.compile(r'"(?:[A-Za-z_]{1,24}\.)?(?P<key>[A-Za-z_ ]{2,24})"[ \t]*:[ \t]*"(?P<value>[^"\n]{1,80})"')
_LINE_FIELD = re.compile(r"(?m)^[ \t]*(?P<key>[A-Za-z_]{2,30})[ \t]*=[ \t]*(?P<value>[^\n=&]{1,80}?)[ \t]*$")
# A web form's submission or a link: "naam=Mahesh+Ramnath&email=mahesh.ramnath%40telfort.nl&tel=0687147102".
# Only between "?"/"&" marks: "naam=Ellen Vroom | postcode=…" is a line of words, read by the other rules.
# A value between two "&" may hold spaces, as an export writes it ("&naam=Eamon Schreurs&"); the last one ends at a
# space.
_QUERY_FIELD = re.compile(
    r"(?:(?<=[?&])|(?<![^\s])(?=[A-Za-z_]{2,24}=[^&\n]{1,120}&))(?P<key>[A-Za-z_]{2,24})="
    r"(?P<value>[^&\n]{1,120}?(?=&)|[^&\s]{1,120}(?=\s|$))"
)
_SEMICOLON_FIELD = re.compile(r"(?:^|(?<=;)|(?<=;[ \t]))(?P<key>[A-Za-z_]{2,24})=(?P<value>[^;\n]{1,80})(?=;|\n|$)")
_SEPARATORS = ("\t", "|", ";", ",")  # a tab first: "Achternaam, voornaam<TAB>Geboortedatum" is two columns
_CELL_WORDS = r"(?:[^\W\d]|[. /+'’()\"-]){1,30}"  # a header cell: a few words, no digits
_HEADER_LINE = re.compile(rf"(?m)^[ \t|]*{_CELL_WORDS}(?:[ \t]*[|;,\t][ \t]*{_CELL_WORDS}){{1,15}}[ \t|]*$")
# A bare "Naam"/"Name" column is a person's only beside another personal column: "Naam | Aantal | Prijs" lists
# products.
_BARE_NAME = frozenset(("naam", "name"))


# A form written as a table of rows, a field's name and its value: "| Naam | Postma, Hidde |".
_ROW_FIELD = re.compile(r"(?m)^[ \t]*\|[ \t]*+(?P<key>[^|\n\d]{2,30}?)[ \t]*\|(?P<value>[^|\n]{1,80})\|[ \t]*$")
# A form as pairs of lines: "Veld: Geboortedatum" then "Waarde: 2004-03-16" ("Field:"/"Value:").
_FIELD_VALUE = re.compile(
    r"(?im)^[ \t]*(?:veld|field):[ \t]*(?P<key>[^\n]{2,40})\n[ \t]*(?:waarde|value):(?P<value>[^\n]{1,80})$"
)
_SEPA_NAME = re.compile(r"/NAME/(?P<value>[^/\n]{2,70})(?=/|$)")
# The "id" of a person's record in YAML, a few fields below its key: "account:\n  iban: …\n  id: C-TU45679".
_RECORDS = r"account|customer|klant|client|member|lid|user|patient|patiënt|contract|donor|donateur|gast|guest|tenant"
_YAML_PERSON_ID = re.compile(  # an INI file's section too: "[donor]\nid = 3428.126"
    rf"(?im)^[ \t]*(?:\[(?:{_RECORDS})\][ \t]*\n(?:[\w -]{{1,24}}=[^\n]*\n){{0,6}}?(?:id|nummer|nr|number|no)[ \t]*="
    rf"|(?:{_RECORDS})[ \t]*:[ \t]*\n(?:[ \t]+[\w -]{{1,24}}:[^\n]*\n){{0,6}}?[ \t]+(?:id|nummer|nr|number|no)[ \t]*:)"
    r"[ \t]*['\"]?(?P<value>[^\n'\"]{1,40})['\"]?$"
)
# What a cell says when it holds nothing: "(leeg)", "(niet ingevuld)", "n.v.t.", "n/a"
_EMPTY_CELL = re.compile(r"(?i)[ \t]*(?:\([^()\d]{1,20}\)|n\.?v\.?t\.?|n/a|none|geen|leeg|onbekend|unknown)[ \t]*")
_NAME_VALUE = re.compile(r"^[^\d]*[^\W\d][^\d]*$")  # a name has letters and no digits
# A vCard's fields: "N:Villanueva;Mark Anthony", "ADR:;;Zuidwal 7;Delft;;2611 AB;NL", "BDAY:2 jan. 1977".
_VCARD_FIELD = re.compile(r"(?m)^(?P<key>N|FN|ADR|BDAY|TEL)(?:;[^:\n]*)?:(?P<value>[^\n]+)$")
_VCARD_DESK = re.compile(  # a firm's desk, no person: "FN:Klantenservice Mediq"
    r"(?im)^FN[^:\n]*:[ \t]*(?:klantenservice|customer (?:service|care)|helpdesk|support|team|afdeling)\b"
)
_VCARD_ADDRESS = {2: "ADDRESS", 5: "POSTCODE"}  # ADR: PO box; extended; street; place; region; postcode; country
# XML: an element named like a field ("<naam>…</naam>") and a customer's or debtor's number ('<debiteur nr="…">').
_XML_ELEMENT = re.compile(r"<(?P<key>[A-Za-z_]{2,24})(?:[ \t][^<>\n]{0,80})?>(?P<value>[^<\n]{1,80})</(?P=key)>")
_XML_NUMBER = re.compile(
    r"<(?:klant|debiteur|customer|member|lid|relatie|client|account|debtor)\b[^>\n]{0,80}?"
    r'\b(?:nr|nummer|number|id|no|\w*code)="(?P<value>[^"\n]{1,40})"'
)


def field_spans(text: str) -> Iterator[Span]:
    """The values of known fields in each of the forms above, trimmed of spaces."""
    if "\n" in text and any(separator in text for separator in _SEPARATORS):
        yield from _table_spans(text)
    if "|" in text:
        for match in _ROW_FIELD.finditer(text):
            kind, value = HEADERS.get(_header(match.group("key"))), match.group("value")
            header_row = text.startswith(("|--", "| --", "|:-"), match.end() + 1)  # "| Naam | Prijs |" then "|---|"
            if kind and value.strip() and not header_row and not (kind == "NAME" and not _NAME_VALUE.search(value)):
                yield _trimmed(text, *match.span("value"), kind)
    if "aarde:" in text or "alue:" in text:  # "Veld: Geboortedatum\nWaarde: 2004-03-16"
        for match in _FIELD_VALUE.finditer(text):
            if kind := HEADERS.get(_header(match.group("key"))):
                yield _trimmed(text, *match.span("value"), kind)
    if "BEGIN:VCARD" in text:
        yield from _vcard_spans(text)
    if ":\n" in text or "]\n" in text:  # a YAML record of a person: "account:\n  id: 1648-1929"; an INI section
        for match in _YAML_PERSON_ID.finditer(text):
            yield _trimmed(text, *match.span("value"), "CUSTOMER_NUMBER")
    if "</" in text or '="' in text:
        yield from _keyed(text, _XML_ELEMENT)
        for match in _XML_NUMBER.finditer(text):
            if not (match.group("value").isdigit() and len(match.group("value")) < 3):  # '<relatie id="7">': a row
                yield _trimmed(text, *match.span("value"), "CUSTOMER_NUMBER")
    if '="' in text and "<" not in text:
        yield from _keyed(text, _QUOTED_FIELD)
    if "/NAME/" in text:  # a SEPA transfer's description: "/IBAN/NL45…/BIC/RABONL2U/NAME/HAAN, M. DE/REMI/…"
        for match in _SEPA_NAME.finditer(text):
            yield _trimmed(text, *match.span("value"), "NAME")
    if "=" in text and ";" in text:  # a log line's fields: "klant_id=712.216.228; naam=Iyer, Onur; tel=…"
        yield from _keyed(text, _SEMICOLON_FIELD)
    if "=\n" not in text and "=" in text and "\n" in text:  # an export's lines: "date_of_birth=2.01.2014\nemail=…"
        yield from _keyed(text, _LINE_FIELD)
    if "=" in text:
        for match in _QUERY_FIELD.finditer(text):
            kind = _KEYS.get(match.group("key").lower())
            if kind == "NAME" and any(char.isdigit() for char in match.group("value")):
                kind = "CUSTOMER_NUMBER" if match.group("key").lower() in _CUSTOMER_KEYS else None  # "klant=KN656521"
            start, end = match.span("value")
            if kind == "POSTCODE" and (letters := _POSTCODE_LETTERS.match(text, end)):
                end = letters.end()  # the last field's "postcode=9364 fb": its letters after the space
            elif kind in ("CUSTOMER_NUMBER", "PHONE") and (groups := _DIGIT_GROUPS.match(text, end)):
                end = groups.end()  # …and its digits in groups: "klant=6798 5525 05"
            if kind:
                yield _trimmed(text, start, end, kind)
    if '"' in text:
        person = '"naam"' in text or '"name"' in text  # a person's record: its "id" is their number
        for match in _JSON_FIELD.finditer(text):
            key = match.group("key").strip().lower().replace(" ", "_").removeprefix("cf_")  # a helpdesk's own field
            kind = _KEYS.get(key) or ("CUSTOMER_NUMBER" if key == "id" and person else role_kind(key, _KEYS))
            if kind == "NAME" and not _NAME_VALUE.search(match.group("value")):
                kind = "CUSTOMER_NUMBER"  # the person's number: "huurder": "H-7892/7"
            if kind:
                yield _trimmed(text, *match.span("value"), kind)


def _keyed(text: str, pattern: re.Pattern[str]) -> Iterator[Span]:
    """The values of `pattern`'s matches whose key is a known field's, as that field's kind."""
    for match in pattern.finditer(text):
        key, value = match.group("key").lower(), match.group("value")
        if (kind := _KEYS.get(key) or role_kind(key, _KEYS)) == "CUSTOMER_NUMBER" and key in _PEOPLE:
            kind = "NAME" if _NAME_VALUE.search(value) else kind  # '<abonnee nr="095-6038">ANITA DOELWIJT</…>'
        if kind:
            yield _trimmed(text, *match.span("value"), kind)


def _vcard_spans(text: str) -> Iterator[Span]:
    """A vCard's name (each part of N), address (street and postcode of ADR), birthday and phone numbers; not a
    firm's desk's ("FN:Klantenservice Mediq")."""
    if _VCARD_DESK.search(text):
        return
    for match in _VCARD_FIELD.finditer(text):
        key, start = match.group("key"), match.start("value")
        for index, part in enumerate(match.group("value").split(";")):
            kind = {"N": "NAME", "FN": "NAME", "BDAY": "DOB", "TEL": "PHONE"}.get(key) or _VCARD_ADDRESS.get(index)
            if kind and part.strip():
                yield _trimmed(text, start, start + len(part), kind)
            start += len(part) + 1


def _table_spans(text: str) -> Iterator[Span]:
    """Rows under a header line of known columns, cells split by the header's separator ("|", ";" or ",");
    a CSV row counts only with as many cells as its header (a comma inside a value shifts the columns).
    Header lines are found by one regex (short cells of words, no digits), so prose pays next to nothing."""
    resume = 0
    for match in _HEADER_LINE.finditer(text):
        if match.start() < resume:
            continue
        for separator in (candidate for candidate in _SEPARATORS if candidate in match.group(0)):
            header = _cells(match.group(0), match.start(), separator)
            names = [_header(text[start:end]) for start, end in header]
            known = {i: kind for i, name in enumerate(names) if (kind := _column_kind(name))}
            if known and len(header) >= 2 and any(names[i] not in _BARE_NAME for i in known):
                offset, rows = match.end() + 1, []
                for line in text[offset:].split("\n"):
                    cells = _cells(line, offset, separator)
                    if len(cells) < 2 or (separator != "|" and len(cells) != len(header)):
                        break
                    rows.append(cells)
                    offset += len(line) + 1
                resume = offset
                if not _fields_listed_down(text, rows, known):
                    for cells in rows:
                        for index, kind in known.items():  # not an empty cell, nor a Markdown rule ("|---|:--|")
                            value = text[cells[index][0] : cells[index][1]] if index < len(cells) else ""
                            if value.strip(" \t-:=") and not _EMPTY_CELL.fullmatch(value):
                                yield _trimmed(text, *cells[index], kind)
                break


def _fields_listed_down(text: str, rows: list[list[tuple[int, int]]], known: dict[int, str]) -> bool:
    """A form that lists its fields down the first column ("Cliënt<TAB>Rypma, Sytske", "Geboortedatum<TAB>…"),
    whose first line only looks like a header: half the cells under a known column are field names themselves."""
    under = [_header(text[slice(*cells[index])]) for cells in rows for index in known if index < len(cells)]
    return len(rows) >= 2 and sum(name in HEADERS for name in under) * 2 >= len(under)


def _cells(line: str, offset: int, separator: str) -> list[tuple[int, int]]:
    cells, start = [], 0
    for part in _split(line, separator):
        cells.append((offset + start, offset + start + len(part)))
        start += len(part) + 1
    if separator == "|":  # "| a | b |": the empty edges are no cells
        cells = [
            cell
            for index, cell in enumerate(cells)
            if line[cell[0] - offset : cell[1] - offset].strip() or 0 < index < len(cells) - 1
        ]
    return cells


def _split(line: str, separator: str) -> list[str]:
    """`line.split(separator)`, but a CSV cell in double quotes keeps its separators: '"Boer, P. de",1945'."""
    if '"' not in line or separator == "|":
        return line.split(separator)
    parts, start, quoted = [], 0, False
    for index, character in enumerate(line):
        if character == '"':
            quoted = not quoted
        elif character == separator and not quoted:
            parts.append(line[start:index])
            start = index + 1
    return [*parts, line[start:]]


_WHOSE = frozenset("ouder kind klant parent child customer contact".split())  # "Telefoon ouder", "Naam kind"


# Whose a field is, before its name: "pupil_dob", "patient_id", "owner_phone".
ROLES = frozenset(
    "owner holder houder customer klant client home contact user patient patiënt member lid pupil leerling student"
    " child kind parent ouder tenant huurder guest passenger driver insured applicant borrower".split()
)
_PEOPLE = ROLES | {"abonnee", "subscriber", "donor", "donateur"}  # a number's key that may hold the person's name


def role_kind(key: str, kinds: dict[str, str]) -> str | None:
    """The kind of a field named for a person's role and what of theirs it holds; their "id" is their number."""
    role, _, rest = key.partition("_")
    if role not in ROLES or not rest:
        return None
    return "CUSTOMER_NUMBER" if rest in ("id", "nr", "number", "nummer", "no", "ref") else kinds.get(rest)


def _column_kind(name: str) -> str | None:
    """What a column holds by its header, also when a word says whose it is: "Telefoon ouder" is a phone."""
    head, _, whose = name.rpartition(" ")
    return HEADERS.get(name) or (HEADERS.get(head) if whose in _WHOSE else None)


def _header(cell: str) -> str:
    return " ".join(cell.strip().strip('"').lower().rstrip(":").replace("_", " ").split())


def _trimmed(text: str, start: int, end: int, kind: str) -> Span:
    while start < end and (text[start].isspace() or text[start] == '"'):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == '"'):
        end -= 1
    return start, end, kind
