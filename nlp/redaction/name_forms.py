"""Names as registers, forms and passports write them: surname first ("Emmerik, van, D.", "Vuuren, J.P. van"),
in capitals ("cliënt BRANDS, Albert"), and before a birth date ("MOURA, Gustavo, geboren …")."""

from __future__ import annotations

import re

from nlp.redaction.addresses import SAFE_LOWER_SUFFIX
from nlp.redaction.lexicon import first_names, not_names
from nlp.redaction.name_context import data_follows, signed_at_end
from nlp.redaction.name_tokens import Tokens, chain

# After a strong cue, a lower-case word no list knows is a name when the clause ends: "ik heet xavier, dat …".
CLAUSE_END = re.compile(
    r"[ \t]*(?:[,.!?;:|·=–—()]|\n|$|(?:en|and|uit|from|van|ik|i|wil|wants|belt|called|wat|what|maar|but)\b)"
)
# Signs after a name that it was a person's: "Thijmen (onze jongste)", or a birth date: "MOURA, Gustavo, geboren
# 11 MEI/MAY 1991", "KEANE Dearbhla, born …".
RELATIVE_AFTER = re.compile(  # the blanks taken whole: split between two runs, 20,000 of them cost a second
    r"[ \t]*+(?:\((?:onze|ons|mijn|m'n|my|our|geb\.?|geboren|born|dob|d\.o\.b)"
    r"|,[ \t]*(?:geboren|born|geb\.|dob|d\.o\.b\.?|date of birth)"
    r"|(?<=[ \t])(?:is|werd|was)[ \t]+(?:geboren|born)[ \t]+(?:op|on)(?=[ \t]+\d))(?!\w)"  # "Yara is geboren op 4-8-…"
)
_COMMA = re.compile(r",[ \t]*")
_STREET_LAST = re.compile(rf"(?:{SAFE_LOWER_SUFFIX}|weg)$")
_COMMA_LINE = re.compile(r",[ \t]*\n?[ \t]*")


def reversed_name_end(tokens: Tokens, first: int, end: int) -> int:
    """A surname, a comma and a first name or initials, as directories write them ("Van: Mangal, Dieuwke",
    "acct holder Tahiri, Sunil", "Emmerik, van, D."): the end of the first name when the line or clause ends
    there."""
    surname_words = sum(not tokens.particle(index) for index in range(first, end))  # "op den Akker, Jolanda"
    if surname_words > 2 or end >= len(tokens) or not tokens.followed_by(end, _COMMA):
        return end
    comma = _COMMA.match(tokens.text, tokens.ends[end - 1] + tokens.dots[end - 1])
    if tokens.index_at(comma.end()) != end:
        return end  # no word right after the comma: "Hubert Heijstek, 06 8876 6892\nAdres: …"
    if tokens.particle(end) and tokens.followed_by(end + 1, _COMMA) and end + 1 < len(tokens):
        end += 1  # the particle after the surname, as registers write it: "Emmerik, van, D."
    given = chain(tokens, end, lower_ok=False)
    if given == end:  # initials: "Vuuren, J.P. van", "Bosch, J. in den"
        while given < len(tokens) and given - end < 4 and tokens.initial(given):
            given += 1
    if given == end and bare_initials_then_particle(tokens, end):
        given += 1  # without dots, before the particles: "Ommen, FC van", "Sluis, M van der"
    if given == end and tokens.words[first].isupper() and (caps := caps_chain_end(tokens, end)) - end <= 2:
        given = caps  # all in capitals: "ten name van ANGELOVA, VIKTORIA"
    initials_end = given
    while given > end and given < len(tokens) and tokens.joined(given) and tokens.particle(given):
        given += 1  # the particles a register puts last: "Korte, Lonneke de", "Broek, Jochem van den"
    # after them a word in lower case ends the name too: "t.n.v. Fuente, B. de la zetten"
    particles_last = given > initials_end and given < len(tokens) and tokens.words[given][:1].islower()
    if _STREET_LAST.search(tokens.lower[given - 1]):
        return end  # a street after the name, not a first name: "klant Chinedu Dassen, Lange Kievitstraat"
    if given == end + 1 and tokens.text.startswith(":", tokens.ends[end]):
        return end  # the next field's label, not a first name: "Name: Rhea Charles, Email: …"
    return given if end < given <= end + 6 and (particles_last or tokens.followed_by(given, CLAUSE_END)) else end


def bare_initials_then_particle(tokens: Tokens, index: int) -> bool:
    """One to three capitals without dots, then a particle: only a register's "Ommen, FC van" writes that."""
    word = tokens.words[index]
    return (
        len(word) <= 3
        and word.isalpha()
        and word.isupper()
        and index + 1 < len(tokens)
        and tokens.joined(index + 1)
        and tokens.particle(index + 1)
    )


def particles_last(tokens: Tokens, first: int, end: int) -> bool:
    """A reversed name whose given name is initials and whose last word is a particle ("Beusekom, R van"):
    the particles a register puts last prove it is a name."""
    return end - first >= 3 and tokens.particle(end - 1) and tokens.words[end - 1].islower()


def capitals_then_comma(tokens: Tokens, index: int) -> bool:
    word = tokens.words[index]
    return len(word) > 1 and word.isupper() and not tokens.blocked(index) and tokens.followed_by(index + 1, _COMMA)


def caps_chain_end(tokens: Tokens, index: int) -> int:
    """Words in capitals from `index` (particles too), up to four, and a given name after them in East Asian
    order ("WATANABE Hiroshi"): the end, or `index` when the word there is not in capitals."""
    end = index
    while (
        end < len(tokens)
        and end - index < 4
        and (end == index or tokens.joined(end))
        and (len(tokens.words[end]) > 1 or _apostrophe_t(tokens, end))  # "VAN 'T ZAND"
        and tokens.words[end].isupper()
        and not tokens.blocked(end)
        and (tokens.lower[end] not in not_names() or tokens.particle(end))  # "TEN BROEKE, Everhard"
    ):
        end += 1
    if end > index and end < len(tokens) and tokens.joined(end):
        end = max(end, chain(tokens, end, lower_ok=False))
    return end


def _apostrophe_t(tokens: Tokens, index: int) -> bool:
    return tokens.lower[index] == "t" and tokens.text[tokens.starts[index] - 1 : tokens.starts[index]] in ("'", "’")


def caps_name_end(tokens: Tokens, index: int) -> int:
    """A surname in capitals, the given name after it, and a birth date or other personal data after that, as
    passports, registers and angry all-caps messages write it: "MOURA, Gustavo, geboren …", "KEANE Dearbhla,
    born …", "NORDIN LAMRABET, HOGE MORSWEG 37-III", or with a listed first name ("KIM Hana"). The end, or `index`
    when it is not one."""
    end = caps_chain_end(tokens, index)
    if end == index:
        return index
    if end - index <= 2 and tokens.words[end - 1].isupper():
        end = reversed_name_end(tokens, index, end)
    if tokens.followed_by(end, RELATIVE_AFTER) or (end - index >= 2 and _listed_given_name(tokens, index, end)):
        return end
    if end - index >= 2 and _listed_first_in_calm_line(tokens, index, end):
        return end
    if end - index >= 2 and _reversed_caps_in_calm_line(tokens, index, end):
        return end  # "… today, OKONKWO, CHIAMAKA." (reversed_name_end took the given name in capitals)
    return end if end - index >= 2 and data_follows(tokens, end, _COMMA_LINE) else index


def _listed_given_name(tokens: Tokens, index: int, end: int) -> bool:
    """A surname in capitals and a listed first name after it ("SZABÓ Gábor", "O'SULLIVAN, Stuart"), or a name in
    capitals with a listed first name that signs the text off ("… zegt mijn bank. HUUB WILLEMSEN")."""
    last = tokens.words[end - 1]
    if not last.isupper():
        return last in first_names()
    return signed_at_end(tokens, index, end) and any(
        part.capitalize() in first_names() for word in tokens.words[index:end] for part in word.split("-")
    )


def _reversed_caps_in_calm_line(tokens: Tokens, index: int, end: int) -> bool:
    """A register's "SURNAME, GIVEN" all in capitals ending its clause, in a line not shouted: "… at arno@…,
    QADIR, NAZDAR.", "ten name van ANGELOVA, VIKTORIA"."""
    name = tokens.text[tokens.starts[index] : tokens.ends[end - 1]]
    words = [tokens.words[word] for word in range(index, end)]
    return (
        ", " in name
        and all(word.isupper() and len(word) >= 2 for word in words)
        and not any(tokens.lower[word] in not_names() and not tokens.particle(word) for word in range(index, end))
        and tokens.followed_by(end, CLAUSE_END)
        and _calm_line(tokens, index, end)
    )


def _listed_first_in_calm_line(tokens: Tokens, index: int, end: int) -> bool:
    """A listed first name opening two to four words in capitals, in a line mostly not in capitals: a card's holder,
    a row of an export or a permit written as forms print them ("holder MARIJN LEWANDOWSKI", "PIM HEIJNEN\t…"),
    not a message shouted in capitals ("JAN BELT AL WEKEN")."""
    first = tokens.words[index]
    if not all(part.capitalize() in first_names() for part in first.split("-")) or tokens.particle(index):
        return False
    if not all(tokens.words[word].isupper() for word in range(index, end)):
        return False  # "OTTO Workforce": a firm
    return _calm_line(tokens, index, end)


def _calm_line(tokens: Tokens, index: int, end: int) -> bool:
    """The line around the words `index`..`end` is mostly not in capitals (the name left out): not shouted."""
    text = tokens.text
    line_start = text.rfind("\n", 0, tokens.starts[index]) + 1
    line_end = text.find("\n", tokens.starts[index])
    line = text[line_start : line_end if line_end != -1 else len(text)]
    name = text[tokens.starts[index] : tokens.ends[end - 1]]
    words = [word for word in line.replace(name, " ").split() if word.isalpha() and len(word) >= 3]
    return len(words) >= 2 and sum(word.isupper() for word in words) < 0.5 * len(words)
