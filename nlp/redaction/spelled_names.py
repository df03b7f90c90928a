"""Names spelled letter by letter, as a caller spells their surname: capitals with the same mark between them
("R-I-T-F-E-L-D", "K A P T E I N", "V, E, E, R"), letters said by their names ("ka el ee ie en") or the spelling
alphabet ("Bernard Rudolf Utrecht"), after a name was asked for or right after the given name and a comma. The
letter names and the spelling alphabet are shared with the rules that read out postcodes and codes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.redaction.rules import Span, plain_lower

# Letters said by their names (Dutch and English): "el", "gee", "ka", "aitch".
LETTER_NAME = (
    r"(?:[a-z]|ee|bee|cee|dee|ef|gee|ha|ie|jee|ka|el|em|en|oo|pee|kuu|er|es|tee|uu|vee|wee|iks|ij|zet|zed|aitch"
    r"|be|ce|de|ge|je|pe|te|ve|we|ze"
    r"|jay|kay|ell|ess|ex|why|are|kaa|aa)"
)

# A name spelled letter by letter after it was asked for or announced: "en uw achternaam? KLANT: R-I-T-F-E-L-D",
# "ik spel het even: ka el ee ie en", with the spelling alphabet: "Bernard Rudolf Utrecht Izaak Nico".
SPELLING_ALPHABET = (
    "Anton Bernard Cornelis Dirk Eduard Ferdinand Gerard Hendrik Izaak Johan Karel Lodewijk Marie Maria Nico Otto "
    "Pieter Quirinus Rudolf Simon Teunis Utrecht Victor Willem Xantippe Ypsilon IJmuiden Zaandam Alfa Alpha Bravo "
    "Charlie Delta Echo Foxtrot Golf Hotel India Juliett Juliet Kilo Lima Mike November Oscar Papa Quebec Romeo "
    "Sierra Tango Uniform Whiskey X-ray Yankee Zulu"
).split()
_SPELLING = rf"(?:{'|'.join(SPELLING_ALPHABET)})"
# Capitals one by one, always with the same mark between them: "K A P T E I N", "V, E, E, R", "D. E. W. A".
_CAPITALS = r"[A-Z](?P<mark>[- ]|, |\. )[A-Z](?:(?P=mark)[A-Z]){2,}"
_SPELLED_NAME = re.compile(
    rf"(?<![\w-])(?:{_CAPITALS}|{LETTER_NAME}(?:[ -]{LETTER_NAME}){{3,}}"
    rf"|{_SPELLING}(?:,?[ \t]+{_SPELLING}){{2,}})(?![\w-])"
)
_NAME_ASKED = re.compile(r"(?i)naam|name|spel|spell")


# Or spelled right after the given name and a comma, a particle first: "yes it's Hương, K A P T E I N", "Willemijn,
# ten V-E-L-D-E".
_AFTER_GIVEN_NAME = re.compile(
    rf"[A-Z][\w'’-]+,[ \t]+(?P<v>(?:(?:van|de|der|den|ten|ter|te)[ \t]+){{0,2}}{_CAPITALS})(?![\w-])"
)


def spelled_name_spans(text: str, lower: str) -> Iterator[Span]:
    for match in _AFTER_GIVEN_NAME.finditer(text):
        yield *match.span("v"), "NAME"
    plain = plain_lower(lower)  # then `in` says what _NAME_ASKED would ("spel" holds "spell")
    if not (any(word in lower for word in ("naam", "name", "spel")) if plain else _NAME_ASKED.search(text)):
        return  # the long pattern only where a name was asked for at all
    for match in _SPELLED_NAME.finditer(text):
        if _NAME_ASKED.search(text, max(0, match.start() - 80), match.start()):
            yield match.start(), match.end(), "NAME"
