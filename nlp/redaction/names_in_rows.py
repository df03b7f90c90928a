"""A name typed in lower case in a row of someone's data, once the data are found: "joost hoogeveen 0639510521
5912BL", "2666 WJ hein rijnders (010) 563 1841", "bezoeker: jef van den broeck , +31627132747", and a name at the
end of a message after "zegt" ("…, zegt anouk ter beek."); a signature in brackets or in capitals. Lower-case
words are read as a name only when the first is a listed first name and none is a listed ordinary word; up to four
words, particles between.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.redaction.lexicon import first_names, not_names
from nlp.redaction.lower_name_model import trained_lower_model
from nlp.redaction.rules import Span

_RUN = re.compile(r"(?<![\w'’-])[a-zà-ÿğışçöüñ][\w'’-]*(?:[ \t]+[a-zà-ÿğışçöüñ'’][\w'’-]*){0,3}")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-zà-ÿğışçöüñ][\w'’-]*")
_PARTICLES = frozenset("van von de der den ter ten te in 't ’t la le da dos el al a".split())
_DATA = frozenset(("PHONE", "POSTCODE", "EMAIL", "ADDRESS", "IBAN"))
_BEFORE_DATA = re.compile(r"[ \t]*[,/]?[ \t]*")
# A cell of two to four lower-case words right before a data cell, as a spreadsheet's cells joined with " / " read:
# "47721948 / ama van der meer / mert2004@gmail.com / …".
_CELL_BEFORE = re.compile(
    r"(?<![\w'’-])([a-zà-ÿğışçöüñ][\w'’-]*(?:[ \t]+[a-zà-ÿğışçöüñ'’][\w'’-]*){1,3})[ \t]+/[ \t]+$"
)
_SAYS = re.compile(r"(?i)(?<!\w)(?:zegt|says|aldus|volgens)[ \t]+$")
_WORD = re.compile(r"\S+")
_AFTER_DATA = re.compile(r"[ \t]{1,2}$")
# A chat's speaker in lower case: "via Zoom-chat: cor mulder: mijn postcode is …".
_LINE_START = re.compile(r"(?:^|\n|:)[ \t]*$")
_SPEAKS = re.compile(r"(?i):[ \t]+(?:mijn|my|ik|i|ja|yes|nee|no|hoi|hi|hallo|hello|goedemorgen|goedemiddag)\b")
_END = re.compile(r"[ \t]*(?:[.!]|$)")


def _name_words(words: list[str], listed: bool = True) -> int:
    """How many of `words`, from the first, make a name: a listed first name (unless not `listed`), then words no
    list calls ordinary."""
    if not words or (listed and words[0].capitalize() not in first_names()) or words[0] in not_names():
        return 0
    count = 1
    while count < len(words) and (words[count] in _PARTICLES or words[count] not in not_names()):
        count += 1
    while count > 1 and words[count - 1] in _PARTICLES:
        count -= 1
    return count


def _word_starts(text: str, data_ends: set[int], listed_names: frozenset[str]) -> list[int]:
    """Where a lower-case word may start that is a listed first name or follows a data span's end by one or two
    spaces: the only words `names_in_rows` looks at, found without a Python loop over every word."""
    listed = [word for word in set(_LOWER_WORD.findall(text)) if word.capitalize() in listed_names]
    starts = {end + gap for end in data_ends for gap in (1, 2, 3)}
    for word in listed:
        at = text.find(word)
        while at != -1:
            starts.add(at)
            at = text.find(word, at + 1)
    return sorted(starts)


def names_in_rows(text: str, kept: list[Span], taken: bytearray) -> Iterator[Span]:
    """NAME spans of lower-case names right before a data span in `kept` (between two, a name of two words or more
    need not start with a listed one: "7513 ZV ine claeys 06 474 592 68"), after "zegt" at a message's end, or as
    a chat's speaker."""
    data_starts = {start for start, _, kind in kept if kind in _DATA}
    data_ends, listed_names = {end for _, end, kind in kept if kind in _DATA}, first_names()
    cells = {cell.start(1) for at in data_starts if (cell := _CELL_BEFORE.search(text, max(0, at - 50), at))}
    for start in sorted(cells.union(_word_starts(text, data_ends, listed_names))):
        if (word := _LOWER_WORD.match(text, start)) is None:
            continue
        gap = _AFTER_DATA.search(text, max(0, start - 3), start) if data_ends else None
        after_data = gap is not None and gap.start() in data_ends
        listed = word.group(0).capitalize() in listed_names
        if not (listed or after_data or start in cells):
            continue
        words = [match.span() for match in _WORD.finditer(text, start, _RUN.match(text, start).end())]
        count = _name_words([text[a:b] for a, b in words], listed=not (after_data or start in cells))
        if not count or taken.find(1, start, words[count - 1][1]) != -1:
            continue
        end = words[count - 1][1]
        follows = _BEFORE_DATA.match(text, end).end()
        before_data = count == len(words) and follows > end and follows in data_starts and (listed or count > 1)
        said = _SAYS.search(text, max(0, start - 12), start) and _END.match(text, end)
        speaker = _LINE_START.search(text, max(0, start - 3), start) and _SPEAKS.match(text, end)
        if before_data or (listed and (said or speaker)):
            yield start, end, "NAME"


# A message signed in brackets at its end, in lower case: "… (van k. a. s. van leeuwen)", "(van dw dijkstra)".
_SIGNED = re.compile(r"\((?:van|from|door|by)[ \t]+(?P<v>[a-zà-ÿğışçöüñ][\w'’. -]{1,40}?)\)[ \t.]*(?:$|\n)")


def signed_in_brackets(text: str) -> Iterator[Span]:
    """NAME spans of a lower-case signature in brackets at a message's end: it holds a word of two letters or more,
    and none of those is a listed ordinary word (particles apart), so "(van de afdeling)" stays."""
    for match in _SIGNED.finditer(text):
        parts = match.group("v").replace(".", ". ").split()
        plain = [part.strip(".") for part in parts if len(part.strip(".")) > 1]
        if plain and not any(part in not_names() and part not in _PARTICLES for part in plain):
            yield match.start("v"), match.end("v"), "NAME"


# A name in capitals that fills a line after the customer's label, as a receipt's OCR prints it: "KLANT WINKLAAR",
# "CUSTOMER: INAYA OP 'T ENDE".
_CAPS_WORDS = r"(?:[A-Z]\.[ \t]?){0,3}[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:,?[ \t]+['’]?[A-ZÀ-Þ][A-ZÀ-Þ'’-]*){0,3}"
_CAPS_AFTER_LABEL = re.compile(
    rf"(?m)^[ \t]*(?:KLANT|CUSTOMER|CLIENT|CLIËNT|KAARTHOUDER|CARDHOLDER|KOPER|BUYER)[ \t]*:?[ \t]+(?P<v>{_CAPS_WORDS})"
    r"[ \t]*$"
)
# A name in capitals that ends the text after a comma, surname first too: "…, contract OVK-683796, IONUȚ HEIJNEN.",
# "…, RAMCHARAN, Sien.", "Dank u, RĂZVAN HASHIMI".
_CAPS_TAIL = re.compile(
    r",[ \t]+(?P<v>(?P<caps>[^\W\d_]{4,}(?:[ \t]+['’]?[^\W\d_][\w'’-]*){0,3})(?:,[ \t]+[^\W\d_][\w'’-]*\.?)?)"
    r"[ \t]*+[.!]?[ \t]*\Z"
)
# A caller who introduces themselves in a message written in capitals: "I AM TREES PHAM, CUSTOMER 2031979".
_CAPS_INTRO = re.compile(
    rf"\b(?:I AM|I'M|MY NAME IS|IK BEN|MIJN NAAM IS|HIER IS)[ \t]+(?P<v>{_CAPS_WORDS})(?=[ \t]*[,.;:!]|[ \t]*$)"
)
_CAPS_PARTICLES = _PARTICLES | {"op"}  # "INAYA OP 'T ENDE"
_NOT_A_SIGNATURE = frozenset("asap urgent spoed dringend thanks bedankt graag please aub svp".split())
_NOT_A_CUSTOMER = frozenset(
    "contant cash pin card kaart onbekend unknown particulier zakelijk business walk in".split()
)
# A letter's sign-off in capitals, and on the next line the name in capitals: "MET VRIENDELIJKE GROET,\nVERSTRAETE,
# YORDANOS\nFACILITAIR MANAGER", "KIND REGARDS,\nT. TEO" (the name cue reads names in capitals only after a field).
_CAPS_SIGNOFF = re.compile(
    r"(?m)^[ \t]*(?:MET VRIENDELIJKE GROET(?:EN)?|VRIENDELIJKE GROET(?:EN)?|HOOGACHTEND|(?:KIND|BEST) REGARDS"
    r"|YOURS (?:SINCERELY|FAITHFULLY)),?[ \t]*\n[ \t]*"
    rf"(?P<v>{_CAPS_WORDS})[ \t]*$"
)


def capitals_at_the_end(text: str) -> Iterator[Span]:
    """A name in capitals after the text's last comma, none of its words (particles apart) a listed ordinary word or
    one the ordinary vocabulary holds; a given name after its comma may be one ("RAMCHARAN, Sien")."""
    tail = _CAPS_TAIL.search(text, max(0, len(text) - 80)) if "," in text else None
    before = text[: tail.start()].split()[-1:] if tail else []
    if before and before[0].isalpha() and before[0].isupper():
        return  # the given name after a surname in capitals ("VERSTRAETE, MEREL"): the register rules' whole name
    if tail:
        words = [word for word in re.split(r"[\s,'’-]+", tail.group("caps").lower()) if word not in _PARTICLES]
        ordinary = trained_lower_model().vocabulary  # words of ordinary text: "…, SCHANDALIG!" is no name
        in_capitals = tail.group("caps").isupper()
        if (
            in_capitals
            and _NOT_A_SIGNATURE.isdisjoint(words)
            and not any(word in not_names() or word in ordinary for word in words)
        ):
            yield *tail.span("v"), "NAME"


def signed_in_capitals(text: str) -> Iterator[Span]:
    """NAME spans of a name in capitals under a sign-off in capitals, after a receipt's customer label or after "I AM"
    in a message in capitals, none of its words a listed ordinary word."""
    intros = list(_CAPS_INTRO.finditer(text)) if " AM " in text or " BEN " in text or " IS " in text else []
    lines = [*_CAPS_SIGNOFF.finditer(text), *_CAPS_AFTER_LABEL.finditer(text)] if "\n" in text else []
    for match in (*intros, *lines):
        words = re.split(r"[\s,.'’-]+", match.group("v").lower())
        if match in intros and (len(words) < 2 or trained_lower_model().vocabulary.issuperset(words)):
            continue  # "I AM VERY ANGRY", "I AM FURIOUS": words, no name
        if _NOT_A_CUSTOMER.isdisjoint(words) and not any(
            word in not_names() and word not in _CAPS_PARTICLES for word in words if len(word) > 1
        ):
            yield match.start("v"), match.end("v"), "NAME"
