"""Personal data read out loud, as speech-to-text writes it: "jan punt jansen apenstaartje gmail punt com",
"nul zes een twee drie vier vijf zes zeven acht". Bounded repetition keeps both linear on hostile input.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import compress, repeat

from nlp.redaction.checks import elfproef_ok, luhn_ok
from nlp.redaction.cued import CUSTOMER_NUMBER_CUE
from nlp.redaction.number_words import EN_TENS, EN_TENS_WORDS, EN_UNIT_WORDS, EN_UNITS, NL_TEENS, NL_TENS, NL_UNITS
from nlp.redaction.rules import Span, plain_lower, regions_around

# Also written to dodge spam bots: "jan [at] gmail [dot] com", "jan(at)ziggo(punt)nl", "jan {at} live.nl".
_DOT = r"(?:\s*\.\s*|,?\s+(?:punt|puntje|dot|period|full stop),?\s+|\s*[\[(](?:punt|dot)[\])]\s*)"
_JOIN = rf"(?:{_DOT}|\s*[-_]\s*|,?\s+(?:streepje|(?:liggend|laag) streepje|underscore|dash|hyphen|min|koppelteken),?\s+"
# and between letters spelled with hyphens: "B-E-P-full stop-H-O-U-B-E-N"
_JOIN += r"|-(?:full stop|dot|punt|period|hyphen|dash|(?:liggend |laag )?streepje|underscore|min)-)"
_AT = (
    r"(?:\s*@\s*|,?\s+(?:at the rate(?: of)?|at|apenstaartje|apestaartje|apenstaart|apestaart|aapje|at-teken"
    r"|at-sign|at sign|et),?\s+"
    r"|\s*[\[({](?:at|a|@|apenstaartje)[\])}]\s*)"
)
# A part may be spelled letter by letter with hyphens: "r-o-b punt h-o-o-i-j-e-r apenstaartje …".
# Or letter by letter with spaces: "w h i t a k e r dot a s h l e y at aol dot com", or commas: "z, e, y, dot, …".
_PART = (
    r"(?:[^\W_](?:-[^\W_]){2,40}(?!\w)(?!-[^\W_](?!\w))|[^\W_](?: [^\W_]){2,40}(?!\w)|[^\W_](?:, [^\W_]){2,40}(?!\w)"
    r"|[^\W_][\w]*)"
)
# Also spelled letter by letter: "punt n l".
_COUNTRIES = "nl be de uk fr es it at ch pl ro bg cz sk hu ie pt gr dk se no fi lu tr us ca au za ru ua lt lv ee hr si"
_TLDS = _COUNTRIES.split() + "rs sr cw aw in cn jp br mx ba mk al ma tn eg ng gh ke id ph vn th".split()
_TLDS += "sg pk mt cv nz lk bd ug tz ae hk kr".split()  # Singapore, Pakistan, Malta, Cape Verde, New Zealand, …
_TLD = (
    r"(?:com|org|net|info|io|me|eu|co\s*\.?\s*uk|co\s+(?:punt|dot)\s+uk|n l|b e|d e|c o m"
    rf"|{'|'.join(_TLDS)})"
)

# "t-online", "ekm dash mail", and a provider said in two words: "hot mail", "g mail".
_DOMAIN_PART = r"[^\W_][\w]*(?:(?:-|\s+(?:dash|streepje|min)\s+)[^\W_][\w]*|[ \t]mail)?"
# A local part may say its hyphens and underscores: "tuan streepje hoang".
_EMAIL = re.compile(
    rf"(?i)(?<![\w.@-])(?:{_PART}{_JOIN}){{0,3}}{_PART}{_AT}(?:{_DOMAIN_PART}{_DOT}){{1,3}}{_TLD}(?!\w)"
)
# Where an "at" word is: the full pattern is tried only in a window around one (it is slow on every word).
_AT_WORD = re.compile(
    r"(?i)@|[ \t](?:at the rate|at|apenstaartje|apestaartje|apenstaart|apestaart|aapje|at-teken|at-sign|at sign"
    r"|et)[ \t,]"
    r"|[\[({](?:at|a|apenstaartje)[\])}]"
)
_AT_WORD_LOWER = re.compile(_AT_WORD.pattern.removeprefix("(?i)"))  # on the lower case (see `plain_lower`)


# Read out, a local part of two or three words comes with plain spaces ("s hofman at ziggo dot nl" for
# shofman@…): up to two words before the match belong to it, unless one introduces an address ("mail me at").
_WORD_BEFORE = re.compile(r"(?<![\w.@-])([^\W\d_][\w]*)[ \t]$")
_INTRODUCING = frozenset(
    """is was me mij op at to naar via mail email e-mail mailadres emailadres e-mailadres adres address my mijn
    m'n mn the it's its on contact reach send stuur sturen mailen hier here and en of or please graag
    nieuwe new oude old dat that je jij u your uw this dit naar: to: van from cc bcc luidt reads be zijn are""".split()
)


def spelled_email_spans(text: str, lower: str) -> Iterator[Span]:
    """E-mail addresses read out: up to four local parts, an "at" word, up to four domain parts."""
    anchors = _AT_WORD_LOWER.finditer(lower) if plain_lower(lower) else _AT_WORD.finditer(text)
    for start, end in regions_around(text, anchors, 120, 100):
        for match in _EMAIL.finditer(text, start, end):
            first = match.start()
            for _ in range(2 if "@" not in match.group(0) else 0):  # "p de graaf at …": up to two words
                before = _WORD_BEFORE.search(text, max(0, first - 40), first)
                if before is None or before.group(1).lower() in _INTRODUCING:
                    break
                first = before.start(1)
            yield first, match.end(), "EMAIL"


# Digits as speech recognition mishears them: "fijf", "zeve", "echt" (acht), "hive" (five), "too", "ate".
MISHEARD_DIGITS = {"fijf": 5, "fief": 5, "fier": 4, "zeve": 7, "ach": 8, "echt": 8, "neegen": 9, "twe": 2}
MISHEARD_DIGITS |= {"ses": 6, "zus": 6, "null": 0, "hive": 5, "fife": 5, "too": 2, "ate": 8, "for": 4}
_DIGIT_WORDS = {
    **dict.fromkeys(MISHEARD_DIGITS, 1),
    **dict.fromkeys("nul zero oh o".split(), 1),
    **dict.fromkeys(
        "een één eén one twee two drie three vier four vijf five zes six zeven seven acht eight".split(), 1
    ),
    **dict.fromkeys("negen nine".split(), 1),
    **dict.fromkeys("tien ten elf eleven twaalf twelve dertien thirteen veertien fourteen vijftien fifteen".split(), 2),
    **dict.fromkeys("zestien sixteen zeventien seventeen achttien eighteen negentien nineteen".split(), 2),
    **dict.fromkeys("twintig twenty dertig thirty veertig forty vijftig fifty zestig sixty".split(), 2),
    **dict.fromkeys("zeventig seventy tachtig eighty negentig ninety honderd hundred".split(), 2),
    **dict.fromkeys("dubbel double".split(), 1),  # "double seven": two digits from two words
    **dict.fromkeys("triple treble".split(), 2),  # "treble eight": three
    **dict.fromkeys("plus".split(), 0),
}
# Said in hundreds ("zevenhonderdeen", "honderdvierentachtig": 701, 184) or as "fifty-two".
_HUNDREDS = rf"(?:{NL_UNITS})?honderd(?:en)?(?:{NL_UNITS}[eë]n{NL_TENS}|{NL_TENS}|{NL_TEENS}|{NL_UNITS})?"
_EN_COMPOUND = rf"{EN_TENS}-{EN_UNITS}"
_WORD = (
    rf"(?:{_HUNDREDS}|{NL_UNITS}[eë]n{NL_TENS}|{_EN_COMPOUND}"
    rf"|{'|'.join(sorted(_DIGIT_WORDS, key=len, reverse=True))}|\d{{1,10}})"
)
# A hesitation between the groups is said: "4883, eh, een zes …"; "er" only between commas (alone: Dutch "er").
_HESITATIONS = ("eh", "ehm", "uh", "uhm", "um", "erm")
_HESITATION, _HESITATION_WORDS = rf"(?:{'|'.join(_HESITATIONS)})", frozenset(_HESITATIONS)
_PAUSE = rf"(?:{_HESITATION}|(?<=,)[ \t]?er(?=,))"
_RUN = re.compile(rf"(?i)(?<![\w-]){_WORD}(?:[\s,.…-]{{1,5}}(?:{_PAUSE}[\s,.…-]{{1,5}})?{_WORD}){{2,24}}(?!\w)")
_TOKEN = re.compile(rf"(?i)(?<!\w){_WORD}(?!\w)")
_HESITATION_SAID = re.compile(rf"(?i)(?<!\w){_HESITATION}(?!\w)|,[ \t]*er[ \t]*,")
_COMPOUND = re.compile(rf"(?i){NL_UNITS}[eë]n{NL_TENS}|{_EN_COMPOUND}")
_HUNDRED = re.compile(rf"(?i)(?P<h>{NL_UNITS})?honderd(?:en)?(?P<rest>.*)")
_WORD_VALUES = dict(
    zip(
        "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig dertig veertig "
        "vijftig zestig zeventig tachtig negentig".split(),
        [*range(10, 20), *range(20, 100, 10)],
        strict=True,
    )
) | dict(
    zip(
        "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty "
        "fifty sixty seventy eighty ninety".split(),
        [*range(10, 20), *range(20, 100, 10)],
        strict=True,
    )
)


def _digit_count(token: str) -> int:
    if token[0].isdigit():
        return len(token)
    if _HUNDRED.fullmatch(token):
        return 3
    if _COMPOUND.fullmatch(token):
        return 2
    return _DIGIT_WORDS.get(token.lower().replace("ſ", "s").replace("ı", "i"), 1)  # the regex folds "ſix" to "six"


def number_value(word: str) -> int | None:
    """What one number word says: "vierentachtig" 84, "fifty-two" 52, "zevenhonderdeen" 701; None for a word
    that is no number by itself ("dubbel", "plus") or none at all ("t-shirt")."""
    word = word.lower()
    if word in _ONE_DIGIT:
        return _ONE_DIGIT[word]
    if word in _WORD_VALUES:
        return _WORD_VALUES[word]
    if "-" in word:  # fifty-two
        tens, _, unit = word.partition("-")
        return _WORD_VALUES[tens] + _ONE_DIGIT[unit] if tens in _WORD_VALUES and unit in _ONE_DIGIT else None
    if hundred := _HUNDRED.fullmatch(word):
        rest = hundred.group("rest")
        rest_value = number_value(rest) if rest else 0
        return (
            None
            if rest_value is None
            else 100 * (_ONE_DIGIT[hundred.group("h")] if hundred.group("h") else 1) + rest_value
        )
    for unit, value in _ONE_DIGIT.items():  # vierentachtig: a unit, "en", the tens
        for joint in ("en", "ën"):
            if word.startswith(unit + joint) and word[len(unit) + len(joint) :] in _WORD_VALUES:
                return value + _WORD_VALUES[word[len(unit) + len(joint) :]]
    return None


def _said_value(tokens: list[str]) -> str:
    """The digits the words say, each word its own group ("tweehonderdacht achthonderdnegenendertig" is
    208839); empty when a word says no number by itself."""
    out = []
    for token in tokens:
        if token[0].isdigit():
            out.append(token)
            continue
        if token.lower() in _REPEATED:
            return ""  # said digit by digit, which _spoken_digits reads
        value = number_value(token)
        if value is None:
            return ""
        out.append(str(value).zfill(3) if _HUNDRED.fullmatch(token) else str(value))
    return "".join(out)


_EN_TENS_WORDS, _EN_UNIT_WORDS = frozenset(EN_TENS_WORDS), frozenset(EN_UNIT_WORDS)


def _tens_then_unit(tokens: list[str]) -> int:
    """How many English tens are followed by a unit: "thirty four" is two digits, not three."""
    lower = [token.lower() for token in tokens]
    pairs = zip(lower, lower[1:], strict=False)
    return sum(1 for tens, unit in pairs if tens in _EN_TENS_WORDS and unit in _EN_UNIT_WORDS)


_ZERO_HINTS = ("nul", "zero", "oh", "o ", "plus", "double", "dubbel", "treble", "triple")
_REPEATED = {"double": 2, "dubbel": 2, "treble": 3, "triple": 3}
_CARD_HINTS = ("card", "kaart", "pinpas")
_BSN_HINTS = ("bsn", "burgerservice", "sofi", "be es en", "citizen service")  # "be es en": BSN said letter by letter
# A customer number read out after its cue word: "wat is uw klantnummer? Beller: eh één nul twee drie …".
_NUMBER_CUE = re.compile(rf"(?i)(?<!\w)(?:{CUSTOMER_NUMBER_CUE})(?!\w)")
_NUMBER_HINTS = ("nummer", "number", "nr", "kenmerk", "dossier", "polis", "order", "account")


_ONE_DIGIT = {"nul": 0, "zero": 0, "oh": 0, "o": 0, "een": 1, "één": 1, "eén": 1, "one": 1, "twee": 2, "two": 2}
_ONE_DIGIT |= {"drie": 3, "three": 3, "vier": 4, "four": 4, "vijf": 5, "five": 5, "zes": 6, "six": 6}
_ONE_DIGIT |= {"zeven": 7, "seven": 7, "acht": 8, "eight": 8, "negen": 9, "nine": 9}
_ONE_DIGIT |= MISHEARD_DIGITS


def _spoken_digits(tokens: list[str]) -> str:
    """The digits a run of number words says, where each word is one digit ("een twee drie" is 123); empty
    when a word says more (a "twintig" makes it a phone number's pairs, not a card)."""
    values = _ONE_DIGIT
    out, times = [], 1
    for token in tokens:
        if token.lower() in _REPEATED:
            times = _REPEATED[token.lower()]  # "double seven": 77, "treble eight": 888
        elif token[0].isdigit():
            out.append(token * times)
            times = 1
        elif token.lower() in values:
            out.append(str(values[token.lower()]) * times)
            times = 1
        else:
            return ""
    return "".join(out)


# After digits alone these are words ("… for status"), not a misheard four or a doubled digit.
_NOT_SAID_AFTER = frozenset(("for", "too", "ate", "double", "triple"))
_SPLIT = re.compile(r"\W+")  # quotes too: "'nul zes, …, 529 155'"
_TENS_WORDS = ("tig", "ig")  # "vierendertig", "vijfentachtig"


def _enough_number_words(tokens: list[str], lower: str) -> bool:
    """At least one number word and five number words or digit groups in all (a word for two digits, "vierenveertig",
    counts twice): a cheap look before the run pattern (a long alternation) scans the text. Counted by `map`: only
    "…tig" and "…honderd…" one by one."""
    words, numbers = sum(map(_DIGIT_WORDS.__contains__, tokens)), sum(map(str.isdigit, tokens))
    maybe = tokens if "honderd" in lower else compress(tokens, map(str.endswith, tokens, repeat(_TENS_WORDS)))
    for token in maybe:
        if token not in _DIGIT_WORDS and (
            (token.endswith(_TENS_WORDS) and _COMPOUND.fullmatch(token))
            or ("honderd" in token and _HUNDRED.fullmatch(token))
        ):
            words += 2
    return words >= 1 and (numbers + words >= 5 or (numbers + words >= 3 and "honderd" in lower))  # 3: a BSN


def spelled_number_spans(text: str, lower: str) -> Iterator[Span]:
    """A run of number words (and digit groups), at least one of them spelled out: worth 9–13 digits with a
    zero or a plus word, or starting with digits that start with a zero ("06 vijf acht …"), a phone number (one
    starts with a zero or a plus); 13–19 digits one by one that pass the Luhn check, a card; 5–12 up to 120
    characters after a customer-number cue (a corrected one too: "… nee wacht, acht drie …"), that number. Texts
    without any of those words are not searched."""
    phone = any(hint in lower for hint in _ZERO_HINTS)
    card = any(hint in lower for hint in _CARD_HINTS)
    cued = any(hint in lower for hint in _NUMBER_HINTS)
    bsn = any(hint in lower for hint in _BSN_HINTS)
    if not (phone or card or cued or bsn or "0" in lower):
        return
    pieces = _SPLIT.split(lower)
    if not _enough_number_words(pieces, lower) and (
        _HESITATION_SAID.search(lower) is None  # a hesitation is a piece: a set says so where that is exact
        if not plain_lower(lower)
        else _HESITATION_WORDS.isdisjoint(pieces)
    ):
        return
    for match in _RUN.finditer(text):
        tokens = _TOKEN.findall(match.group(0))
        if all(token[0].isdigit() for token in tokens) and not _HESITATION_SAID.search(match.group(0)):
            continue  # digits alone are the digit rules' (unless a hesitation split them: "297, uhm, 977, 532")
        words = [token.lower() for token in tokens if not token[0].isdigit()]
        if tokens[0][0].isdigit() and words and all(word in _NOT_SAID_AFTER for word in words):
            continue  # "call 088-009 1111 for status", "Quote 2025-0413 for double glazing": words, no misheard four
        count = sum(_digit_count(token) for token in tokens) - _tens_then_unit(tokens)
        said, value = _spoken_digits(tokens), _said_value(tokens)
        if bsn and any(len(v) == 9 and elfproef_ok(v) for v in (said, value)):
            yield match.start(), match.end(), "BSN"  # a BSN asked for and passing its check, not a phone number
        elif (
            (phone or tokens[0][0] == "0")
            and 9 <= count <= 13
            and not (said and luhn_ok(said) and card and count >= 13)
        ):
            yield match.start(), match.end(), "PHONE"
        elif (card or len(said) >= 15) and any(13 <= len(v) <= 19 and luhn_ok(v) for v in (said, value)):
            yield match.start(), match.end(), "CARD"
        elif cued and 5 <= count <= 12 and _NUMBER_CUE.search(text, max(0, match.start() - 120), match.start()):
            yield match.start(), match.end(), "CUSTOMER_NUMBER"
