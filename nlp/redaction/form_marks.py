"""What a pasted form puts around its values, read as spaces (or line breaks) of the same length so the rules see a
value's edges and no span moves: dot leaders before a colon ("Aanvrager........: X"), blanks around a value ("Naam:
____Jan Kok____") and the numbers of questions on one line ("1. Naam: … 2. Adres: …", where "Pol 2." is no house
number)."""

from __future__ import annotations

import re

_DOT_LEADER = re.compile(r"(?<=\w)\.{3,}(?=[ \t]*:)")
_BLANK = re.compile(r"_{2,}")  # a form's blank line pasted around its value: "Naam: ____Jan Kok____"
# A form's numbered questions on one line: "1. Naam: … 2. Adres: … 3. Postcode: …"
_ITEM_NUMBER = re.compile(  # its question ends in ":" or "?", or is a field's name: "2. Adres Wycker Brugstraat 4/2"
    r"(?:^|(?<=\s))(\d{1,2})\.(?=[ \t]+[A-Z][^:?\n]{0,30}[:?]|[ \t]+(?:Naam|Name|Adres|Address|Postcode|Kenteken|Plate"
    r"|Telefoon|Phone|Tel|Geboortedatum|Date of birth|E-mail|Email|BSN|IBAN)\b)"
)


def _without_item_numbers(text: str) -> str:
    """The numbers of a numbered form's questions (three or more, counting 1, 2, 3, …) read as line breaks, so
    "Pol 2." in "Naam: Senait van de Pol 2. Adres: …" is no house number and no value runs into the next question."""
    items = list(_ITEM_NUMBER.finditer(text))
    if len(items) < 3 or [int(item.group(1)) for item in items] != list(range(1, len(items) + 1)):
        return text
    for item in items:  # each question its own line, as on the paper form
        text = text[: item.start()] + "\n" + " " * (item.end() - item.start() - 1) + text[item.end() :]
    return text


def form_marks_as_spaces(text: str) -> str:
    if "..." in text:
        text = _DOT_LEADER.sub(lambda leader: " " * len(leader.group(0)), text)
    if "__" in text:
        text = _BLANK.sub(lambda blank: " " * len(blank.group(0)), text)
    if "2. " in text:
        text = _without_item_numbers(text)
    return text
