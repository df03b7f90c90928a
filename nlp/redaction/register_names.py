"""Names in register order on a line of their own, as a customer file or a form prints them: the surname, a comma,
then initials or the given name and any particles ("BEEK, P.H. ter", "RAMDIN, RR", "Fung A Loi, s.", "Van der
Linden, Dieuwke"). Such a line looks like "Utrecht, NL" too, so it counts only after a cue for a name ("Naam:",
"t.n.v.", "mw.", "account holder", "Schuldenaar", "looking for", a lawyer's "inzake") or in brackets ("(Hoogland,
G)"), right above a line that starts with an address or a postcode already found, as a cell of a ';' or tab
separated row, or after a colon when the surname ends in its particles ("Overledene: Jong de, Stijn"), or when the
given name is a listed one ("Eigenaar paard: Bouzid, Sanne"), or the surname a listed one in capitals ("Cursist
VERMEULEN, Wiebren (…)"); the surname before dotted initials after a colon, a comma, a tab or a dash ("Patiënt:
Hiemstra Y.J.", "BEKELE G.\t6 feb. 1995"), and the surname before the given name in brackets ("Qureshi (Wulan)").
(An airline's "SURNAME/GIVEN MR" is `airline_records`.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.redaction.lexicon import first_names, not_names, surnames, without_accents
from nlp.redaction.rules import Span

_PARTICLE = r"(?:[Vv]an|[Dd]e[nr]?|[Tt]e[rn]?|[Ii]n|'t|’t|[Vv]on|[Ll][ae]|[Dd]a)"
_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
_GIVEN = r"(?:[A-Za-z]\.[ \t]?){1,4}|[A-ZÀ-ÖØ-Þ]{1,4}(?![\w.])|[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?"
_CUE = (
    r"(?i:naam|name|t\.n\.v\.|tnv|eigenaar|owner|kaarthouder|cardholder|huurder|hirer|account holder"
    r"|rekeninghouder|mw\.?|mevr\.?|dhr\.?|lid|member|verkoper|koper|seller|buyer|klant|customer|houder|holder"
    r"|schuldenaar|debiteur|debtor|aanvrager|requester|applicant|looking for|op zoek naar|inzake)[ \t]*+:?[ \t]*|\("
)
_REGISTER = re.compile(
    rf"(?m)(?:(?P<cue>{_CUE})|(?P<colon>:)[ \t]*|(?:^|(?P<cell>[\t;]))[ \t]*)"
    rf"(?P<v>(?:{_PARTICLE}[ \t]+){{0,3}}(?P<surname>{_WORD}(?:[ \t]+(?:{_PARTICLE}|{_WORD})){{0,3}})"
    rf",[ \t]*(?P<given>{_GIVEN})(?:[ \t]+{_PARTICLE}){{0,3}})[ \t]*(?=$|[,\t;)'’]|[ \t][–/-][ \t]|[ \t]?\("
    r"|(?(cue)\.(?=\s|$)|(?!)))"  # after a cue the sentence may end: "account name LUNDGREN, Jozefien."
)
_ENDS_IN_PARTICLE = re.compile(rf"[ \t]{_PARTICLE}$")  # "Jong de", "Bosch van den": a register's surname
_COMMA = re.compile(r",[ \t]*(?:[A-ZÀ-ÖØ-Þ]|[a-z]\.)")
_NEXT_LINE = re.compile(r"[ \t]*\n[ \t]*")


def _register_matches(text: str) -> Iterator[re.Match[str]]:
    """The pattern's matches, searched only on lines with a comma before a capital or an initial (a match never
    spans lines): the whole pattern over a long transcript costs more than the rest of this module."""
    done = -1
    for comma in _COMMA.finditer(text):
        if comma.start() < done:
            continue
        first = text.rfind("\n", 0, comma.start()) + 1
        done = len(text) if (end := text.find("\n", comma.end())) == -1 else end
        yield from _REGISTER.finditer(text, first, done)


def _shouted_surname_start(match: re.Match[str]) -> int | None:
    """Where "VERMEULEN, Wiebren" starts in "Cursist VERMEULEN, Wiebren (…)": the words in capitals before the
    comma, the last a listed surname; None when the surname is not written so."""
    words = match.group("surname").split()
    shouted = 0
    while shouted < len(words) and words[-1 - shouted].isupper() and len(words[-1 - shouted]) > 1:
        shouted += 1
    if shouted == 0 or len(words[-1]) < 3 or words[-1].capitalize() not in surnames():
        return None
    surname, cut = match.group("surname"), len(match.group("surname"))
    for word in reversed(words[-shouted:]):
        cut = surname.rindex(word, 0, cut)
    return match.start("surname") + cut if cut else match.start("v")


def register_name_spans(text: str, taken: bytearray) -> Iterator[Span]:
    """NAME spans of register-order lines, once addresses and postcodes are in `taken`."""
    for match in _register_matches(text):
        start, end = match.span("v")
        given, words = match.group("given").strip(), match.group("v").split(",")[0].split()
        if taken.find(1, start, end) != -1 or any(word.lower() in not_names() for word in words if len(word) > 3):
            continue
        cued = match.group("cue") is not None
        shouted_surname = _shouted_surname_start(match)
        if shouted_surname is not None:
            start = shouted_surname
        capitalised_unlisted = given[0].isupper() and given[1:].islower() and given not in first_names()
        if not cued and shouted_surname is None and capitalised_unlisted:
            continue  # "Utrecht, Nederland"; after a cue for a person a capitalised word there is the given name
        if given.lower().rstrip(".") in not_names():
            continue
        after = _NEXT_LINE.match(text, end)
        above_address = after is not None and after.end() < len(taken) and taken[after.end()]
        in_row = match.group("cell") is not None and text[end : end + 1] in ("\t", ";")
        particle_last = match.group("colon") is not None and _ENDS_IN_PARTICLE.search(match.group("surname"))
        listed_given = given in first_names()  # "verkoper Kılıç, Niamh", "dan Darwish, Nour, dan …"
        if cued or above_address or in_row or particle_last or listed_given or shouted_surname is not None:
            yield start, end, "NAME"
    yield from _surname_then_initials(text, taken)
    yield from _shouted_surname_in_sentence(text, taken)
    if "inzake" in text:
        for match in _IN_THE_MATTER_OF.finditer(text):
            if taken.find(1, *match.span("v")) == -1 and match.group("v").lower() not in not_names():
                yield *match.span("v"), "NAME"


# A lawyer's "in the matter of" a client in capitals, before the other party: "inzake BONDARENKO / Crisp".
_IN_THE_MATTER_OF = re.compile(
    r"(?<!\w)inzake[ \t]+(?P<v>(?:(?:DU|DE|DEN|DER|VAN|EL|AL|LE|LA|DI|DA)[ \t]+){0,2}[A-ZÀ-Þ][A-ZÀ-Þ'’-]{3,})"
    r"(?=[ \t]*/)"
)


# The surname, then the initials without a comma, as a medical or lab record writes a patient, after a colon or
# "houder" and ending the field: "Patiënt: Hiemstra Y.J.", "houder Rostaș B.L.T.,", "… Laboratorium: van der Wal
# R.L., geb. …".
_SURNAME_INITIALS = re.compile(
    rf"(?m)(?::|houder|\t(?![ \t]*?\t)|^|[ \t][-–]|,)[ \t]*(?P<v>(?:(?:{_PARTICLE}|VAN|DE[NR]?|TE[RN]?)[ \t]+){{0,3}}"
    r"(?P<surname>[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)[ \t]+(?:[A-Z]\.){1,4})(?=[ \t]*(?:[,;|\n\t]|$|[-–][ \t]))"
)
# The surname, then the given name in brackets, as a school's or a practice's list writes a person: "Qureshi
# (Wulan)", "De Smedt (Nigel)"; the given name a listed one, or the surname.
_SURNAME_GIVEN = re.compile(
    rf"(?<![\w'’-])(?P<v>(?:{_PARTICLE}[ \t]+){{0,3}}(?P<surname>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)[ \t]"
    r"\((?P<given>[A-Z][^\W\d_]+)(?:[ -][A-Z][^\W\d_]+)?\))"
)


def _surname_then_given(text: str, taken: bytearray) -> Iterator[Span]:
    for match in _SURNAME_GIVEN.finditer(text):
        start, end = match.span("v")
        words = match.group("surname").split()
        listed = match.group("given") in first_names() or words[-1] in surnames()
        if listed and taken.find(1, start, end) == -1 and not any(word.lower() in not_names() for word in words):
            yield start, end, "NAME"


def _surname_then_initials(text: str, taken: bytearray) -> Iterator[Span]:
    if "(" in text:
        yield from _surname_then_given(text, taken)
    if "." not in text:
        return
    for match in _SURNAME_INITIALS.finditer(text):
        start, end = match.span("v")
        if taken.find(1, start, end) == -1 and match.group("surname").lower() not in not_names():
            yield start, end, "NAME"


# The surname in capitals, a comma and a listed given name within a sentence, as a system's export writes the
# person: "opgezegd door VAN DER VEEN, Hiroshi per 12/08", "door KOÇ, Hanneke per maandag".
_SHOUTED_IN_SENTENCE = re.compile(
    r"(?<![\w'’-])(?P<v>(?:(?:VAN|DE[NR]?|TE[RN]?|IN|'T|VON|LE|LA|DA|DU|EL|AL|[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+)[ \t]+){0,3}"
    r"(?P<surname>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{2,}),[ \t]*(?P<given>[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]+)?)"
    rf"(?:(?:[ \t]+{_PARTICLE})+(?=[ \t]*(?:[,;\t\n)]|$)))?)"  # a register's particles last: "WIT, Hanneke de"
    r"(?![\w'’-])"
)


def _shouted_surname_in_sentence(text: str, taken: bytearray) -> Iterator[Span]:
    for match in _SHOUTED_IN_SENTENCE.finditer(text) if "," in text else ():
        start, end = match.span("v")
        given = match.group("given")
        surname = match.group("surname")
        listed = given in first_names() or without_accents(given) in first_names()
        listed = listed and (len(surname) > 3 or surname.capitalize() in surnames())  # not "met KLM, Anna en ik"
        if listed and taken.find(1, start, end) == -1 and surname.lower() not in not_names():
            yield start, end, "NAME"
