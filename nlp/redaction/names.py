"""Names, found on word tokens rather than by one big regex: a chain of initials, particles and capitalised
words is a name when a cue, a role or a title comes before it, when it follows a sign-off ("Met vriendelijke
groet,"), when it starts with initials, when it holds a first name or surname from the lists in `nlp/data`,
when what follows says so ("wrote:", "(geb. …"), or, failing all of those, when the learned second opinion
of `name_model` is sure enough. Places and shops named like people stay.

Only tokens that can start a name (capitalised, a particle, a cue's or title's first word) are looked at closely,
and the word lists are sets: linear, where an alternation regex of a thousand names would try each at every word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import compress
from operator import itemgetter, or_

from nlp.redaction.lexicon import common_word_surnames, first_names, listed_double_surname, not_names, surnames
from nlp.redaction.name_context import before_data, dash_signed, introduced, signed_at_end, speaker_turn, wrote_after
from nlp.redaction.name_cues import CUE_HEADS, CUES, HOLDER_FIELD, PARTICLES, TITLES, cue_class
from nlp.redaction.name_forms import (
    CLAUSE_END,
    RELATIVE_AFTER,
    capitals_then_comma,
    caps_chain_end,
    caps_name_end,
    particles_last,
    reversed_name_end,
)
from nlp.redaction.name_model import THRESHOLD, name_probability
from nlp.redaction.name_repeats import repeated_name_spans
from nlp.redaction.name_tokens import ABBREVIATED, MAX_NAME_WORDS, MAX_PARTICLES, POSSESSIVE, Tokens, chain
from nlp.redaction.not_person import not_a_person
from nlp.redaction.rules import Span, may_match_at

_LOOKED_AT = PARTICLES | CUE_HEADS | TITLES
# A word alone at the end of a text is a signature when the name model gives it this much ("Serhii" 0.33; the
# one-word verdicts people end with score lower: "Teleurgesteld" 0.18, "Schandalig" 0.11).
_SIGNED_THRESHOLD = 0.3
# Articles and possessives start a noun phrase, not a name: "namens haar vader", "op naam van de vorige bewoner".
_ARTICLES = frozenset(
    "de het 't the een a mijn m'n haar zijn onze ons uw hun my her his our their your".split()
    + "mij me jou hem hen him us them".split()
)
_LINE_END = re.compile(r"[ \t]*(?:[,!:]|\n|$)")
_VERB_ENDINGS = ("en", "ed", "ing")
_MONTHS = frozenset("jan feb mar apr may jun jul aug sep oct nov dec mei mrt okt".split())
_DAY_BEFORE = re.compile(r"\d[ \t.-]*$")
_COLON_AFTER = re.compile(r"[ \t]*:")
_LABEL = re.compile(r"[:=]")
# A chat transcript's speaker: "[14:02] Marit Bosch: is er al nieuws?", "[2025-03-11 12:00:47] Inês: …"; as a
# WhatsApp export writes it at a line's start, "14:02 - Marit Bosch: …", "12-03-2026 14:02 - Marit: …" (looked for
# only where " - " is).
_CHAT_SPEAKER = re.compile(r"\[(?:\d[\d/.-]{4,8}\d,?[ \t])?\d{1,2}[:.]\d\d(?::\d\d)?\][ \t]*")
_EXPORT_SPEAKER = re.compile(r"(?m:^)[ \t]*(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ \t]+)?\d{1,2}:\d\d[ \t]+[-–][ \t]+")


# Most cue heads start no cue ("ik wil", "de klant"): how one can start says so before the regex tries them all.
_MAY_BE_CUE = may_match_at(CUES, 6)


_SEMICOLON = re.compile(r";[ \t]*")
_LIST_END = re.compile(r"[ \t]*[).;]")
_LIST_SEPARATOR = re.compile(r"(?:[;,][ \t]*(?:(?:en|and)[ \t]+)?|[ \t]+(?:en|and|&)[ \t]+)")


def _listed_on(tokens: Tokens, end: int, commas: bool = False) -> int:
    """More names after a header cue, separated by semicolons ("CC: Maarten Sedney; Anjali Verstraete") or,
    after a role (`commas`), by commas and "en"/"and" ("Parents: Tsvetelina Dimitrova and Kavya Pillai")."""
    separator = _LIST_SEPARATOR if commas else _SEMICOLON
    while end < len(tokens) and tokens.followed_by(end, separator):
        after = tokens.index_at(separator.match(tokens.text, tokens.ends[end - 1] + tokens.dots[end - 1]).end())
        if after is None:
            break
        more = chain(tokens, after, lower_ok=False)
        alone = more > after and tokens.followed_by(more, _LIST_END)  # "(Meenakshi en Dyonne)"
        if not (more - after >= 2 or _known(tokens, after, more) or alone):
            break
        end = more
    return end


def _has_middle_initial(tokens: Tokens, first: int, end: int) -> bool:
    """A first name, an initial and a surname ("Abena S. Kross"): a name wherever it stands."""
    return any(tokens.initial(index) and not tokens.initial(index - 1) for index in range(first + 1, end - 1))


def _known(tokens: Tokens, first: int, end: int) -> bool:
    """Holds a listed first name or surname; a surname that is also a word needs company."""
    firsts, lasts, common = first_names(), surnames(), common_word_surnames()
    words = [POSSESSIVE.sub("", word.capitalize() if word.islower() else word) for word in tokens.words[first:end]]
    if any(word in firsts for word in words):
        return True
    if any((word in lasts and word not in common) or ("-" in word and listed_double_surname(word)) for word in words):
        return True  # a double surname too: "de Haan-Mulder"
    # "de Groot", "Xander Green": in company; "King's Day", "Green Day": two word-like surnames are no name;
    # "te Kampen" is a place ("geboren te Kampen"), not a name
    return any(word in common for word in words) and any(word not in common and word != "Te" for word in words)


# What a strong cue's sentence may say of the name instead of giving it: "my name is wrong on the card".
_SAID_OF_A_NAME = frozenset(
    "wrong incorrect correct different missing unknown misspelled fout verkeerd goed juist anders onbekend".split()
)


def _unknown_lower_name(tokens: Tokens, index: int) -> int:
    """After a strong cue, lower-case words no list knows (particles between them) up to where the clause ends:
    "ik heet xavier, dat …", "naam = reinier liem;". The end of the name, or `index` when there is none."""
    if tokens.lower[index] in _ARTICLES:
        return index  # "op naam van de vorige bewoner", "namens de kerkenraad": a listed surname was found before
    if tokens.followed_by(index + 1, _COLON_AFTER):
        return index  # a label: "contactpersoon onderweg: Golnaz"
    end, probe = index, index
    while probe < len(tokens) and probe - index < MAX_NAME_WORDS + MAX_PARTICLES:
        word = tokens.words[probe]
        if (probe > index and not tokens.joined(probe)) or tokens.blocked(probe) or not word.islower():
            break
        if tokens.particle(probe):
            probe += 1
            continue
        if len(word) < 2 or tokens.lower[probe] in not_names() or tokens.lower[probe] in _SAID_OF_A_NAME:
            break
        if probe == index and word.endswith(_VERB_ENDINGS) and tokens.followed_by(probe + 1, CLAUSE_END):
            break  # "als contactpersoon toevoegen.": a verb ends the clause, no name
        end = probe = probe + 1
        if tokens.dots[end - 1]:
            break
    return end if end > index and tokens.followed_by(end, CLAUSE_END) else index


def _lower_surname(tokens: Tokens, end: int) -> int:
    """Lower-case words after a name found by a strong cue, up to the clause's end: "ineke van ee", "reinier
    liem"."""
    if end >= len(tokens) or not tokens.joined(end):
        return end
    more = tokens.particle(end) or (tokens.words[end - 1].islower() and tokens.words[end].islower())
    lower_end = _unknown_lower_name(tokens, end) if more else end
    return max(lower_end, end)


def _two_name_words(tokens: Tokens, first: int, end: int) -> bool:
    """After a weak cue, two capitalised words or a double surname: "ik ben Lander Vandenbossche"."""
    words = [word for word in tokens.words[first:end] if word[0].isupper()]
    return len(words) >= 2 or any("-" in word and word.split("-")[-1][:1].isupper() for word in words)


def _shouted(tokens: Tokens, index: int, match: re.Match[str]) -> bool:
    """The cue itself in capitals and no label ("KLANT WACHT AL VIER WEKEN"): words in capitals after it are the
    message shouted, not a name ("KLANT: JAN DE VRIES" is a label)."""
    return len(tokens.words[index]) > 1 and tokens.words[index].isupper() and not _LABEL.search(match.group(0))


def _date_month(tokens: Tokens, first: int, end: int) -> bool:
    """A month written like a name after a day: "Tue 6 Jan 2026"."""
    start = tokens.starts[first]
    return (
        end - first == 1
        and tokens.lower[first] in _MONTHS
        and _DAY_BEFORE.search(tokens.text, max(0, start - 4), start) is not None
    )


def _listed_first(tokens: Tokens, index: int) -> bool:
    """A listed first name in lower case, hyphenated ones part by part ("thomas-jan"); not a label's ("Klant koos:")."""
    if tokens.blocked(index) or tokens.text.startswith(":", tokens.ends[index]):
        return False
    return all(part.capitalize() in first_names() for part in tokens.lower[index].split("-"))


def _candidate(tokens: Tokens, index: int) -> tuple[int, int]:
    """(start, end) token indices of the name that begins at or just after token `index`, or (index, index)."""
    lower = tokens.lower[index]
    if lower in TITLES and index + 1 < len(tokens) and tokens.joined(index + 1) and not tokens.blocked(index):
        end = chain(tokens, index + 1, lower_ok=True, bare_initials=True)  # the title itself stays
        after_title = tokens.words[index + 1]
        if (
            end == index + 1
            and after_title.istitle()
            and not tokens.words[index].isupper()
            and not tokens.blocked(index + 1)
        ):
            end = index + 2  # "heer Zomer", "mevrouw Post": after a title a word is a name (not "MX Master")
        return index + 1, end
    if lower in CUE_HEADS:
        start = tokens.starts[index]
        match = CUES.match(tokens.text, start) if _MAY_BE_CUE(tokens.text, start) else None
        after = tokens.index_at(match.end()) if match else None
        if match and after is not None:
            cue = cue_class(match)
            end = chain(tokens, after, lower_ok=cue == "strong", bare_initials=cue not in ("weak", "greeted"))
            if cue == "strong" and end > after:
                end = _lower_surname(tokens, end)
            if cue == "note" and end == after and capitals_then_comma(tokens, after):
                end = after + 1  # a surname in capitals, as registers write it: "cliënt BRANDS, Albert"
            if cue in ("strong", "note", "relation") and end == after and not _shouted(tokens, index, match):
                end = caps_chain_end(tokens, after)  # "Patiënt: HENDRIKA HOGENBIRK", "my father WATANABE Hiroshi"
            if cue in ("note", "relation", "greeted") and end == after and _listed_first(tokens, after):
                end = _lower_surname(tokens, chain(tokens, after, lower_ok=True))  # "deelnemer marga donkersloot"
            if cue in ("strong", "note") and end > after:
                end = _listed_on(tokens, reversed_name_end(tokens, after, end))
            if cue == "relation" and end > after:
                end = _listed_on(tokens, reversed_name_end(tokens, after, end), commas=True)
            if cue == "relation" and tokens.lower[after] in ("van", "of", "from") and not tokens.words[after].isupper():
                end = after  # "de monteur van Ymere": a company (not "kaarthouder VAN 'T ZAND")
            if cue == "salutation" and not (end > after and tokens.followed_by(end, _LINE_END)):
                end = after
            if end > after and (cue != "weak" or _known(tokens, after, end) or _two_name_words(tokens, after, end)):
                return after, end
            unknown_ok = cue == "strong" or HOLDER_FIELD.fullmatch(match.group(0))  # "Reporter: kaj pinas"
            if unknown_ok and (lower_end := _unknown_lower_name(tokens, after)) > after:
                return after, lower_end
            if (
                cue in ("weak", "greeted")
                and tokens.lower[after] == tokens.words[after]
                and _listed_first(tokens, after)
            ):
                return after, chain(tokens, after, lower_ok=True)  # "ik ben noor", "hi im naomi"
    if len(lower) > 1 and tokens.words[index].isupper() and (caps_end := caps_name_end(tokens, index)) > index:
        return index, caps_end
    if tokens.initial(index) or tokens.words[index][0].isupper() or tokens.particle(index):
        end = chain(tokens, index, lower_ok=False)
        if (
            end - index == 1
            and (given := reversed_name_end(tokens, index, end)) > end
            and (
                tokens.followed_by(given, RELATIVE_AFTER)
                or before_data(tokens, index, given)
                or _known(tokens, index, given)
                or particles_last(tokens, index, given)
            )
        ):
            return index, given  # "Kuiper, Lonneke, Achter de Kerk 2 hs, …", "Nowak, Małgorzata; IBAN …"
        initials = tokens.initial(index) and index + 1 < end and tokens.initial(index + 1)
        if tokens.initial(index) and index + 1 < end and not initials:  # one: "Th. Kok", not "Appendix B. There"
            initials = tokens.words[index] in ABBREVIATED or tokens.single_initial_ok(index)
        if (
            end > index
            and (
                initials
                or _known(tokens, index, end)
                or _has_middle_initial(tokens, index, end)
                or before_data(tokens, index, end)
                or introduced(tokens, index, end)
                or wrote_after(tokens, end)
                or tokens.followed_by(end, RELATIVE_AFTER)
                or dash_signed(tokens, index, end)
                or (not speaker_turn(tokens, index) and name_probability(tokens, index, end))
                >= (_SIGNED_THRESHOLD if signed_at_end(tokens, index, end) else THRESHOLD)
            )
            and not _date_month(tokens, index, end)
        ):
            while tokens.particle(index) and tokens.words[index + 1] in first_names():
                index += 1  # "van Jan de Vries": "van" belongs to the sentence, not to the name
            return index, end
    return index, index


def name_spans(text: str, taken: bytearray, tokens: Tokens | None = None) -> Iterator[Span]:
    """Spans of names in `text`; tokens inside `taken` (other kinds' spans) are never part of one."""
    tokens = Tokens(text, taken) if tokens is None else tokens.taken_again()
    words, lower = tokens.words, tokens.lower
    speakers = {}  # first token -> end of a chat speaker's name
    exported = _EXPORT_SPEAKER.finditer(text) if " - " in text or " – " in text else ()
    for match in [*_CHAT_SPEAKER.finditer(text), *exported]:
        after = tokens.index_at(match.end())
        end = chain(tokens, after, lower_ok=True) if after is not None and lower[after] not in not_names() else 0
        if after is not None and end > after:
            end = reversed_name_end(tokens, after, end)  # "[11:32] de Ruiter, Anke"
        if after is not None and end > after and tokens.followed_by(end, _LINE_END) and not words[after].isupper():
            speakers[after] = end
    # capitalised or a word to look at, found by `map` (C loops); a speaker's name wherever it is
    capitalised = map(str.isupper, map(itemgetter(0), words))
    looked_at = list(compress(range(len(tokens)), map(or_, capitalised, map(_LOOKED_AT.__contains__, lower))))
    if speakers:
        looked_at = sorted(speakers.keys() | looked_at)
    done, found = 0, []  # tokens before `done` are in a name already
    for index in looked_at:
        if index < done:
            continue
        first, end = (index, speakers[index]) if index in speakers else _candidate(tokens, index)
        if end > first and not_a_person(tokens, first, end):
            done = end
            continue
        if end > first:
            last = end - 1
            yield tokens.starts[first], tokens.ends[last] + tokens.initial(last), "NAME"
            done = end
            found.append((first, end))
    last = len(tokens) - 1
    if (
        last >= done
        and lower[last] == words[last]
        and _listed_first(tokens, last)
        and signed_at_end(tokens, last, last + 1)
    ):
        yield tokens.starts[last], tokens.ends[last], "NAME"  # "… maar er staan er 15 in de app. liesbeth"
    if found:
        yield from repeated_name_spans(tokens, found)
