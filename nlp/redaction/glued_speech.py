"""Numbers a speech recogniser wrote as words glued together, with no space between them or the words around them:
"mijnnummerisnulzesachtzevenzevenvierdrienulvijfnegen", "mybsnisnegennegentweetwee…", "geborenop28april2007".
Ten digits from a 0 are a phone number, nine that pass the eleven test a BSN; a date glued after "geboren op" or
"born on" is a date of birth. Glued, the words cannot be anything else: no ordinary word holds eight number words."""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.redaction.checks import elfproef_ok
from nlp.redaction.rules import Span

_DIGITS = {
    **dict(zip("nul een twee drie vier vijf zes zeven acht negen".split(), "0123456789", strict=True)),
    **dict(zip("zero one two three four five six seven eight nine".split(), "0123456789", strict=True)),
}
_WORD = "|".join(sorted(_DIGITS, key=len, reverse=True))
_RUN = re.compile(rf"(?i)(?:{_WORD}){{9,10}}")
_PIECE = re.compile(rf"(?i){_WORD}")
_MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
_MONTHS += "january february march may june july august october".split()
_GLUED_BIRTH = re.compile(rf"(?i)(?:geborenop|bornon)(?P<v>\d{{1,2}}(?:{'|'.join(_MONTHS)})\d{{4}})")


_LONG = re.compile(r"[^\W\d_]{27,}")  # nine number words glued are 27 letters at least


def glued_speech_spans(text: str, lower: str) -> Iterator[Span]:
    for match in _RUN.finditer(text) if _LONG.search(text) else ():
        digits = "".join(_DIGITS[piece.lower()] for piece in _PIECE.findall(match.group(0)))
        if len(digits) == 10 and digits.startswith("0"):
            yield match.start(), match.end(), "PHONE"
        elif len(digits) == 9 and elfproef_ok(digits):
            yield match.start(), match.end(), "BSN"
    if "geborenop" in lower or "bornon" in lower:
        for match in _GLUED_BIRTH.finditer(text):
            yield *match.span("v"), "DOB"
