"""Plates and IBANs read out piece by piece, as IVR and speech-to-text logs write them: letters by their names
("dee vee", "kaa er", "aitch ex") or the spelling alphabet ("Victor", "Bernard Xantippe"), digits as words, in
pairs ("vijfenvijftig") or misheard ("zeve", "echt", "too"), in pieces between commas ("drie, dee vee, een zes
drie"). The pieces are turned into characters; the longest run that spells a plate (after a plate cue: its side
codes are a weak check) or an IBAN (anywhere: its mod-97 check is a strong one) is taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from nlp.redaction.checks import iban_ok
from nlp.redaction.cued import PLATE_CUE, WHOLE_PLATE
from nlp.redaction.rules import Span
from nlp.redaction.spelled import number_value
from nlp.redaction.spelled_names import SPELLING_ALPHABET

# Letter names, Dutch and English ("ee" E, "kaa" K, "zet"/"zed" Z, "iks"/"ex" X, "why" Y).
_LETTERS = {
    **dict.fromkeys(("aa", "ay"), "A"),
    **dict.fromkeys(("bee",), "B"),
    **dict.fromkeys(("cee", "see"), "C"),
    **dict.fromkeys(("dee",), "D"),
    **dict.fromkeys(("ee",), "E"),
    **dict.fromkeys(("ef", "eff"), "F"),
    **dict.fromkeys(("gee",), "G"),
    **dict.fromkeys(("ha", "haa", "aitch"), "H"),
    **dict.fromkeys(("ie", "eye"), "I"),
    **dict.fromkeys(("jee", "jay", "jij"), "J"),
    **dict.fromkeys(("ka", "kaa", "kay"), "K"),
    **dict.fromkeys(("el", "ell"), "L"),
    **dict.fromkeys(("em",), "M"),
    **dict.fromkeys(("en", "enn"), "N"),
    **dict.fromkeys(("oo",), "O"),
    **dict.fromkeys(("pee", "pea"), "P"),
    **dict.fromkeys(("kuu", "queue", "cue"), "Q"),
    **dict.fromkeys(("er", "are", "ar"), "R"),
    **dict.fromkeys(("es", "ess"), "S"),
    **dict.fromkeys(("tee", "tea"), "T"),
    **dict.fromkeys(("uu", "you"), "U"),
    **dict.fromkeys(("vee",), "V"),
    **dict.fromkeys(("wee",), "W"),
    **dict.fromkeys(("iks", "ex"), "X"),
    **dict.fromkeys(("ij", "why"), "Y"),
    **dict.fromkeys(("zet", "zed", "zee"), "Z"),
    # said short, as Dutch callers do: "we-pe", "en de", "ge pe ge"
    **{"be": "B", "ce": "C", "de": "D", "ge": "G", "je": "J", "pe": "P", "te": "T", "ve": "V", "we": "W", "ze": "Z"},
}
_SPELLING = {word: "Y" if word == "IJmuiden" else word[0] for word in SPELLING_ALPHABET}
# "jee" is how Dutch says J ("gee" is G); an English reader says "jay" for J and "gee" for G.
_PIECE = re.compile(r"[^\W_]+(?:-[^\W_]+)*")  # "fifty-six" is one piece
_GAP = re.compile(r"[ \t]*(?:,|[-–](?=[ \t]))?[ \t]*")  # a comma or a dash alone: "vier - S G - zes"
_OPENING = re.compile(r"[\s:#=('\"‘“.…]*")  # between a cue and what it introduces: "plate: 'vee ess, …'"
_MAX_PIECES = 24
# A few words and a colon between a plate cue and the plate: "Plate spelled out: …", "Kenteken doorgegeven aan
# de werkplaats: …", or "as": "reads the plate as T eight four …".
_CUE_PHRASE = re.compile(r"[ \t]+(?:(?:as|als)(?=[ \t])|[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,4}:)")
# A letter and a word that starts with it, said to make it clear: "R van Richard", "N for Netherlands".
_AS_IN = re.compile(r"[ \t]+(?:van|voor|as in|for|like)[ \t]+(?P<word>[A-Z][a-z]+)(?!\w)")
# An IBAN read out starts with its country's letters: "en el", "N L", "bee ee", "dee ee".
_IBAN_START = re.compile(r"(?i)(?<!\w)(?:(?:en|n)[ ,-]+(?:el|l)|(?:bee|b)[ ,-]+(?:ee|e)|(?:dee|d)[ ,-]+(?:ee|e))(?!\w)")


def _characters(piece: str, letters: bool) -> str | None:
    """What one spoken piece spells: "dee" D, "zeven" 7, "vijfenvijftig" 55, "4" 4, "rabo" RABO (`letters`:
    a bank code may come as a word); None when it is no part of a code."""
    lower = piece.lower()
    if piece.isdigit():
        return piece
    if letters and len(piece) == 1 and piece.isalpha():
        return piece.upper()  # in an IBAN's bank code "R A B O" has an O, not a zero
    if "-" in piece:  # letters joined by hyphens: "tee-ha-er", "N-L", "I-N-G-B"
        letters_said = [_LETTERS.get(part) or (part.upper() if len(part) == 1 else None) for part in lower.split("-")]
        if all(letters_said):
            return "".join(letters_said)
    if lower in _LETTERS:
        return _LETTERS[lower]
    if len(piece) <= 3 and piece.isalpha() and piece.isupper():
        return piece  # a plate's letters said as one piece: "SB streepje 32 streepje ST"
    if piece in _SPELLING:  # the spelling alphabet: "Victor" V, "Xantippe" X, "IJmuiden" Y
        return _SPELLING[piece]
    value = number_value(lower)
    if value is not None:
        return str(value)
    if len(piece) == 1 or (letters and len(piece) == 4 and piece.isalpha()):
        return piece.upper()
    return None


def _runs(text: str, at: int, letters: bool) -> Iterator[tuple[int, str]]:
    """From `at`, each (end, characters so far) as spoken pieces are added one by one."""
    spelled, count, at, times = "", 0, _OPENING.match(text, at).end(), 1
    while count < _MAX_PIECES:
        piece = _PIECE.match(text, _GAP.match(text, at).end())
        if piece is not None and piece.group(0).lower() in ("dubbel", "double"):
            at, count, times = piece.end(), count + 1, 2  # "negen dubbel zes nul": 9660
            continue
        if piece is not None and piece.group(0).lower() in ("streepje", "dash", "hyphen", "koppelteken"):
            at, count = piece.end(), count + 1  # "vier zes streepje dee be streepje en gee"
            continue
        chars = _characters(piece.group(0), letters) if piece else None
        if piece is None or chars is None:
            return
        spelled, at, count, times = spelled + chars * times, piece.end(), count + 1, 1
        clear = _AS_IN.match(text, at) if len(chars) == 1 and chars.isalpha() else None
        if clear is not None and clear.group("word")[0] == chars:
            at = clear.end()  # "R van Richard" is one R
        yield at, spelled


_PLATE_HINTS = ("kenteken", "plate", "registration", "nummerplaat", "kent.", "car is", "auto is")
# Read out after "the car is" too ("… and the car is P S Z eight three V"): what follows must spell a plate.
_CAR_IS = re.compile(r"(?i)(?<!\w)(?:the |my |de |mijn )?(?:car|auto) is")


def spoken_code_spans(text: str, lower: str) -> Iterator[Span]:
    """Plates after a plate cue and IBANs anywhere, read out piece by piece."""
    if any(hint in lower for hint in _PLATE_HINTS):
        for cue in chain(PLATE_CUE.finditer(text), _CAR_IS.finditer(text)):
            best, phrase = None, _CUE_PHRASE.match(text, cue.end())
            start = phrase.end() if phrase else cue.end()
            for end, spelled in _runs(text, start, letters=False):
                if len(spelled) > 8:
                    break
                if WHOLE_PLATE.fullmatch(spelled):
                    best = end
            if best is not None:
                yield _PIECE.search(text, start).start(), best, "PLATE"
    yield from _dashed_plate_spans(text, lower)
    for start in _IBAN_START.finditer(text):
        for end, spelled in _runs(text, start.start(), letters=True):
            if len(spelled) > 34:
                break
            if len(spelled) >= 15 and iban_ok(spelled):
                yield start.start(), end, "IBAN"
                break


_DASH_WORD = re.compile(r"(?i)(?<!\w)(?:streepje|dash|hyphen|koppelteken)(?!\w)")
_WORD_START = re.compile(r"(?<!\S)\S")


def _dashed_plate_spans(text: str, lower: str) -> Iterator[Span]:
    """A plate read out with its two dashes said, with no cue needed: the dashes and the side code are check
    enough ("auto P van Pieter R van Richard streepje twee vijf streepje V van Victor L", "three dash N T X
    dash nine two"). The run starts at the earliest of the nine words before the first dash that spells one."""
    if sum(lower.count(word) for word in ("streepje", "dash", "hyphen", "koppelteken")) < 2:
        return
    dashes, done = list(_DASH_WORD.finditer(text)), 0
    for first, second in zip(dashes, dashes[1:], strict=False):
        if first.start() < done:
            continue
        before = [m.start() for m in _WORD_START.finditer(text, max(done, first.start() - 80), first.start())]
        for start in before[-9:]:
            best = None
            for end, spelled in _runs(text, start, letters=False):
                if len(spelled) > 8:
                    break
                if end > second.end() and WHOLE_PLATE.fullmatch(spelled):
                    best = end
            if best is not None:
                yield start, best, "PLATE"
                done = best
                break
