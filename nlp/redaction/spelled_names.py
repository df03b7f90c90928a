"""Names spelled letter by letter, as a caller spells their surname: capitals with the same mark between them
("R-I-T-F-E-L-D", "K A P T E I N", "V, E, E, R"), letters said by their names ("ka el ee ie en") or the spelling
alphabet ("Bernard Rudolf Utrecht", "D van Dirk, I van Izaak"), after a name was asked for, right after the given
name and a comma, or right after the name it spells (one span over both). The
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
    "Pieter Quirinus Rudolf Simon Teunis Theodoor Utrecht Victor Willem Xantippe Ypsilon IJmuiden Zaandam Alfa Alpha "
    "Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Juliet Kilo Lima Mike November Oscar Papa Quebec Romeo "
    "Sierra Tango Uniform Whiskey X-ray Yankee Zulu"
).split()
_SPELLING = rf"(?:{'|'.join(SPELLING_ALPHABET)})"
# Capitals one by one, always with the same mark between them: "K A P T E I N", "V, E, E, R", "D. E. W. A", "W I Ś".
_CAPITAL = r"[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻČŠŽĞİŞ]"
_CAPITALS = rf"{_CAPITAL}(?P<mark>[- ]|, |\. ){_CAPITAL}(?:(?P=mark){_CAPITAL}){{2,}}"
# Letters made clear by a word that starts with them: "D van Dirk, I van Izaak, E van Eduard", "V for Victor, …".
_SAID = rf"[A-Z][ \t]+(?:van|voor|for|as in|like)[ \t]+(?:{_SPELLING}|[A-Z][a-z]+)"
_SAID_RUN = rf"{_SAID}(?:,[ \t]*{_SAID}){{2,}}"
_ALPHABET_RUN = rf"{_SPELLING}(?:,?[ \t]+{_SPELLING}){{2,}}"
_SPELLED_NAME = re.compile(
    rf"(?<![\w-])(?:{_CAPITALS}|{LETTER_NAME}(?:[ -]{LETTER_NAME}){{3,}}|{_SAID_RUN}|{_ALPHABET_RUN})(?![\w-])"
)
_NAME_ASKED = re.compile(r"(?i)naam|name|spel|spell")


# Or spelled right after the given name and a comma, a particle first: "yes it's Hương, K A P T E I N", "Willemijn,
# ten V-E-L-D-E".
_AFTER_GIVEN_NAME = re.compile(
    r"(?<![\w'’-])(?=[\w'’-]*?[A-Z][\w'’-])[\w'’-]++,"  # a word with a capital: tried once a word, not once a capital
    rf"[ \t]+(?P<v>(?:(?:van|de|der|den|ten|ter|te)[ \t]+){{0,2}}{_CAPITALS})(?![\w-])"
)


# Or the name written, then spelled with the same letters: "Blokland (B-L-O-K-L-A-N-D)", "Croes, Charlie Romeo
# Oscar Echo Sierra", "van Oosterhout (V for Victor, A for Alfa, …)": one span over both, whatever came before.
_NAME_THEN_SPELLED = re.compile(
    rf"(?<![\w-])(?P<name>(?:(?:van|de|der|den|ten|ter|te|in 't)[ \t]+){{0,3}}[A-Z][\w'’-]+)"
    rf"[ \t]*(?P<open>[(,:])?[ \t]*(?P<spelled>{_CAPITALS}|{_SAID_RUN}|{_ALPHABET_RUN})(?P<close>\))?(?![\w-])"
)


def _letters(spelled: str) -> str:
    """The letters a spelling spells: "D van Dirk, I van Izaak" DI, "Charlie Romeo" CR, "B-L-O" BLO."""
    said = re.findall(r"([A-Z])[ \t]+(?:van|voor|for|as in|like)[ \t]", spelled)
    if said:
        return "".join(said)
    if re.fullmatch(_CAPITALS, spelled):
        return re.sub(rf"(?!{_CAPITAL}).", "", spelled)
    words = re.findall(r"[A-Za-z][\w-]*", spelled)
    return "".join("Y" if word == "IJmuiden" else word[0] for word in words)


# What any spelling holds, looked for first: three capitals one by one, a letter made clear by a word, or two
# different words of the spelling alphabet (the full pattern tried at every capitalised word is slow).
_SPELLED_SIGN = re.compile(
    r"[A-Z](?:[- ]|, |\. )[A-Z](?:[- ]|, |\. )[A-Z](?![a-z])|[A-Z][ \t]+(?:van|voor|for|as in|like)[ \t]"
)
_ALPHABET = frozenset(SPELLING_ALPHABET)


def name_then_spelled_spans(text: str) -> Iterator[Span]:
    """Tried before the name rules, which would take the written name alone."""
    if _SPELLED_SIGN.search(text) is None and len(_ALPHABET.intersection(text.replace(",", " ").split())) < 2:
        return
    for match in _NAME_THEN_SPELLED.finditer(text):
        if re.sub(r"[^A-Za-z]", "", match.group("name")).upper() == _letters(match.group("spelled")):
            end = match.end() if match.group("open") == "(" or not match.group("close") else match.end() - 1
            yield match.start(), end, "NAME"


def spelled_name_spans(text: str, lower: str) -> Iterator[Span]:
    for match in _AFTER_GIVEN_NAME.finditer(text):
        yield *match.span("v"), "NAME"
    plain = plain_lower(lower)  # then `in` says what _NAME_ASKED would ("spel" holds "spell")
    if not (any(word in lower for word in ("naam", "name", "spel")) if plain else _NAME_ASKED.search(text)):
        return  # the long pattern only where a name was asked for at all
    for match in _SPELLED_NAME.finditer(text):
        if _NAME_ASKED.search(text, max(0, match.start() - 80), match.start()):
            yield match.start(), match.end(), "NAME"
