"""Checksum and spelling helpers of test_v55, written from the formats' public definitions."""

from __future__ import annotations

import random

SPOKEN = {
    "nl": ("nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"),
    "en": ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
}
MONTHS = {
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "nl_long": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def digits(rng: random.Random, count: int, first_nonzero: bool = False) -> str:
    out = "".join(rng.choice("0123456789") for _ in range(count))
    return (rng.choice("123456789") + out[1:]) if first_nonzero and out else out


def mod97_iban(country: str, bban: str) -> str:
    """ISO 13616: move country + '00' to the end, letters to numbers, 98 - (n mod 97)."""
    numeric = "".join(str(int(char, 36)) for char in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def elfproef(rng: random.Random) -> str:
    """A BSN: 9 digits where 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is divisible by 11."""
    while True:
        head = [rng.randint(0, 9) for _ in range(8)]
        if head[0] == 0:
            continue
        rest = sum(w * d for w, d in zip(range(9, 1, -1), head, strict=True)) % 11
        if rest < 10:
            return "".join(map(str, head)) + str(rest)


def luhn(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + digits(rng, length - len(prefix) - 1)
    total = 0
    for position, char in enumerate(reversed(body)):
        value = int(char) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return body + str((10 - total % 10) % 10)


def chunks(text: str, size: int, sep: str = " ") -> str:
    return sep.join(text[i : i + size] for i in range(0, len(text), size))


def split_at(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, pos = [], 0
    for size in sizes:
        out.append(text[pos : pos + size])
        pos += size
    return sep.join(out)


def say(number: str, lang: str, sep: str = " ") -> str:
    return sep.join(SPOKEN[lang][int(c)] if c.isdigit() else c for c in number)
