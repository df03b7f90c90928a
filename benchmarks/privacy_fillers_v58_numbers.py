"""Check-digit helpers of the held-out split test_v58: IBAN mod 97, BSN eleven test, card Luhn, and reading
digits aloud in Dutch, Flemish and English."""

from __future__ import annotations

import random

SAID = {
    "nl": ("nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"),
    "en": ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
}
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
TENS_NL = dict(enumerate("twintig dertig veertig vijftig zestig zeventig tachtig negentig".split(), start=2))
UNITS_NL = "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien " \
    "zeventien achttien negentien".split()  # fmt: skip


def digits(rng: random.Random, count: int, lead: str = "") -> str:
    out = lead
    while len(out) < count:
        out += str(rng.randrange(10))
    return out


def split_up(text: str, sizes: tuple[int, ...], joiner: str = " ") -> str:
    pieces, at = [], 0
    for size in sizes:
        pieces.append(text[at : at + size])
        at += size
    if at < len(text):
        pieces.append(text[at:])
    return joiner.join(piece for piece in pieces if piece)


def mod97_iban(country: str, bban: str) -> str:
    numeric = "".join(str(int(char, 36)) for char in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def eleven_test_bsn(rng: random.Random) -> str:
    while True:
        body = [rng.randint(1, 9)] + [rng.randrange(10) for _ in range(7)]
        rest = sum(digit * weight for digit, weight in zip(body, range(9, 1, -1), strict=True)) % 11
        if rest != 10:
            return "".join(str(d) for d in body) + str(rest)


def luhn_number(prefix: str, length: int, rng: random.Random) -> str:
    body = digits(rng, length - 1, prefix)
    total = 0
    for position, char in enumerate(reversed(body)):
        value = int(char) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return body + str((10 - total % 10) % 10)


def number_in_words_nl(day: int) -> str:
    if day < 20:
        return UNITS_NL[day]
    unit = day % 10
    return (
        TENS_NL[day // 10]
        if unit == 0
        else f"{UNITS_NL[unit]}en{TENS_NL[day // 10]}".replace("eeen", "eeën").replace("ieen", "ieën")
    )


def say_digits(number: str, lang: str, rng: random.Random) -> str:
    """Digit by digit, or (Dutch) partly in pairs: 'nul zes, achtendertig, ...'."""
    words = SAID[lang]
    if lang == "nl" and len(number) > 4 and rng.random() < 0.35:
        head = " ".join(words[int(c)] for c in number[:2])
        pairs = [number[i : i + 2] for i in range(2, len(number), 2)]
        said = [p if rng.random() < 0.5 else " ".join(words[int(c)] for c in p) for p in pairs]
        return f"{head}, " + ", ".join(said)
    if lang == "en" and rng.random() < 0.3:
        return " ".join(words[int(c)] for c in number).replace("oh oh", "double oh")
    return " ".join(words[int(c)] for c in number)
