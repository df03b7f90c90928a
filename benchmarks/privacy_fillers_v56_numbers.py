"""Number helpers of the held-out split test_v56: check digits (mod 97, elfproef, Luhn) and ways of writing digits."""

from __future__ import annotations

import random

SAID = {
    "nl": ("nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"),
    "en": ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
}
MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}  # fmt: skip


def draw(rng: random.Random, count: int, lead: bool = False) -> str:
    """`count` random digits; `lead` keeps the first one non-zero."""
    out = [str(rng.randrange(10)) for _ in range(count)]
    if lead and out:
        out[0] = str(rng.randrange(1, 10))
    return "".join(out)


def cut(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    """Split `text` into consecutive pieces of `sizes` (the last piece takes the rest) joined by `sep`."""
    pieces, start = [], 0
    for size in sizes:
        pieces.append(text[start : start + size])
        start += size
    if start < len(text):
        pieces.append(text[start:])
    return sep.join(piece for piece in pieces if piece)


def spell(text: str, lang: str) -> str:
    """Read digits one by one; other characters are kept (lower-cased), spaces dropped."""
    words = [SAID[lang][int(char)] if char.isdigit() else char.lower() for char in text if not char.isspace()]
    return " ".join(words)


def iban_of(country: str, bban: str) -> str:
    numeric = "".join(str(int(char, 36)) for char in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def belgian_bban(rng: random.Random) -> str:
    body = draw(rng, 10, lead=True)
    check = int(body) % 97 or 97
    return f"{body}{check:02d}"


def bsn_of(rng: random.Random) -> str:
    """Nine digits passing the elfproef (9a+8b+...+2h-1i divisible by 11)."""
    while True:
        head = [rng.randrange(10) for _ in range(8)]
        if head[0] == 0 and rng.random() < 0.8:
            continue
        rest = sum(digit * weight for digit, weight in zip(head, range(9, 1, -1), strict=True)) % 11
        if rest < 10:
            return "".join(map(str, head)) + str(rest)


def luhn_of(body: str) -> str:
    """Append the Luhn check digit to `body`."""
    total = 0
    for index, char in enumerate(reversed(body)):
        value = int(char) * (1 if index % 2 else 2)
        total += value - 9 if value > 9 else value
    return body + str((10 - total % 10) % 10)
