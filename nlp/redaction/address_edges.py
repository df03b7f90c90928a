"""The edges of a street address that the address rules leave out, added to an address they found.

Before it: the words of the street name that are in lower case or in capitals ("jan pieter heijestraat 208",
"admiraal de ruijterweg 3", "VAN 'T HOFFSTRAAT 12", "IR. LELYWEG 8"), when a comma, colon, bracket, the start of
the line or a word that leads to a place ("naar", "to", "outside") comes before them; and a street name wrapped
over two lines in a signature or a form ("Hof\\nvan Delftlaan 9", "Mr.\\nVisserplein 1"), when the line before
holds only that word (and particles), or the word after a comma, or after a word saying where someone lives
("wonende Abraham\\nKuyperlaan 45-2"); the apostrophe of "'s-Gravendijkwal".
A Scottish flat ("3F2, 5 Church Street"), a Kenyan house ("Hse No. 8, 220 Kenyatta Avenue").
After it: a suffix of the house number that the rule stopped before ("PIET HEINKADE 149 zw", "12A-02", "-bg",
"16/B", "30 (achterhuis)", a Belgian "79 bus 101", a flat abroad ", Apt 4C", ", 4º izq.", ", kv. 7", the floor "2e").
"""

from __future__ import annotations

import re
from functools import partial

from nlp.redaction.lexicon import not_names
from nlp.redaction.rules import Span, join_neighbours, widen

_PARTICLES = frozenset("van de der den 't ’t ter ten".split())
_PARTICLE = r"(?i:van|de|der|den|het|'t|’t|ter|ten)"
# Words that lead to a place: the street name starts after them.
_LEADS = frozenset(
    """op naar aan bij voor in te via adres addr naam onderpand woning
    to at from on outside near for address name domicilié domiciliée demeurant wonende woonachtig""".split()
)
# Words a street name starts with, written on a line of their own when the street is wrapped.
_STREET_HEADS = frozenset(
    """eerste tweede derde groot grote klein kleine korte lange oude nieuwe sint dokter burgemeester prins prinses
    koning koningin graaf generaal admiraal pater pastoor president professor hof laan""".split()
)
_WORD_BEFORE = re.compile(r"([\w'’.-]+)[ \t]+$")
_STOP = re.compile(r"(?:^|[,:;(\n])[ \t]*$")
# The line before a wrapped street: one word (a title with a dot, or a capitalised word) and particles; the
# street's line may start with particles.
_LINE_BEFORE = re.compile(
    rf"(?:^|\n)[ \t]*(?P<v>[A-Z][\w'’-]*\.?(?P<particles>(?:[ \t]+{_PARTICLE})*))[ \t]*\n[ \t]*"
    rf"(?P<p>(?:{_PARTICLE}[ \t]+){{0,2}})$"
)
_SUFFIX = re.compile(
    r"(?:[ \t]?-?[ \t]?(?i:bis|hs|huis|bg|hg|hoog|zwart|zw|rd|rood|boven|bov|beneden|iii|ii)|-\d{1,3}|[ \t]?/\d{1,3}"
    r"|/(?:I{1,3}|IV|[A-Z])"  # "135/II"
    # the part of the house in brackets, a Belgian box: "Hooigracht 30 (achterhuis)", "Meir 79 bus 101"
    r"|[ \t]?\((?i:achterhuis|voorhuis|bovenhuis|benedenhuis|bovenwoning|benedenwoning|souterrain|zolder"
    r"|achterom|achteringang|zij-?ingang|rear|basement|flat|annex|tuinhuis|studio)\)"
    r"|[ \t](?:bus|bte)[ \t]\d{1,4}(?:[A-Za-z]|\.\d{1,3})?|[ \t]b\d{1,3}"  # "Meir 292 b2", "… 117 bte 8"
    r"|[ \t]\d{1,2}(?:e|ste|de)[ \t](?:et|etage|verdieping|verd\.?)"  # "35 1e et", "122 2e verd."
    r"|[ \t]t/m[ \t]\d{1,5}[a-z]?|(?<= t)/m[ \t]\d{1,5}[a-z]?"  # "58 t/m 62" (the rule may have taken the "t")
    r"|[ \t]t/o|(?<= t)/o"  # opposite the number, as a houseboat's berth is: "Vecht 142 t/o"
    r"|\+\d{1,2}"  # the floor, as the Dutch Caribbean writes it: "Kaya Korona 204+1"
    r"|[ \t]bajo(?:[ \t]\d{1,2})?"  # Spain's ground floor: "Calle Larios 66 bajo 2"
    r"|(?:[ \t]\d{1,3})?,?[ \t]*#\d{1,2}-\d{1,4}[A-Z]?"  # Singapore's floor and unit: "Tampines St 42, #03-927"
    r"|[ \t](?:Upper|Lower|North|South|East|West)(?=[ \t]*[,;\n])"  # "Drumcondra Road Upper, …", "Queen Street West,"
    # the flat after a comma, as addresses abroad write it: "Oak Ridge Drive, Apt 4C", "vul. Sadova 14, kv. 7",
    # "Calle Mayor 10, 4º izq.", "Carrer de Provença 162, 1-2" (floor and door), "Cad. No: 112 D: 4"
    r"|,[ \t]+(?:(?i:apt|apartment|unit|flat|suite|ste|kv|app|apto|piso|door)\.?[ \t]*\d{1,4}[A-Za-z]?"
    r"|\d{1,2}[º°ª][ \t]*(?:(?i:izq|izda|dcha|der|esq|dto|dr|[a-h])\.?|[A-Z]\b)|\d{1,2}-\d{1,2}(?![\w-]))"
    r"|[ \t]+D:[ \t]?\d{1,3}|[ \t]+(?i:apt|apartment|unit|flat|suite)\.?[ \t]?\d{1,4}[A-Za-z]?"  # "… 237 UNIT 3"
    # the floor after the number, ending the clause or before the postcode: "Misterweg 189 2e", "… 68 2e, 1062-ZD",
    # "Kaaikhof 217 2, 9674ce"
    r"|(?:[ \t][1-9](?:e|de|ste)|(?<=\d)[ \t][1-9])(?=[ \t]*(?:[,.;)|\n]|$|[1-9]\d{3})))"
    r"(?![\w])"
)
_SHORT = 4  # how many words the street may grow by
# Words that say where someone lives: what follows is a street, whatever its first word.
_LIVES = frozenset("wonende wonend woonachtig woont residing resident living lives".split())
_LEAD_THEN_WRAP = re.compile(rf"(?P<lead>[\w]+)[ \t]+(?P<v>[A-Z][\w'’-]*)[ \t]*\n[ \t]*(?:{_PARTICLE}[ \t]+){{0,2}}$")


def _lead(word: str) -> bool:
    word = word.lower()
    return word in _LEADS or word.endswith(("adres", "address"))


def _word_ok(word: str, caps: bool, particle_next: bool = False) -> bool:
    """A street's own word: in a lower-case street a particle or a word that is no function word; in a street
    in capitals a word in capitals or a title with a dot ("IR.")."""
    bare = word.rstrip(".")
    if not bare or any(character.isdigit() for character in bare) or _lead(word):
        return False
    if caps:  # "VAN 'T", "IR.", and a word in capitals before a particle ("VAN DER DUYN VAN MAASDAMWEG")
        return bare.isupper() and (word.lower() in _PARTICLES or word.endswith(".") or particle_next)
    return word in _PARTICLES or (word.islower() and word not in not_names())


def _grow_left(text: str, start: int, taken: bytearray) -> int:
    first = text[start : start + 30].split(maxsplit=1)[0]
    if first.islower():
        caps = False
    elif first.rstrip(".,").isupper() and len(first) > 1:
        caps = True
    else:
        return start
    position, words = start, 0
    while words < _SHORT:
        match = _WORD_BEFORE.search(text, max(0, position - 40), position)
        if match is None or taken.find(1, match.start(1), match.end(1)) != -1:
            break
        if not _word_ok(match.group(1), caps, text[position : position + 4].lower().startswith(("van ", "'t "))):
            break
        position, words = match.start(1), words + 1
    if position == start:
        return start
    lead = _WORD_BEFORE.search(text, max(0, position - 40), position)
    if _STOP.search(text, max(0, position - 40), position) or (
        lead and (_lead(lead.group(1)) or (caps and not lead.group(1).isupper()))
    ):
        return position
    return start


def _wrapped(text: str, start: int, taken: bytearray) -> int:
    line = _LINE_BEFORE.search(text, max(0, start - 60), start)
    if line is None or taken.find(1, line.start("v"), start) != -1:
        return start
    head = line.group("v").split()[0]
    starts_low = text[start : start + 5].split(maxsplit=1)[0].lower() in _PARTICLES if start < len(text) else False
    if head.endswith(".") or line.group("particles") or line.group("p") or starts_low:
        return line.start("v")
    return line.start("v") if head.lower() in _STREET_HEADS else start


def _wrapped_after_lead(text: str, start: int, taken: bytearray) -> int:
    """A street wrapped after its first word, on a line that a word saying where someone lives leads to
    ("wonende Abraham\\nKuyperlaan 45-2"), or another word that leads to a place before a street's first word
    ("naar Koningin\\nJulianalaan 7")."""
    line = _LEAD_THEN_WRAP.search(text, max(0, start - 60), start)
    if line is None or taken.find(1, line.start("v"), start) != -1:
        return start
    lead = line.group("lead").lower()
    if lead in _LIVES or (_lead(lead) and line.group("v").lower() in _STREET_HEADS):
        return line.start("v")
    return start


# A Scottish flat before the number, floor and door: "3F2, 5 Church Street", a Glasgow tenement's "1/2, 75 Dalry Road";
# Hong Kong's flat and floor: "Flat B, 22/F, 830 Nathan Road".
_FLAT = re.compile(
    r"(?<![\w/-])(?:\d{1,2}F\d{1,2}|\d/\d|(?:Hse|House)[ \t]No\.?[ \t]?\d{1,4}[A-Z]?"
    r"|(?:Flat|Unit|Room)[ \t][A-Z\d]{1,3},[ \t]?\d{1,2}/F),?[ \t]$"
)
# Initials glued to the street's first initial, which a rule may have started after: "MR. P.J. TROELSTRAWEG".
_GLUED_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.)+\Z")  # \Z: "$" would match before a line break


# The place after an address given as where someone lives now, ending the clause: "current address Ngong Road 12,
# Nairobi", "we still live at Gedimino pr. 9, Vilnius;" (an address abroad has no postcode to end it).
_PLACE_WORD = r"[A-Z][^\W\d_]+(?:[-'’][^\W\d_]+)*"  # no digit: "D02 X285" is a postcode
_CITY_AFTER = re.compile(
    rf",[ \t]+{_PLACE_WORD}(?:[ \t]+(?:de|del|la|{_PLACE_WORD}|\d{{1,2}})){{0,2}}(?=[ \t]*(?:[;|]|$|\.(?:\s|$)))"
)
_ADDRESS_CUE = re.compile(r"(?i)(?:current|new|forwarding|billing|nieuw|huidig|huidige) (?:address|adres)|live at")


def _glued(text: str, start: int, taken: bytearray) -> int:
    glued = _GLUED_INITIALS.search(text, max(0, start - 12), start)
    return glued.start() if glued and taken.find(1, glued.start(), start) == -1 else start


def address_edges(text: str, kept: list[Span], taken: bytearray) -> None:
    """Grow each ADDRESS span in `kept` (and `taken`) over the edges described above."""
    for index, (start, end, kind) in enumerate(kept):
        if kind != "ADDRESS":
            continue
        if "\t" in text[start:end]:  # a tab separates a table's cells, never a street's words: "Ties\tZuidwal 7"
            cell = text.rindex("\t", start, end) + 1
            if any(character.isdigit() for character in text[cell:end]):
                taken[start:cell] = bytes(cell - start)
                kept[index] = start, end, kind = cell, end, kind
        new_start = _grow_left(text, _glued(text, start, taken), taken)
        new_start = _wrapped(text, new_start, taken)
        if new_start == start:
            new_start = _wrapped_after_lead(text, start, taken)
        if text[max(0, new_start - 1) : new_start + 2].lower() in ("'s-", "’s-"):
            new_start -= 1  # "'s-Gravendijkwal": the apostrophe belongs to the name
        flat = _FLAT.search(text, max(0, new_start - 16), new_start)
        if flat and taken.find(1, flat.start(), new_start) == -1:
            new_start = flat.start()
        suffix = _SUFFIX.match(text, end)
        new_end = suffix.end() if suffix and taken.find(1, end, suffix.end()) == -1 else end
        city = _CITY_AFTER.match(text, new_end)
        if city and _ADDRESS_CUE.search(text, max(0, new_start - 40), new_start) and taken.find(1, *city.span()) == -1:
            new_end = city.end()
        if text[new_start - 1 : new_start] == "#" and taken[new_start - 1] == 0:
            new_start -= 1  # "#103, Linking Road"
        if (new_start, new_end) != (start, end):
            widen(kept, taken, index, new_start, new_end)
    kept.sort()
    join_neighbours(kept, taken, partial(_address_parts, text))


def _address_parts(text: str, span: Span, following: Span) -> int | None:
    """Two parts of one address with a comma between: "No. 124, 100 Feet Road"."""
    (_, end, kind), (next_start, next_end, next_kind) = span, following
    return next_end if kind == next_kind == "ADDRESS" and text[end:next_start].strip(" \t") == "," else None
