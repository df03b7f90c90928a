"""The word tokens the name recogniser works on, what each can be (an initial, a particle, a name word), and the
chains of them a name can be.

Kept apart from `names` (which decides what is a name) so each stays small; the lists come from `lexicon`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import repeat
from operator import sub

from nlp.redaction.lexicon import common_word_surnames, first_names, not_names, surnames
from nlp.redaction.name_cues import PARTICLES

_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*\.?")
_CAPITALISED = re.compile(r"(?:Mc|Mac|O['’]|D['’]|IJ)?[^\W\d_][^\W\d_A-Z]+(?:['’-][^\W\d_]+)*")  # IJzerman
POSSESSIVE = re.compile(r"['’]s$")
# Abbreviated given names written like initials: "Th. de Vries", "Joh. Bakker".
ABBREVIATED = frozenset(
    "Th Tj Joh Ch Chr Ph Wm Jac Corn Gerh Hendr Jos Ant Alb Wilh Gijsb Fred Jacq Hub Kath Cath".split()
)
# Words after which one initial and a capitalised word are a name: "aan W. Kok", "to A. Fraser".
_BEFORE_INITIAL = frozenset("aan to van door by voor for dear beste geachte namens attn attention tnv".split())
# Arabic and Berber name parts that are particles only when capitalised ("Ben Haddou"; "ik ben" is a verb).
_ARTICLES = frozenset(("den", "de", "der", "t", "'t", "het"))
# not "in Den Bosch"; "In der Maur"
_PARTICLES_BEFORE_ARTICLE = {"uit": _ARTICLES, "op": _ARTICLES, "in": frozenset(("t", "'t", "der"))}
_CAPS_PARTICLES = frozenset(("UIT", "OP", "IN"))  # "OP HET VELD", "IN DE BRAEKT"
_PARTICLES_CAPITALISED = frozenset(("Ben", "Bou", "Abou", "Ait", "Aït", "Abu"))

# The next field's name on a form filled in capitals: "NAAM JOB HERMANS GEBOREN 2-3-1974 ADRES …".
FIELD_WORDS = frozenset(
    "geboren geb adres woonplaats postcode tel telefoon email iban bsn born address phone dob".split()
)
MAX_NAME_WORDS = 4
MAX_PARTICLES = 3
MAX_INITIALS = 4


class Tokens:
    """Word tokens of a text as parallel lists; `words` have no trailing dot, `dots` say whether one followed."""

    def __init__(self, text: str, taken: bytearray) -> None:
        self.text, self.taken, self.any_taken = text, taken, 1 in taken
        # built by `map` over the matches (C loops, not a Python one per token); only its last character is a dot
        matches = list(_TOKEN.finditer(text))
        dotted = list(map(re.Match.group, matches))
        self.starts = list(map(re.Match.start, matches))
        self.dots = list(map(str.endswith, dotted, repeat(".")))
        self.ends = list(map(sub, map(re.Match.end, matches), self.dots))
        self.words = list(map(str.removesuffix, dotted, repeat(".")))
        self.lower = list(map(str.lower, self.words))

    def __len__(self) -> int:
        return len(self.starts)

    def taken_again(self) -> Tokens:
        """The same tokens after more of `taken` was claimed: built once, read by both name finders."""
        self.any_taken = 1 in self.taken
        return self

    def joined(self, index: int) -> bool:
        """Only a space or two between this token and the one before (no punctuation, no new line, no tab, no
        wider gap: those separate a table's or a payslip's columns, "Email<TAB>Phone", "MATHURA     Pers.nr")."""
        if index == 0:
            return False
        gap = self.text[self.ends[index - 1] + self.dots[index - 1] : self.starts[index]]
        gap = gap.rstrip("'’")  # "van 't Hof": the apostrophe belongs to the particle
        if gap == "-" and self.initial(index - 1) and len(self.words[index - 1]) == 1:
            return True  # hyphenated initials: "M.-L. Habte", "J.-P. de Vries"
        return not gap or (gap.isspace() and len(gap) <= 2 and "\n" not in gap and "\t" not in gap)

    def blocked(self, index: int) -> bool:
        return self.any_taken and self.taken.find(1, self.starts[index], self.ends[index]) != -1

    def initial(self, index: int) -> bool:
        word = self.words[index]
        return self.dots[index] and ((len(word) == 1 and word.isupper()) or word in ABBREVIATED)

    def single_initial_ok(self, index: int) -> bool:
        """One initial starts a name at the text's start, after a comma, colon or new line, or after "aan",
        "to" …; not after an ordinary word ("vitamine D. Daarna")."""
        if index == 0:
            return True
        gap = self.text[self.ends[index - 1] + self.dots[index - 1] : self.starts[index]]
        return any(char in gap for char in ",:\n") or self.lower[index - 1] in _BEFORE_INITIAL

    def bare_initials(self, index: int) -> bool:
        """Initials without dots before a surname, after a cue: "SK Kalkman", "mw. W van Wijngaarden"."""
        word = self.words[index]
        return (
            word.isupper()
            and len(word) <= 3
            and not self.dots[index]
            and index + 1 < len(self.words)
            and self.joined(index + 1)
            and (self.words[index + 1].istitle() or self.lower[index + 1] in PARTICLES)
        )

    def middle_initial(self, index: int) -> bool:
        """A single initial between two name words, on one line: "L." in "Ömer L. Ashworth"."""
        return (
            index + 1 < len(self.starts)
            and len(self.words[index]) == 1
            and self.initial(index)
            and self.joined(index)
            and self.joined(index + 1)
            and not self.blocked(index)
        )

    def particle(self, index: int) -> bool:
        word = self.words[index]
        if self.lower[index] in _PARTICLES_BEFORE_ARTICLE:  # "uit den Bogaard", "Op den Kamp", "in 't Veld"
            articles = _PARTICLES_BEFORE_ARTICLE[self.lower[index]]
            if word == "in" and index > 0 and self.words[index - 1][:1].isupper():
                articles = _ARTICLES  # "Aart in den Bosch" (but "woon in Den Bosch" is a place)
            if word == "IN":
                articles = _ARTICLES  # in capitals, a name's: "JI-WOO IN DE BRAEKT"
            return (
                index + 1 < len(self.words)
                and self.lower[index + 1] in articles
                and (word.islower() or word.istitle() or (word in _CAPS_PARTICLES and self.words[index + 1].isupper()))
                and (word != "in" or self.words[index + 1].islower())
            )
        if self.lower[index] not in PARTICLES and word not in _PARTICLES_CAPITALISED and word != "A":
            return False
        if word in _PARTICLES_CAPITALISED:
            return index + 1 < len(self.words) and self.words[index + 1].istitle()
        if word == "A":  # inside a Chinese-Surinamese surname: "Tjon A Joe", "Fung A Fat"
            return (
                0 < index < len(self.words) - 1 and self.words[index - 1].istitle() and self.words[index + 1].istitle()
            )
        if word.islower() or word.istitle():
            return True
        # in capitals when the name is: "JAN DE VRIES", "Naam: DE RUITER"
        neighbours = (self.words[i] for i in (index - 1, index + 1) if 0 <= i < len(self.words))
        return word.isupper() and any((len(other) > 1 or other == "T") and other.isupper() for other in neighbours)

    def name_word(self, index: int, lower_ok: bool) -> bool:
        word = self.words[index]
        if self.blocked(index):
            return False
        if word[0].isupper() and _CAPITALISED.fullmatch(word):
            lower = self.lower[index]  # "There's" is "There" (POSSESSIVE, without a regex call)
            return (lower[:-2] if lower.endswith(("'s", "’s")) else lower) not in not_names()
        if lower_ok and word.islower():
            parts = [part.capitalize() for part in word.split("-")]
            return all(part in first_names() for part in parts) or all(part in surnames() for part in parts)
        if lower_ok and word.isupper() and len(word) > 1:  # a form filled in capitals: "Naam: JAN DE VRIES"
            return self.lower[index] not in not_names() and self.lower[index] not in FIELD_WORDS
        return False

    def _before_capitals(self, index: int, shortest: int, floor: int) -> int | None:
        """The token before the word in capitals at `index` and the particles before it (down to `floor`); None
        when the word is shorter than `shortest`, not in capitals, taken or a listed ordinary word."""
        word = self.words[index]
        if len(word) < shortest or not word.isupper() or self.blocked(index) or self.lower[index] in not_names():
            return None
        before = index - 1
        while before > floor and self.particle(before):
            before -= 1  # "J.P. VAN DER KROFT", "Agnieszka EL KHATTABI"
        return before

    def capitals_after_initials(self, index: int) -> bool:
        """A word in capitals after initials is a surname, as bailiffs and forms write it: "P.J.M. VAN DOMMELEN"."""
        before = self._before_capitals(index, 2, 0)
        return before is not None and self.initial(before)

    def capitals_after_given(self, index: int, first: int) -> bool:
        """A surname in capitals after a listed given name, as forms write it: "Bilal KARIJO", "Fien EL KHATTABI";
        not a form's field word ("Naam ADRES")."""
        before = None if self.lower[index] in FIELD_WORDS else self._before_capitals(index, 3, first)
        return before is not None and self.words[before].istitle() and self.words[before] in first_names()

    def followed_by(self, end: int, pattern: re.Pattern[str]) -> bool:
        """The text after token `end - 1` (and its dot) matches `pattern`."""
        return pattern.match(self.text, self.ends[end - 1] + self.dots[end - 1]) is not None

    def index_at(self, offset: int) -> int | None:
        index = bisect_left(self.starts, offset)
        return index if index < len(self.starts) and self.starts[index] == offset else None


def _after_der(tokens: Tokens, index: int, words: int) -> bool:
    """A capitalised word after "der" or "den" is a surname even when it is also a word: "van der Bij"; after
    a first name and "ten" or "ter" too: "Arjen ten Have"; a listed surname that is also a region after a listed
    first name or an initial and "van": "H. van Kempen" (not "Hoek van Holland")."""
    word, before = tokens.words[index], tokens.lower[index - 1]
    if not word[0].isupper() or tokens.blocked(index):
        return False
    return (
        before in ("der", "den")
        or (words > 0 and word.istitle() and before in _SURNAME_PARTICLES)
        or (before == "van" and word in surnames() and index > 1 and _given_or_initial(tokens, index - 2))
    )


def _given_or_initial(tokens: Tokens, index: int) -> bool:
    return tokens.initial(index) or all(part in first_names() for part in tokens.words[index].split("-"))


_SURNAME_PARTICLES = frozenset(("ten", "ter"))  # "van", "de": "Jan van Is het …", "Peter de Stad in"


def _common_surname_after_first(tokens: Tokens, index: int) -> bool:
    """A surname that is also a word, right after a listed first name: "Willem Post", "Sietske Post"."""
    word = tokens.words[index]
    return (
        word.istitle()
        and word in common_word_surnames()
        and tokens.joined(index)
        and tokens.words[index - 1] in first_names()
        and not tokens.blocked(index)
    )


def chain(tokens: Tokens, first: int, lower_ok: bool, bare_initials: bool = False) -> int:
    """End (exclusive) of the longest name chain from `first`: initials, then up to four name words with
    particles between them; `first` when there is none. A word ending in a dot closes the chain."""
    index, words, end, count = first, 0, first, len(tokens)
    if bare_initials and index < count and tokens.bare_initials(index) and not tokens.blocked(index):
        index += 1  # after a cue: "SK Kalkman"
    while index < count and index - first < MAX_INITIALS and tokens.initial(index) and not tokens.blocked(index):
        if index > first and not tokens.joined(index):
            break
        index += 1
    while words < MAX_NAME_WORDS:
        probe, particles = index, 0
        while probe < count and particles < MAX_PARTICLES and tokens.particle(probe):
            abbreviated = tokens.dots[probe] and tokens.lower[probe] != "v"  # "J.H.C. v. Houten"
            if (probe > first and not tokens.joined(probe)) or tokens.blocked(probe) or abbreviated:
                break
            probe, particles = probe + 1, particles + 1
        if probe >= count or (probe > first and not tokens.joined(probe)):
            break
        if not (
            tokens.name_word(probe, lower_ok)
            or (index > first and tokens.capitals_after_initials(probe))
            or (index > first and particles and _after_der(tokens, probe, words))
            or (words and not particles and _common_surname_after_first(tokens, probe))
            or (words and tokens.capitals_after_given(probe, first))
        ):
            break
        words, index, end = words + 1, probe + 1, probe + 1
        if tokens.dots[probe]:
            break
        if tokens.middle_initial(index):
            index += 1  # "Ömer L. Ashworth": kept only when a name word follows
    return end if words else first


def candidate_chains(tokens: Tokens) -> Iterator[tuple[int, int]]:
    """Every chain of capitalised words (with initials and particles) the recogniser can form, in order."""
    index = 0
    while index < len(tokens):
        end = index
        if tokens.words[index][0].isupper() or tokens.initial(index) or tokens.particle(index):
            end = chain(tokens, index, lower_ok=False)
        if end > index:
            yield index, end
            index = end
        else:
            index += 1
