"""Number helpers of the held-out split test_v39 (seed 181): check digits, grouping, spoken and written-out dates."""

from __future__ import annotations

import random

MONTH_NAMES = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
_UNITS_NL = "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien".split()
_TEENS_NL = {17: "zeventien", 18: "achttien", 19: "negentien"}
_TENS_NL = {
    20: "twintig",
    30: "dertig",
    40: "veertig",
    50: "vijftig",
    60: "zestig",
    70: "zeventig",
    80: "tachtig",
    90: "negentig",
}
_ORD_EN = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth", 20: "twentieth"}
_UNITS_EN = "zero one two three four five six seven eight nine".split()
_TENS_EN = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
_TEEN_EN = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()


def num(rng: random.Random, n: int) -> str:
    """n random digits, the first one may be zero."""
    return "".join(str(rng.randrange(10)) for _ in range(n))


def grouped(value: str, sizes: list[int], sep: str = " ") -> str:
    """Cut value into groups of the given sizes (the rest becomes one last group)."""
    out, pos = [], 0
    for size in sizes:
        if pos >= len(value):
            break
        out.append(value[pos : pos + size])
        pos += size
    if pos < len(value):
        out.append(value[pos:])
    return sep.join(out)


def with_luhn(body: str) -> str:
    """Append the Luhn check digit to body."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def bsn_number(rng: random.Random) -> str:
    """A nine-digit number that passes the eleven test (weights 9..2 and -1)."""
    while True:
        head = str(rng.randint(1, 6)) + num(rng, 7)
        s = sum(int(c) * w for c, w in zip(head, range(9, 1, -1), strict=True))
        last = s % 11
        if last < 10:
            return head + str(last)


def make_iban(country: str, bban: str) -> str:
    """Country code, mod-97 check digits and the BBAN."""
    shifted = bban + country + "00"
    numeric = "".join(str(int(ch, 36)) for ch in shifted)
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def dutch_number(n: int) -> str:
    """Numbers 0..99 written out in Dutch (eenentwintig, achtenzestig...)."""
    if n < len(_UNITS_NL):
        return _UNITS_NL[n]
    if n in _TEENS_NL:
        return _TEENS_NL[n]
    tens, unit = n - n % 10, n % 10
    if unit == 0:
        return _TENS_NL[tens]
    link = "ën" if _UNITS_NL[unit].endswith("e") else "en"
    return f"{_UNITS_NL[unit]}{link}{_TENS_NL[tens]}"


def english_number(n: int) -> str:
    if n < 10:
        return _UNITS_EN[n]
    if n < 20:
        return _TEEN_EN[n - 10]
    tens, unit = divmod(n, 10)
    return _TENS_EN[tens] + (f"-{_UNITS_EN[unit]}" if unit else "")


def english_ordinal(n: int) -> str:
    if n in _ORD_EN:
        return _ORD_EN[n]
    if n > 20 and n % 10 in _ORD_EN:
        return f"{_TENS_EN[n // 10]}-{_ORD_EN[n % 10]}"
    return english_number(n) + "th"


def year_words(year: int, lang: str) -> str:
    """1987 -> negentien zevenentachtig / nineteen eighty-seven; 2004 -> tweeduizend vier / two thousand four."""
    hundreds, rest = divmod(year, 100)
    if lang == "nl":
        if hundreds == 20:
            return "tweeduizend" + (f" {dutch_number(rest)}" if rest else "")
        return f"negentienhonderd{dutch_number(rest)}" if rest < 13 else f"negentien {dutch_number(rest)}"
    if hundreds == 20:
        return "two thousand" + (f" and {english_number(rest)}" if rest else "")
    return f"nineteen {english_number(rest)}" if rest >= 10 else f"nineteen oh {english_number(rest)}"


def read_out(value: str, lang: str, rng: random.Random) -> str:
    """Digits read out one by one or in pairs, as a caller does on the phone."""
    words = _UNITS_NL[:10] if lang == "nl" else _UNITS_EN
    if rng.random() < 0.5:
        return " ".join(words[int(c)] if c.isdigit() else c for c in value)
    pairs = [value[i : i + 2] for i in range(0, len(value), 2)]
    say = dutch_number if lang == "nl" else english_number
    return " ".join((words[0] + " " + words[int(p[1])]) if len(p) == 2 and p[0] == "0" else say(int(p)) for p in pairs)
