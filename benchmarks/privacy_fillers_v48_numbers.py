"""Number helpers of test_v48's fillers: check digits (mod 97, elfproef, Luhn, Belgian and Portuguese account
checks, French RIB key), grouping, and Dutch and English numbers read aloud. Written from scratch."""

from __future__ import annotations

import random

UNITS_NL = ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
UNITS_EN = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS_NL = (
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
)
_TENS_NL = ("", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")
_TEENS_EN = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
             "nineteen")  # fmt: skip
_TENS_EN = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
MONTHS = {
    "nl": ("januari februari maart april mei juni juli augustus september oktober november december").split(),
    "en": ("January February March April May June July August September October November December").split(),
}
MONTHS_SHORT_NL = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
LETTERS_SPOKEN_NL = {
    "A": "Anton", "B": "Bernard", "C": "Cornelis", "D": "Dirk", "E": "Eduard", "F": "Ferdinand", "G": "Gerard",
    "H": "Hendrik", "I": "Izaak", "J": "Johan", "K": "Karel", "L": "Lodewijk", "M": "Maria", "N": "Nico",
    "O": "Otto", "P": "Pieter", "Q": "Quirinus", "R": "Richard", "S": "Simon", "T": "Theodoor", "U": "Utrecht",
    "V": "Victor", "W": "Willem", "X": "Xantippe", "Y": "Ypsilon", "Z": "Zaandam",
}  # fmt: skip


def digits(rng: random.Random, count: int, lead: bool = False) -> str:
    """`count` random digits; `lead` keeps the first one from being 0."""
    out = [str(rng.randint(1 if lead and not i else 0, 9)) for i in range(count)]
    return "".join(out)


def chunk(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    """Cuts `text` into pieces of the given sizes (the rest goes into a last piece)."""
    pieces, start = [], 0
    for size in sizes:
        pieces.append(text[start : start + size])
        start += size
    if start < len(text):
        pieces.append(text[start:])
    return sep.join(piece for piece in pieces if piece)


def by_four(text: str, sep: str = " ") -> str:
    return sep.join(text[i : i + 4] for i in range(0, len(text), 4))


def _as_number(text: str) -> int:
    return int("".join(str(int(char, 36)) for char in text.upper()))


def with_iban_check(country: str, bban: str) -> str:
    check = 98 - _as_number(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def belgian_bban(rng: random.Random) -> str:
    body = digits(rng, 10, lead=True)
    rest = int(body) % 97
    return body + f"{rest or 97:02d}"


def portuguese_bban(rng: random.Random) -> str:
    body = rng.choice(("0035", "0033", "0007", "0010", "0036")) + digits(rng, 4) + digits(rng, 11)
    return body + f"{98 - int(body) * 100 % 97:02d}"


def french_bban(rng: random.Random) -> str:
    bank, branch, account = digits(rng, 5, lead=True), digits(rng, 5), digits(rng, 11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return f"{bank}{branch}{account}{key:02d}"


def elfproef(rng: random.Random) -> str:
    """A nine-digit number passing the Dutch eleven test (weights 9..2 and -1)."""
    while True:
        head = digits(rng, 8)
        if head[:2] == "00":
            continue
        total = sum(int(d) * w for d, w in zip(head, (9, 8, 7, 6, 5, 4, 3, 2), strict=True))
        last = total % 11
        if last <= 9:
            return head + str(last)


def luhn_finish(partial: str) -> str:
    """Appends the Luhn check digit."""
    total = 0
    for position, char in enumerate(reversed(partial)):
        value = int(char)
        if position % 2 == 0:
            value *= 2
            value = value - 9 if value > 9 else value
        total += value
    return partial + str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    return luhn_finish(number[:-1]) == number


def say_digits(text: str, lang: str, sep: str = " ") -> str:
    units = UNITS_NL if lang == "nl" else UNITS_EN
    return sep.join(units[int(char)] if char.isdigit() else char for char in text if char != " ")


def number_nl(value: int) -> str:
    """0..99 in Dutch words: 'zevenenveertig', 'drieëntwintig'."""
    if value < 10:
        return UNITS_NL[value]
    if value < 20:
        return _TEENS_NL[value - 10]
    tens, unit = divmod(value, 10)
    if not unit:
        return _TENS_NL[tens]
    glue = "ën" if UNITS_NL[unit].endswith("e") else "en"
    return f"{UNITS_NL[unit]}{glue}{_TENS_NL[tens]}"


def number_en(value: int) -> str:
    if value < 10:
        return UNITS_EN[value]
    if value < 20:
        return _TEENS_EN[value - 10]
    tens, unit = divmod(value, 10)
    return _TENS_EN[tens] + (f"-{UNITS_EN[unit]}" if unit else "")


def pairs_nl(text: str) -> str:
    """Reads digits two by two the Dutch way: '0612' -> 'nul zes twaalf'; a leading 0 is read alone."""
    words = []
    for index in range(0, len(text), 2):
        pair = text[index : index + 2]
        if pair[0] == "0" or len(pair) == 1:
            words += [UNITS_NL[int(char)] for char in pair]
        else:
            words.append(number_nl(int(pair)))
    return " ".join(words)


def year_nl(year: int) -> str:
    century, rest = divmod(year, 100)
    if century == 20:
        return "tweeduizend" + (number_nl(rest) if rest else "")
    return f"negentien {number_nl(rest)}" if rest >= 10 else f"negentienhonderd{UNITS_NL[rest] if rest else ''}"


def year_en(year: int) -> str:
    century, rest = divmod(year, 100)
    if century == 20:
        return "two thousand" + (f" and {number_en(rest)}" if rest else "")
    return f"nineteen {number_en(rest)}" if rest >= 10 else f"nineteen oh {UNITS_EN[rest]}"


def ordinal_en(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"
