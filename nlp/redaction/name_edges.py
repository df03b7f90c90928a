"""The edges of a name that the name recogniser leaves out, added to a name it found: initials in capitals
without dots before a name that signs the text off (". BJ Jansen", "\nHCM van den Berg"), an initial after a
surname and a comma ("Jansen, J.", "Schipper, RM" ending a line) or after a surname in capitals ("LINDEN
S.H"), the second surname after a spaced dash ("Zijlstra - Prins"), one capital without a dot before any name
("M Vanenburg"), a surname's initial after a given name that signs a chat line ("Nadia W.:"), "VAN" before a
name that starts with "DEN" or "DER" ("VAN DEN HEUVEL, Jasper"), a given name that is also a month ("Mei Wong"),
and a name wrapped over two lines ("Mark\nJansen"; two names with only a line break or a spaced dash between
become one, as do a surname, a comma and one given name: "Darwish, Nour", a surname and a given name in brackets:
"Qureshi (Wulan)", a husband's surname after "e/v", a surname in capitals after a given name ("Magda SAHETAPY"),
and a couple: "Harm & Roelof Lubbers", "Nona en Ewout ten Brinke", "Romano & Jorrit").
"""

from __future__ import annotations

import re
from functools import partial

from nlp.redaction.lexicon import not_names, surnames
from nlp.redaction.name_tokens import FIELD_WORDS
from nlp.redaction.rules import Span, join_neighbours, widen

_INITIALS_BEFORE = re.compile(r"(?:^|[.!?]\s|\n)[ \t]*([A-Z]{1,3})[ \t]+$")
_END = re.compile(r"[\s.!]*$")
_INITIAL_AFTER = re.compile(r",[ \t]*(?:[A-Z]\.(?:[ \t]?[A-Z]\.)*(?!\w)|[A-Z]{1,3}(?=[ \t]*(?:\n|$|,)))")
# The second surname of a double one, written with a spaced dash: "Truus Janssen - Schoonbrood", "Ria van Beek -
# ter Horst", "SIETSKE ZIJLSTRA - PRINS": after particles, a listed surname, or capitals after capitals.
_DOUBLE = re.compile(
    r"[ \t]+[-–][ \t]+(?P<p>(?:(?i:van|de|der|den|ter|ten|in|'t|’t|het)[ \t]+){0,3})(?P<w>[A-Z][\w'’-]+)"
)
# Initials after a surname in capitals, as a label or register writes it: "LINDEN S.H", "COENEN B.".
_INITIALS_AFTER_CAPITALS = re.compile(r"[ \t][A-Z](?:\.[A-Z]){0,3}\.?(?!\w|\.\w)")  # "KOK B.." ends a sentence
# The initial of a surname after a given name, as agents sign a chat or a note: "[22:05] Nadia W.: …", "-Robin J.",
# "Gecheckt door Esra W..", "Overdracht Kim S. (09:10)"
_SURNAME_INITIAL = re.compile(r"[ \t][A-Z]\.(?![ \t]*[A-Z][a-z])(?!\w)")  # not "Anna B. Jansen"
# One capital without a dot before a name: "M Vanenburg, 06 …" (not "A" or "I", which are words).
_INITIAL_BEFORE = re.compile(r"(?:^|(?<=[\s,(:;]))([A-Z])[ \t]+$")
# "VAN" before a name that starts with "DEN"/"DER": "VAN DEN HEUVEL, Jasper".
_VAN_BEFORE = re.compile(r"(?<!\w)(van|Van|VAN)[ \t]+$")
# A given name that is also a month, right before a name and after no day: "Mei Wong" (not "1 Mei").
_MONTH_GIVEN_NAME = re.compile(r"(?<!\d[ \t])(?<!\w)(Mei|April|June)[ \t]+$")
_SECOND_PARTICLE = re.compile(r"(?i:den|der|de|het|'t)[ \t]")
# A surname in capitals before a given name, as a desk's register or a booking writes a person: "Burger SZABÓ
# Bohdana", "Customer 'T HART Ivy" (three letters or more, on the same line).
_CAPITALS_BEFORE = re.compile(r"(?<![\w'’-])((?:(?:VAN|DE|DER|DEN|TER|TEN|EL|AL|'T|’T)[ \t]+){0,3}[^\W\d_]{3,})[ \t]+$")
_CAPITALS_T_BEFORE = re.compile(r"(?<![\w'’-])(['’]T)[ \t]+$")
# A surname and a comma before a given name after a label's colon or a cell's bar: "Klantkaart: Vercammen, Aliaksandr".
_SURNAME_COMMA_BEFORE = re.compile(r"(?:[:|\t][ \t]*|^)([A-Z][a-zà-ÿ'’-]{2,}),[ \t]*$", re.M)


# The husband's surname after "e/v" (echtgenote van), as a register writes a married woman: "Ingrid van der Sanden e/v
# Keulers", "Pleun Benali e/v El Amrani".
_MARRIED = re.compile(
    r"[ \t]+(?:e/v|e\.v\.)[ \t]+(?:(?:van|de|der|den|ter|ten|el|al|'t)[ \t]+){0,3}[A-Z][\w'’-]+"
    r"(?:[ \t]+[A-Z][\w'’-]+)?(?![\w'’-])"
)


# A surname in capitals after a given name the lists do not know, as forms write it: "holder Magda SAHETAPY",
# "debtor Tjerk VAN DE KAMP" (not a form's next field: "Naam Jan ADRES").
_CAPITALS_AFTER = re.compile(
    r"[ \t]+(?:(?:VAN|DE|DER|DEN|TER|TEN|EL|AL|'T)[ \t]+){0,3}[A-Z][A-Z'’]{2,}(?:-[A-Z][A-Z'’]+)?(?![\w'’-])"
)


def _capitals_after(text: str, start: int, end: int, taken: bytearray) -> int:
    after = _CAPITALS_AFTER.match(text, end) if text[start:end].istitle() else None
    if after is None or taken.find(1, end, after.end()) != -1:
        return end
    last = after.group(0).split()[-1].lower()
    return end if last in not_names() or last in FIELD_WORDS else after.end()


def _married_name(text: str, end: int, taken: bytearray) -> int:
    married = _MARRIED.match(text, end)
    return married.end() if married and taken.find(1, end, married.end()) == -1 else end


def _double_surname(text: str, start: int, end: int, taken: bytearray) -> int:
    double = _DOUBLE.match(text, end)
    if double is None or taken.find(1, end, double.end()) != -1:
        return end
    word = double.group("w")
    capitals = text[start:end].isupper() and word.isupper()
    if word.lower() not in not_names() and (double.group("p") or capitals or word.capitalize() in surnames()):
        return double.end()
    return end


def _surname_word(words: str, taken: bytearray, end: int) -> bool:
    """Free up to the name, and its last word is no word that is never a name ("KLANT", "Salon")."""
    return taken.find(1, end - len(words) - 1, end) == -1 and words.split()[-1].lower() not in not_names()


def name_edges(text: str, kept: list[Span], taken: bytearray) -> None:
    """Grow the NAME spans in `kept` (and `taken`); `kept` ends sorted."""
    for index, (start, end, kind) in enumerate(kept):
        if kind != "NAME":
            continue
        before = _INITIALS_BEFORE.search(text, max(0, start - 8), start) if _END.match(text, end) else None
        if before and before.group(1).lower() not in not_names() and taken.find(1, before.start(1), start) == -1:
            start = before.start(1)
        single = _INITIAL_BEFORE.search(text, max(0, start - 4), start)
        if single and single.group(1).lower() not in not_names() and taken.find(1, single.start(1), start) == -1:
            start = single.start(1)
        van = _VAN_BEFORE.search(text, max(0, start - 6), start) if _SECOND_PARTICLE.match(text, start) else None
        if van and taken.find(1, van.start(1), start) == -1:
            start = van.start(1)
        month = _MONTH_GIVEN_NAME.search(text, max(0, start - 12), start)
        if month and taken.find(1, month.start(1), start) == -1:
            start = month.start(1)
        name = text[start:end]
        if name.istitle() and " " not in name:
            capitals = _CAPITALS_BEFORE.search(text, max(0, start - 30), start)
            if capitals and capitals.group(1).isupper() and _surname_word(capitals.group(1), taken, start):
                start = capitals.start(1)
            comma = _SURNAME_COMMA_BEFORE.search(text, max(0, start - 30), start)
            if comma and _surname_word(comma.group(1), taken, start):
                start = comma.start(1)
        elif name.split()[0].isupper() and (particle := _CAPITALS_T_BEFORE.search(text, max(0, start - 4), start)):
            start = particle.start(1) if taken.find(1, particle.start(1), start) == -1 else start  # "'T HART Ivy"
        if start and text[start - 1] in "'’" and text[start : start + 2].lower() == "t ":
            start -= 1  # "'t Hart": the apostrophe is part of the name
        end = _married_name(text, _double_surname(text, start, end, taken), taken)
        end = _capitals_after(text, start, end, taken)
        after = _INITIAL_AFTER.match(text, end)
        if after is None and text[start:end].isupper() and " " not in text[start:end]:
            after = _INITIALS_AFTER_CAPITALS.match(text, end)
        if after is None and text[start:end].split()[-1].istitle():
            after = _SURNAME_INITIAL.match(text, end)  # a given name and the surname's initial: "Nadia W.:"
        if after and taken.find(1, end, after.end()) == -1:
            end = after.end()
        widen(kept, taken, index, start, end)
    kept.sort()
    _given_name_before_couple(text, kept, taken)
    join_neighbours(kept, taken, partial(_one_name, text))


def _one_name(text: str, span: Span, following: Span) -> int | None:
    """Where two names are one (the end of the joined one): a line break or a spaced dash between them, a surname,
    a comma and one given name, a couple, a given name in brackets, a shortened given name ("Ma.")."""
    (start, end, kind), (next_start, next_end, next_kind) = span, following
    between = text[end:next_start].strip(" \t")
    given_after = between == "," and " " not in text[next_start:next_end]  # "Darwish, Nour": one name
    couple = (  # "t.n.v. Harm & Roelof Lubbers", "Ytsje en Durk Sikkema", "Romano & Jorrit": a given name first
        between in ("&", "en", "and", "+")
        and " " not in text[start:end]
        and (
            between in ("&", "+")
            or len(text[next_start:next_end].split()) >= 2  # "Guus en Kees" stay two…
            or _COUPLE.search(text, max(0, start - 24), start) is not None  # …but are one after "het bruidspaar"
        )
    )
    bracketed = between == "(" and text[next_end : next_end + 1] == ")"  # "Qureshi (Wulan)": the given name
    married = between == "e/" and text[next_start : next_start + 2] == "v "  # "… e/v Keulers", its "v" a particle
    shortened = between == "." and text[start:end] in _SHORT_GIVEN  # "Ma. Theresa Santos": Maria, shortened
    joined = given_after or couple or bracketed or married or shortened
    if kind == next_kind == "NAME" and (between in ("\n", "-", "–") or joined):
        return next_end + bracketed
    return None


_SHORT_GIVEN = frozenset(("Ma", "Wm", "Jos", "Joh", "Chr", "Th"))
_COUPLE = re.compile(
    r"(?i)(?:couple|echtpaar|bruidspaar|newlyweds|the happy pair|het paar|gastgezin|host family|gastouders)[ \t:,]*$"
)


# A given name the recogniser did not take, joined to a full name it took, after a word in lower case that is no
# particle: "voor Nona en [Ewout ten Brinke]", "Booking for Floor + [Wout Vukovic]" (not "Harry Potter en [de Steen
# der Wijzen]", "Willem van Oranje en [Maria Stuart]").
_GIVEN_THEN_JOIN = re.compile(
    r"(?<![\w'’-])(?!(?:van|de|der|den|ter|ten|het|te|in|op)[ \t])[a-zà-ÿ]+:?[ \t]+"
    r"([A-Z][a-zà-ÿ'’-]{2,})[ \t]+(?:&|en|and|\+)[ \t]+$"
)


def _given_name_before_couple(text: str, kept: list[Span], taken: bytearray) -> None:
    for index, (start, end, kind) in enumerate(kept):
        if kind != "NAME" or len(text[start:end].split()) < 2:
            continue
        given = _GIVEN_THEN_JOIN.search(text, max(0, start - 30), start)
        if given and taken.find(1, given.start(1), start) == -1 and given.group(1).lower() not in not_names():
            widen(kept, taken, index, given.start(1), end)
