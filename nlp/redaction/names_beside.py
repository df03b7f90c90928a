"""Names found by what sits beside them rather than by their words, once the other kinds are found: the
account holder in brackets after an IBAN or a card number, as a bank notice prints it ("BE71 0012 9424 8869
(DEEPIKA REDDY)", "… 2094450481 (Whitfield)"), a line in capitals right above a street address, as a postal
label or a letter's window writes the addressee ("per post: NIELS KUIPERS\\nBoerhaavelaan 46"), and the
name a date of birth follows ("plaatsing voor Dante, geboortedatum 22-01-2020", "Lina Haddad (geb. 3-4-1990)"; not
the town after a postcode: "…, 7606 YH Honselersdijk, geb. …"; in
lower case a listed first name first: "besteld voor gerrit leung geb 11.10.1935"), and in lower case whose a
customer's number is ("klantnummer KL313918 van houda huisman, …"), and whose vehicle a plate is ("… 90-SKF-6
belonging to Hiemstra").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.redaction.lexicon import first_names, not_names, surnames
from nlp.redaction.lower_name_model import trained_lower_model
from nlp.redaction.rules import Span

_HOLDER = re.compile(r"[ \t]*\((?P<v>[A-Z][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,4})\)")
_PARTICLES = frozenset("van de der den het 't ’t ter ten in op".split())
_BANK = re.compile(r"[A-Z]{2,4}")  # "(ING)", "(RABO)" after an IBAN is the bank, not its holder
_CAPITALS_LINE = re.compile(
    r"(?:^|\n|:[ \t]*|\b(?:van|from|door|by)[ \t]+)"
    r"(?P<v>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]*){1,4})[ \t]*\n[ \t]*"
    r"(?:(?i:adres|address)[ \t]*:[ \t]*)?$"
)

# Name, street, postcode on lines of their own: a letter's address block, its first line the addressee's name
# unless it is a label's words ("RETOUR AFZENDER").
_LABEL = frozenset("retour afzender return sender to aan ontvanger recipient adres address postadres".split())
_POSTCODE_LINE = re.compile(r"[ \t]*\n[ \t]*[1-9]\d{3}[ \t]?[A-Za-z]{2}(?!\w)")
# A name in capitals in the column before an address, as an invoice pasted from a PDF lines them up: "VAN DOMMELEN,
# Mees    31 Meadowbank Drive", "HABRAKEN, I.    Moi Avenue, No. 27" (three spaces or more between the columns).
_COLUMN_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?P<v>[^\W\d_][^\W\d_'’-]*(?:[ \t][^\W\d_'’][^\W\d_'’-]*){0,4}"
    r"(?:,[ \t]+(?:[A-Z][a-zà-ÿ]+|[A-Z]\.))?)[ \t]{3,}$"
)
# Capitalised words right before a date of birth's cue, which the DOB span starts after.
_BEFORE_BIRTH = re.compile(
    r"(?<![\w'’-])(?P<v>[A-Z][\w'’-]+(?:[ \t]+(?:(?i:van|de|der|den|ter|ten|el|al)|[A-Z][\w'’-]+)){0,3})"
    r"[ \t]*[,(][ \t]*(?i:geboortedatum|geb\.?|geboren(?: op)?|born(?: on)?|dob|d\.o\.b\.?|date of birth)"
    r"[ \t]*+:?[ \t]*$"
)


# Whose vehicle it is, by a surname the ordinary vocabulary does not hold: "Horsebox 90-SKF-6 belonging to Hiemstra",
# "Trailer met kenteken 55-FP-ZV van Drummond staat …" (not "van Europcar", "van Schiphol").
_PLATE_OWNER = re.compile(
    r"[ \t]+(?:belonging to|owned by|van|of)[ \t]+(?P<v>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)(?![\w'’-])"
)
# …and in lower case, a listed first name first: "cpap masker besteld voor gerrit leung geb 11.10.1935".
_LOWER_BEFORE_BIRTH = re.compile(
    r"(?P<v>(?:[a-zà-ÿ][\w'’-]*[ \t]+){2,4})(?i:geboortedatum|geb\.?|geboren|born|dob)[ \t]*+:?[ \t]*$"
)


def _lower_name(text: str, match: re.Match[str], taken: bytearray) -> Iterator[Span]:
    """The longest run of the words before the cue that starts with a listed first name and has no other word."""
    words = list(re.finditer(r"\S+", match.group("v")))
    for first in range(max(0, len(words) - 4), len(words) - 1):
        if words[first].group(0).capitalize() in first_names() and _no_listed_word(
            match.group("v")[words[first].start() :]
        ):
            start, end = match.start("v") + words[first].start(), match.start("v") + words[-1].end()
            if _free(taken, start, end):
                yield start, end, "NAME"
            return


def _free(taken: bytearray, start: int, end: int) -> bool:
    return taken.find(1, start, end) == -1


def _no_listed_word(value: str) -> bool:
    """No word of it is a word no name has (particles aside: "VAN DAMME")."""
    words = (word.lower().strip(".") for word in value.split())
    return not any(word in not_names() for word in words if word not in _PARTICLES)


def _a_listed_name(value: str) -> bool:
    """A line in capitals above an address may be a label's own words ("RETOUR AFZENDER"): one of its words
    must be a known first name or surname, unless a postcode's line follows the address (a letter's block)."""
    words = [word.strip(".").capitalize() for word in value.split()]
    return any(word in first_names() or word in surnames() for word in words)


# Whose a number is, in lower case after it, a listed first name first: "klantnummer KL313918 van houda huisman,".
_OWNER = re.compile(
    r"[ \t]+(?:van|of)[ \t]+(?P<v>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_A-Z][\w'’-]*){1,3})(?=[ \t]*(?:[,.;:]|$))"
)


def names_beside(text: str, kept: list[Span], taken: bytearray) -> Iterator[Span]:
    """NAME spans beside the IBAN, CARD, ADDRESS and DOB spans in `kept` (not yet claimed)."""
    for start, end, kind in kept:
        if kind in ("IBAN", "CARD") and (holder := _HOLDER.match(text, end)):
            v_start, v_end = holder.span("v")
            value = holder.group("v")
            if _free(taken, v_start, v_end) and _no_listed_word(value) and not _BANK.fullmatch(value):
                yield v_start, v_end, "NAME"
        elif kind == "ADDRESS" and (line := _CAPITALS_LINE.search(text, max(0, start - 80), start)):
            v_start, v_end = line.span("v")
            value = line.group("v")
            block = _POSTCODE_LINE.match(text, end) is not None and _LABEL.isdisjoint(value.lower().split())
            if _free(taken, v_start, v_end) and _no_listed_word(value) and (block or _a_listed_name(value)):
                yield v_start, v_end, "NAME"
        elif kind == "DOB" and (before := _BEFORE_BIRTH.search(text, max(0, start - 80), start)):
            v_start, v_end = before.span("v")
            town = any(kept_end == v_start - 1 and kept_kind == "POSTCODE" for _, kept_end, kept_kind in kept)
            if _free(taken, v_start, v_end) and _no_listed_word(before.group("v")) and not town:
                yield v_start, v_end, "NAME"
        elif kind == "DOB" and (lower := _LOWER_BEFORE_BIRTH.search(text, max(0, start - 60), start)):
            yield from _lower_name(text, lower, taken)
        elif kind == "PLATE" and (owner := _PLATE_OWNER.match(text, end)) and _free(taken, *owner.span("v")):
            words = owner.group("v").lower().split()
            if _no_listed_word(owner.group("v")) and trained_lower_model().vocabulary.isdisjoint(words):
                yield *owner.span("v"), "NAME"
        elif kind == "CUSTOMER_NUMBER" and (owner := _OWNER.match(text, end)) and owner.group("v").islower():
            value = owner.group("v")
            if (
                value.split()[0].capitalize() in first_names()
                and _no_listed_word(value)
                and _free(taken, *owner.span("v"))
            ):
                yield *owner.span("v"), "NAME"


def names_in_columns(text: str, kept: list[Span], taken: bytearray) -> Iterator[Span]:
    """A name in capitals in the column before an ADDRESS span, claimed before the name rules split it."""
    if "   " not in text:
        return
    for start, _, kind in list(kept):
        if kind == "ADDRESS" and (cell := _COLUMN_BEFORE.search(text, max(0, start - 60), start)):
            value = cell.group("v")
            if _free(taken, *cell.span("v")) and value.split(",")[0].isupper() and _no_listed_word(value):
                yield *cell.span("v"), "NAME"
