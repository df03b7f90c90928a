"""Names led by initials in forms the name finder does not read as initials: in lower case with dots, as people
type their own ("klant a. Hoffmann", "s.r.w. Sewnath", "p.w. in 't Veld"), in capitals without the last dot
("dhr. B.L Timmer"), and in capitals without dots, as bank and booking systems print them ("LS von Bredow",
"RHR Rijnders-Doherty", "Ö Aydın").

Both shapes are common outside names too ("e.g. Microsoft", "KPN Mobiel"), so a known abbreviation never
starts one and the surname may be no listed ordinary word. Initials in capitals, and a single one in lower case,
count only where a person is expected: after a comma, colon, semicolon or bracket, or after a word that introduces
a person ("huurder", "to", "bij", "kaarthouder"); a single one in lower case also at the start of a line. A
surname in lower case too only right after a word for a person ("klant d.t. van dam").
"""

from __future__ import annotations

import re

from nlp.redaction.lexicon import not_names, not_person_words
from nlp.redaction.rules import Span

_PARTICLE = r"(?:van|von|de|der|den|ter|ten|te|la|le|da|dos|del|du|in|op|ap|'t|’t|Van|Von|De|Der|Den|La|Le|Da|Dos|In)"
_SURNAME = r"[^\W\d_][\w'’]*(?:-(?:(?:von|van|de|der|den|ter)[ \t]+)?[^\W\d_][\w'’]*)*"  # "Van der Wal-von Bredow"
_NAME = re.compile(
    r"(?<![\w.'’&-])(?P<initials>(?:[a-z]\.){1,4}|(?:[A-Z]\.){1,3}[A-Z](?=[ \t])|[A-ZÀ-ÖØ-Þ]{1,4}(?=[ \t]))[ \t]?"
    rf"(?P<particles>(?:{_PARTICLE}[ \t]+){{0,3}})(?P<surname>{_SURNAME})"
)
_PERSON_WORDS = (
    r"klant|customer|client|huurder|hirer|gast|guest|eigenaar|owner|kaarthouder|cardholder|deelnemer"
    r"|t\.n\.v\.|tnv|attn|patiënt|patient|vrijwilliger|volunteer|to|aan|rota|driver|bestuurder"
    r"|skipper|schipper|donor|aanvrager|applicant|learner|leerling|tuinder|bewoner|resident|nabestaande"
)
_PERSON_BEFORE = re.compile(
    rf"(?:^|[,:;(\n]|(?<![\w.])(?:(?i:{_PERSON_WORDS})|member|lid|van|by|bij|voor|for|door|en|and))[ \t]*$"
)
# Capitals before a capitalised word are an organisation's as often ("CBR Rijswijk", "van HSV Karper Kamp"):
# only after a word for a person, a semicolon or a bracket.
_PERSON_BEFORE_CAPITALS = re.compile(rf"(?:[;:(]|(?<![\w.])(?i:{_PERSON_WORDS}))[ \t]*$")
_ROLE_BEFORE = re.compile(rf"(?<![\w.])(?i:{_PERSON_WORDS})[ \t]*$")  # then "WC", "JE" are initials too
# All in lower case only right after a word for a person: "klant d.t. van dam", "Buyer s.j.a. op den kamp".
_LOWER_AFTER = re.compile(rf"(?<![\w.])(?:{_PERSON_WORDS}|buyer|koper|seller|verkoper|van)[ \t]+$")
_MORE_NAME = re.compile(r"[ \t]+(?:[A-Z]\b|(?:[a-z']+[ \t]+){0,2}[A-Z][a-z])")  # "PC Hew A Kee": a longer name
_ABBREVIATIONS = frozenset(
    """e.g. i.e. o.a. t.a.v. m.b.t. n.a.v. i.v.m. a.s. d.w.z. z.s.m. m.u.v. t.z.t. i.p.v. c.q. p.s. n.b. a.u.b.
    s.v.p. m.i.v. z.o.z. e.a. o.b.v. i.o.v. t.o.v. i.c.m. p.p. w.o. b.v. n.v. v.o.f. t.b.v. a.d. v.v. m.n. t.w.
    o.m. i.s.m. v.a. b.g.g. a.m. p.m. v.d. c.c. n.o. e.d. etc. t.n.v. t.a.v. p/a. m.v.g. m.vr.gr. a.h.w.""".split()
)


def initial_name_spans(text: str) -> tuple[list[Span], list[Span]]:
    """NAME spans of initials and a surname: (those with dots, those in capitals without), to be claimed in that
    order; not where more of a name follows the capitals ("PC Hew A Kee" is the name finder's)."""
    dotted, bare = [], []
    for match in _NAME.finditer(text):
        initials, surname = match.group("initials"), match.group("surname")
        capitals = "." not in initials
        window = max(0, match.start() - 20), match.start()
        lower_after_person = surname.islower() and initials.islower() and _LOWER_AFTER.search(text, *window)
        if initials.lower() in _ABBREVIATIONS or not (surname[0].isupper() or lower_after_person) or surname.isupper():
            continue
        ordinary = initials.lower() in not_names() or initials.lower() in not_person_words()
        if initials.isupper() and ordinary and not (len(initials) == 2 and _ROLE_BEFORE.search(text, *window)):
            continue  # "HEMA Harlingen", "RDW Veendam"
        if surname.lower() in not_names() or surname.lower().split("-")[0] in not_names():
            continue
        if capitals and (
            _PERSON_BEFORE_CAPITALS.search(text, *window) is None or _MORE_NAME.match(text, match.end()) is not None
        ):
            continue
        if len(initials) == 2 and _PERSON_BEFORE.search(text, *window) is None:
            continue
        (bare if capitals else dotted).append((match.start(), match.end("surname"), "NAME"))
    return dotted, bare
