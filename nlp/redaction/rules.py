"""A regex rule: which kind of personal data it finds, which group is the data, and an optional check."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

Span = tuple[int, int, str]  # start, end (exclusive) in the original text, kind
Region = tuple[int, int]
# An agent's question and the customer's answer between a cue and its value: "wat is uw klantnummer? Klant: …",
# the answer's time stamp too ("registration?\n[12u30] Customer: …"). Its blanks are taken whole, from where they
# start (`(?<![ \t])`, `++`, `*+`): a filler's run of blanks before it made n spaces cost n², a filler repeating it n^4.
ANSWER = (
    r"(?:(?:(?<![ \t])[ \t]++(?:please|pls|graag|alstublieft|alsjeblieft|aub|a\.u\.b\.))?[?.][ \t]*+(?:\n[ \t]*+)?"
    r"(?:\[\d{1,2}[:.u]\d\d(?::\d\d)?(?:[ \t]*uur)?\][ \t]*)?"
    r"(?:(?:klant|customer|caller|beller|client|cliënt|patient|patiënt|cust|cx|gebruiker|user|guest|gast|huurder"
    r"|tenant|bewoner|resident|member|lid|k|c|p|b)[ \t]*:"
    r"|👤[ \t]*)?)"  # a chatbot's hand-over marks the person's answer with a bust: "Wat is je lidnummer?\n👤 7423-8666"
)
# Hesitations a transcript keeps: "mijn kenteken is eh DN-518-F".
HESITATION = r"eh|ehm|euh|uh|uhm|um|erm"
# A chat message's time stamp: "[16:31]", "[09:05:12]".
CHAT_TIME = r"\[\d{1,2}:\d\d(?::\d\d)?\]"


# Characters a case-insensitive pattern takes for an ASCII letter that `str.lower()` does not turn into it ("ſ" is
# s, "ı" is i, "İ" lowers to "i" and a combining dot).
_CASE_ODD = ("ı", "ſ", "İ", "K", "\u0307")


def plain_lower(lower: str) -> bool:
    """Whether `lower` (a text's lower case) holds none of those characters: then `word in lower` says what a
    case-insensitive search for an ASCII `word` would, at no regex's cost, and offsets in `lower` are the text's."""
    return lower.isascii() or not any(char in lower for char in _CASE_ODD)


def _always(_: str) -> bool:
    return True


@dataclass(frozen=True)
class Rule:
    """`hints`: lower-case substrings of which one must be in the text for the rule to be tried at all;
    `digits`: the data holds a digit, so only the regions around digits (see `digit_regions`) are searched."""

    kind: str
    pattern: re.Pattern[str]
    accept: Callable[[str], bool] = _always
    group: int | str = 0
    hints: tuple[str, ...] = ()
    digits: bool = True

    def spans(self, text: str, regions: Sequence[Region] | None = None) -> Iterator[Span]:
        """Every accepted match; after a cue whose value was rejected the search goes on from that value, so
        "case: tenant number HN48-4527" still finds the number after the rejected "case: tenant"."""
        for start, end in regions if regions is not None else [(0, len(text))]:
            position = start
            while (match := self.pattern.search(text, position, end)) is not None:
                first, last = match.span(self.group)
                if first < last and self.accept(match.group(self.group)):
                    yield first, last, self.kind
                    position = max(match.end(), match.start() + 1)
                else:  # a cued rule looks again from the rejected value (it may hold the next cue), others go on
                    position = first if self.group and first > match.start() else max(match.end(), match.start() + 1)


_DIGIT_RUN = re.compile(r"\d+")
_SPACE = re.compile(r"\s")
BEFORE, AFTER = 80, 40  # how far a rule's match may reach before the first and after the last digit


def regions_around(text: str, anchors: Iterator[re.Match[str]], before: int, after: int) -> list[Region]:
    """Stretches of `text` from `before` characters ahead of each anchor to `after` beyond it, merged, each
    ending at a space where one is near (a search's end is the string's end to a look-ahead, so it should not
    fall inside a word). Bounded look-ups: no anchor makes a scan to the end of the text."""
    regions: list[Region] = []
    for match in anchors:
        start, end = max(0, match.start() - before), match.end() + after
        if regions and start <= regions[-1][1]:
            if end <= regions[-1][1]:
                continue
            start = regions.pop()[0]
        space = _SPACE.search(text, end, end + after)
        regions.append((start, space.start() if space else min(len(text), end + after)))
    return regions


def digit_regions(text: str) -> list[Region]:
    """Where rules for data that holds a digit can match at all."""
    return regions_around(text, _DIGIT_RUN.finditer(text), BEFORE, AFTER)


def widen(kept: list[Span], taken: bytearray, index: int, start: int, end: int) -> None:
    """Give span `index` of `kept` the bounds `start`..`end` and mark them taken, so the two stay in step."""
    taken[start:end] = b"\x01" * (end - start)
    kept[index] = (start, end, kept[index][2])


def join_neighbours(kept: list[Span], taken: bytearray, joined_end: Callable[[Span, Span], int | None]) -> None:
    """Merge each span of sorted `kept` with the next where `joined_end(span, next)` gives the merged span's end
    (None: they stay apart), marking what lies between taken; a merged span is tried against the one after it."""
    index = 1
    while index < len(kept):
        (start, end, kind), following = kept[index - 1], kept[index]
        new_end = joined_end(kept[index - 1], following)
        if new_end is None:
            index += 1
            continue
        kept[index - 1 : index + 1] = [(start, new_end, kind)]
        taken[end:new_end] = b"\x01" * (new_end - end)


def may_match_at(pattern: re.Pattern[str], length: int) -> Callable[[str, int], bool]:
    """A test, False only where `pattern` cannot match at `start` of `text`: by a set look-up of the next `length`
    characters (lower-cased, ASCII) in `match_starts`, which rules out most places before a long alternation is
    tried there."""
    starts = match_starts(pattern, length)
    lengths = sorted({len(start) for start in starts})

    def may_match(text: str, start: int) -> bool:
        window = text[start : start + length]
        if len(window) < length or not window.isascii():
            return True
        window = window.lower()
        for size in lengths:
            if window[:size] in starts:
                return True
        return False

    return may_match


def match_starts(pattern: re.Pattern[str], length: int) -> frozenset[str]:
    """Lower-case strings, one of which starts the first `length` characters of every match of `pattern` once
    they are lower-cased (when those are ASCII). Lookarounds are skipped and a wide or negated class ends a
    string (anything may follow), so the strings may allow more than the pattern does, never less. Reads the
    pattern with the `re` module's own parser; where that is not there, the empty string lets anything match."""
    try:  # CPython's own, 3.11 on
        from re import _constants as sre
        from re import _parser
    except ImportError:
        return frozenset(("",))

    def chars(op: object, arg: object) -> set[str] | None:
        if op is sre.LITERAL:
            return {chr(arg).lower()}
        if op is not sre.IN or any(kind not in (sre.LITERAL, sre.RANGE) for kind, _ in arg):
            return None
        found: set[str] = set()
        for kind, value in arg:
            low, high = (value, value) if kind is sre.LITERAL else value
            if high - low > 40:
                return None
            found.update(chr(code).lower() for code in range(low, high + 1))
        return found

    def sequence(items: list, open_: set[str]) -> tuple[set[str], set[str]]:
        """(strings still open, strings closed) after `items` extend `open_`."""
        closed: set[str] = set()
        for op, arg in items:
            if not open_ or op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
                continue
            if op is sre.SUBPATTERN:
                open_, more = sequence(arg[-1], open_)
            elif op is sre.BRANCH:
                ends = [sequence(branch, open_) for branch in arg[1]]
                open_, more = set().union(*(o for o, _ in ends)), set().union(*(c for _, c in ends))
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
                low, high, body = arg
                current, open_, more = open_, set(), set()
                for count in range(min(high, length) + 1):
                    if count >= low:
                        open_ |= current
                    if count == min(high, length) or not current:
                        break
                    current, closing = sequence(body, current)
                    more |= closing
                if high > length:
                    more |= current  # more repeats than looked at: anything may follow
            elif (found := chars(op, arg)) is None:
                open_, more = set(), open_  # any character: anything may follow
            else:
                grown = {start + char for start in open_ for char in found}
                open_, more = {s for s in grown if len(s) < length}, {s for s in grown if len(s) >= length}
            closed |= more
        return open_, closed

    open_, closed = sequence(list(_parser.parse(pattern.pattern, pattern.flags)), {""})
    return frozenset(open_ | closed)
