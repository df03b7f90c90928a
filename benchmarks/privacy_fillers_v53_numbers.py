"""Number helpers of test_v53's fillers: check digits (mod 97, elfproef, Luhn), grouping and numbers read aloud."""

from __future__ import annotations

import random

NL_UNITS = ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
NL_TEENS = ("tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien")
NL_TENS = ("", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")
EN_UNITS = ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
EN_TEENS = (
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def digits(rng: random.Random, count: int, lead: bool = False) -> str:
    """`count` random digits; with `lead` the first one is not 0."""
    text = "".join(str(rng.randrange(10)) for _ in range(count))
    return (str(rng.randint(1, 9)) + text[1:]) if lead and text else text


def split_in(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, at = [], 0
    for size in sizes:
        out.append(text[at : at + size])
        at += size
    if at < len(text):
        out.append(text[at:])
    return sep.join(piece for piece in out if piece)


def iban_for(country: str, bban: str) -> str:
    numeric = "".join(str(int(char, 36)) for char in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def belgian_bban(rng: random.Random) -> str:
    body = digits(rng, 10)
    check = int(body) % 97 or 97
    return f"{body}{check:02d}"


def elfproef(rng: random.Random) -> str:
    while True:
        head = [rng.randrange(10) for _ in range(8)]
        rest = sum(d * w for d, w in zip(head, (9, 8, 7, 6, 5, 4, 3, 2), strict=True)) % 11
        if rest < 10 and any(head):
            return "".join(map(str, head)) + str(rest)


def luhn(body: str) -> str:
    total = 0
    for index, char in enumerate(reversed(body)):
        value = int(char) * (1 if index % 2 else 2)
        total += value - 9 if value > 9 else value
    return body + str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    return luhn(number[:-1]) == number


def nl_number(value: int) -> str:
    """0..99 in Dutch words: 7 -> zeven, 23 -> drieëntwintig, 81 -> eenentachtig."""
    if value < 10:
        return NL_UNITS[value]
    if value < 20:
        return NL_TEENS[value - 10]
    tens, unit = divmod(value, 10)
    if not unit:
        return NL_TENS[tens]
    joint = "ën" if NL_UNITS[unit].endswith("e") else "en"
    return f"{NL_UNITS[unit]}{joint}{NL_TENS[tens]}"


def en_number(value: int) -> str:
    if value < 10:
        return EN_UNITS[value]
    if value < 20:
        return EN_TEENS[value - 10]
    tens, unit = divmod(value, 10)
    return EN_TENS[tens] + (f"-{EN_UNITS[unit]}" if unit else "")


def say_digits(text: str, lang: str) -> str:
    units = NL_UNITS if lang == "nl" else EN_UNITS
    return " ".join(units[int(char)] for char in text)


def say_pairs(text: str, lang: str) -> str:
    """'0612345678' -> 'nul zes, twaalf, vierendertig, ...': the first two digits alone, then pairs."""
    word = nl_number if lang == "nl" else en_number
    head = say_digits(text[:2], lang)
    pairs = [text[i : i + 2] for i in range(2, len(text), 2)]
    return ", ".join([head, *(say_digits(p, lang) if p[0] == "0" else word(int(p)) for p in pairs)])


def say_year(year: int, lang: str) -> str:
    word = nl_number if lang == "nl" else en_number
    high, low = divmod(year, 100)
    if high == 20:
        return ("tweeduizend" + (f" {word(low)}" if low else "")) if lang == "nl" else f"two thousand and {word(low)}"
    return f"{word(high)} {word(low)}"
