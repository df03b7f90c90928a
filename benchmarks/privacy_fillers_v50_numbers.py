"""Number helpers of test_v50's fillers: check digits (mod 97, eleven test, Luhn), chunking and numbers said
aloud in Dutch and English, written from scratch for this split."""

from __future__ import annotations

import random

UNITS_NL = ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
TEENS_NL = ("tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien")
TENS_NL = ("", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")
UNITS_EN = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEENS_EN = (
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
TENS_EN = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
ROMAN_MONTHS = "I II III IV V VI VII VIII IX X XI XII".split()
# Spelling alphabet Dutch agents use for postcode letters.
SPELLING_NL = {
    "A": "Anton", "B": "Bernard", "C": "Cornelis", "D": "Dirk", "E": "Eduard", "G": "Gerard", "H": "Hendrik",
    "J": "Johan", "K": "Karel", "L": "Lodewijk", "M": "Maria", "N": "Nico", "P": "Pieter", "R": "Rudolf",
    "S": "Simon", "T": "Teunis", "V": "Victor", "W": "Willem", "X": "Xantippe", "Z": "Zaandam",
}  # fmt: skip


def digits(rng: random.Random, count: int, lead: str = "") -> str:
    """`count` random digits after an optional fixed lead; a lead of '' lets the first digit be anything."""
    return lead + "".join(rng.choice("0123456789") for _ in range(count))


def chunk(text: str, *sizes: int, sep: str = " ") -> str:
    """Split text in pieces of the given sizes (the last size repeats until the text is used up)."""
    out, at, index = [], 0, 0
    while at < len(text):
        size = sizes[min(index, len(sizes) - 1)]
        out.append(text[at : at + size])
        at, index = at + size, index + 1
    return sep.join(out)


def mod97_check(country: str, bban: str) -> str:
    """The whole IBAN for a country code and national account part."""
    moved = "".join(str(int(ch, 36)) for ch in bban.upper() + country + "00")
    return f"{country}{98 - int(moved) % 97:02d}{bban}"


def belgian_bban(rng: random.Random) -> str:
    """Twelve digits whose last two are the first ten modulo 97 (97 when that is 0)."""
    head = digits(rng, 9, rng.choice("0123456789"))
    rest = int(head) % 97 or 97
    return f"{head}{rest:02d}"


def eleven_test(rng: random.Random) -> str:
    """A BSN: nine digits, weights 9..2 and -1, sum divisible by 11, first digit not 0."""
    while True:
        body = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        total = sum(value * weight for value, weight in zip(body, range(9, 1, -1), strict=True))
        last = total % 11
        if last != 10:
            return "".join(str(value) for value in body) + str(last)


def luhn_digit(body: str) -> str:
    doubled = True
    total = 0
    for char in reversed(body):
        value = int(char) * (2 if doubled else 1)
        total += value // 10 + value % 10
        doubled = not doubled
    return str(-total % 10)


def card_number(rng: random.Random, lead: str, length: int) -> str:
    body = digits(rng, length - len(lead) - 1, lead)
    return body + luhn_digit(body)


def pair_nl(pair: str) -> str:
    """Two digits as a Dutch number word: '07' -> 'nul zeven', '34' -> 'vierendertig', '22' -> 'tweeëntwintig'."""
    tens, unit = int(pair[0]), int(pair[1])
    if tens == 0:
        return f"nul {UNITS_NL[unit]}"
    if tens == 1:
        return TEENS_NL[unit]
    if unit == 0:
        return TENS_NL[tens]
    word = UNITS_NL[unit]
    return f"{word}{'ën' if word.endswith('e') else 'en'}{TENS_NL[tens]}"


def pair_en(pair: str) -> str:
    tens, unit = int(pair[0]), int(pair[1])
    if tens == 0:
        return f"oh {UNITS_EN[unit]}"
    if tens == 1:
        return TEENS_EN[unit]
    return TENS_EN[tens] + (f"-{UNITS_EN[unit]}" if unit else "")


def say_digits(number: str, lang: str, rng: random.Random) -> str:
    """Digits said one by one, or (Dutch, sometimes English) in pairs after the first two single digits."""
    plain = [ch for ch in number if ch.isdigit()]
    units = UNITS_NL if lang == "nl" else UNITS_EN
    style = rng.choice(("single", "single", "pairs", "mixed"))
    if style == "single":
        sep = rng.choice((" ", ", ", " "))
        return sep.join(units[int(ch)] for ch in plain)
    head, tail = plain[:2], "".join(plain[2:])
    pairs = [tail[i : i + 2] for i in range(0, len(tail), 2)]
    say = pair_nl if lang == "nl" else pair_en
    spoken = [say(p) if len(p) == 2 else units[int(p)] for p in pairs]
    if style == "mixed":
        spoken = [
            word if rng.random() < 0.5 else " ".join(units[int(ch)] for ch in raw)
            for word, raw in zip(spoken, pairs, strict=True)
        ]
    return " ".join([*(units[int(ch)] for ch in head), *spoken])


def year_words_nl(year: int) -> str:
    century, rest = divmod(year, 100)
    last = "" if rest == 0 else UNITS_NL[rest] if rest < 10 else pair_nl(f"{rest:02d}")
    if century == 20:
        return f"tweeduizend{last}"
    if rest < 10:
        return f"{TEENS_NL[century - 10]}honderd{last}"
    return f"{TEENS_NL[century - 10]} {last}"


def ordinal_en(day: int) -> str:
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"
