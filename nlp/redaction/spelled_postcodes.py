"""Postcodes read out loud: four digits in words, then the two letters as letters, their names or the spelling
alphabet, after a postcode cue, where someone says where they live, or right after an address and a comma.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.redaction.number_words import EN_TEENS, EN_TENS, EN_UNITS, NL_TEENS, NL_TENS, NL_UNITS
from nlp.redaction.rules import Span
from nlp.redaction.spelled_names import LETTER_NAME, SPELLING_ALPHABET

_SPELLING = rf"(?:{'|'.join(SPELLING_ALPHABET)})"

# A postcode read out after its cue: two pairs of digits in words, then the letters, as letters, their names or
# the spelling alphabet ("achtendertig achtenveertig el-gee", "thirty-six twenty four M J", "… X-ray Romeo",
# "… J van Johan R van Richard", "4673 L for Lima, X for X-ray"), the digits also one by one ("6 4 0 5 B
# van …"); the cue may have a few words before its colon ("Postcode given on the call:").
_PAIR = rf"(?:{NL_UNITS}(?:[eë]n| en ){NL_TENS}|{NL_TENS}|{NL_TEENS}|{EN_TENS}(?:[- ]{EN_UNITS})?|{EN_TEENS})"
_DIGIT = (
    r"(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|zero|oh|one|two|three|four|five|six|seven|eight|nine)"
)
_TWO_DIGITS = rf"(?:{_PAIR}|{_DIGIT}[\s,]+{_DIGIT}|(?:dubbel|double)[\s,]+{_DIGIT})"  # "… nul acht", "dubbel zes"
_SAID_AS = r"[A-Z][ \t]+(?:van|voor|for)[ \t]+[A-Z](?:[a-z]+|-[a-z]+)"  # "B van Bernard", "X for X-ray"
_POSTCODE_LETTER = rf"(?:(?-i:{_SAID_AS})|{LETTER_NAME}|(?-i:{_SPELLING}))"
_SPOKEN_POSTCODE = re.compile(
    rf"(?i)(?:postcode|post code|postal code|zip code)"
    rf"(?:\s+(?:is|was|luidt|(?:read out|given|said|recogni[sz]ed) as)|(?:[ \t]+[a-z]+){{1,4}}:)?"
    rf"[\s:,='\".…?]*"
    rf"(?:(?:eh|uh|um|ja|yes|yeah)[\s,:.]+)?"
    rf"(?:[\w .?]{{0,20}}\n[^\n:]{{1,20}}:[ \t]*)?"  # answered on the next line: "uw postcode maar.\nBeller: …"
    # or later on the same line, after the question or a speaker's label: "postcode please? Caller: …", "uw
    # postcode nodig. Dat is …"
    rf"(?:[^\n\d]{{0,30}}?[.?!:][ \t]*(?:[A-Z][a-z]{{1,12}}:[ \t]*)?(?:[-–][ \t]*)?"  # "? - Yes, …" too
    rf"(?:(?:yes|ja|yeah|sure)[ \t]*,?[ \t]+)?(?:(?:dat is|that's|it's|het is)[ \t]+)?)?"
    rf"(?P<v>(?:{_TWO_DIGITS}[\s,]+{_TWO_DIGITS}|[1-9]\d{{3}}|[1-9](?:[ \t]\d){{3}}|[1-9]\d[ \t]\d\d)"
    rf"[\s,]+(?:{_POSTCODE_LETTER}(?:[\s,]+|-){_POSTCODE_LETTER}|(?-i:[A-Z]{{2}})))"
    rf"(?![\w-])"  # the digits may be digits: "Postcode 3034 Simon Nico"
)


# Or where someone says they live: "ik woon in zes negen vijf een Z T, niet in Den Haag".
_LIVES_IN_POSTCODE = re.compile(
    rf"(?i)(?<!\w)(?:woon|woont|wonen|live|lives)[ \t]+(?:in|op|at|on)[ \t]+"
    rf"(?P<v>(?:{_TWO_DIGITS}[\s,]+{_TWO_DIGITS})[\s,]+{_POSTCODE_LETTER}(?:[\s,]+|-){_POSTCODE_LETTER})(?![\w-])"
)


# Or right after an address found and a comma: "moved to Korreweg 39/2, seventy-five twenty-one D J", "…, 4418
# Lodewijk Theodoor" (the letters in the spelling alphabet).
_AFTER_ADDRESS = re.compile(
    rf"(?i),[ \t]+(?P<v>(?:{_TWO_DIGITS}[\s,]+{_TWO_DIGITS}|[1-9]\d{{3}})[\s,]+{_POSTCODE_LETTER}(?:[\s,]+|-)"
    rf"{_POSTCODE_LETTER})"
    rf"(?![\w-])"
)


def spelled_postcodes_after_addresses(text: str, kept: list[Span]) -> Iterator[Span]:
    """POSTCODE spans of postcodes read out right after an ADDRESS span in `kept` and a comma."""
    for _, end, kind in list(kept):
        if kind == "ADDRESS" and text[end : end + 1] == "," and (match := _AFTER_ADDRESS.match(text, end)):
            yield *match.span("v"), "POSTCODE"


def spelled_postcode_spans(text: str, lower: str) -> Iterator[Span]:
    if "post" in lower or "zip" in lower:
        for match in _SPOKEN_POSTCODE.finditer(text):
            yield *match.span("v"), "POSTCODE"
    if "woon" in lower or "live" in lower:
        for match in _LIVES_IN_POSTCODE.finditer(text):
            yield *match.span("v"), "POSTCODE"
