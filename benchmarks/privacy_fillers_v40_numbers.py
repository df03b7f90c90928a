"""Number helpers of test_v40's fillers (check digits, grouping, read-aloud digits), written from scratch."""

from __future__ import annotations

import random

DIGIT_WORDS = {
    "nl": ("nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"),
    "en": ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
}
MONTH_NAMES = {
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip
DAY_WORDS_NL = (
    "eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde dertiende veertiende "
    "vijftiende zestiende zeventiende achttiende negentiende twintigste eenentwintigste tweeëntwintigste "
    "drieëntwintigste vierentwintigste vijfentwintigste zesentwintigste zevenentwintigste achtentwintigste"
).split()


def ordinal_en(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def numeric(rng: random.Random, length: int, first_nonzero: bool = False) -> str:
    out = [str(rng.randrange(10)) for _ in range(length)]
    if first_nonzero and out:
        out[0] = str(rng.randrange(1, 10))
    return "".join(out)


def grouped(text: str, sizes: tuple[int, ...] | list[int], joiner: str = " ") -> str:
    """Cut text into consecutive pieces of the given sizes; whatever is left forms a last piece."""
    pieces, position = [], 0
    for size in sizes:
        if position >= len(text):
            break
        pieces.append(text[position : position + size])
        position += size
    if position < len(text):
        pieces.append(text[position:])
    return joiner.join(pieces)


def with_luhn(body: str) -> str:
    """Append the Luhn check digit to body."""
    total = 0
    for position, char in enumerate(reversed(body)):
        value = int(char)
        if position % 2 == 0:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return body + str((10 - total % 10) % 10)


def make_iban(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    as_number = int("".join(str(int(ch, 36)) for ch in rearranged))
    return f"{country}{98 - as_number % 97:02d}{bban}"


def make_bsn(rng: random.Random) -> str:
    """A nine-digit number that passes the Dutch eleven test."""
    while True:
        head = numeric(rng, 8, first_nonzero=rng.random() < 0.8)
        weighted = sum(int(d) * w for d, w in zip(head, (9, 8, 7, 6, 5, 4, 3, 2), strict=True))
        last = weighted % 11
        if last <= 9:
            return head + str(last)


def read_aloud(number: str, lang: str, rng: random.Random) -> str:
    """Digits spoken one by one, sometimes in pairs of tens in Dutch ('zesenveertig') or 'double' in English."""
    words = DIGIT_WORDS[lang]
    clean = [c for c in number if c.isdigit()]
    out: list[str] = []
    position = 0
    while position < len(clean):
        current = clean[position]
        nxt = clean[position + 1] if position + 1 < len(clean) else None
        if lang == "en" and nxt == current and rng.random() < 0.4:
            out.append(f"double {words[int(current)]}")
            position += 2
            continue
        if lang == "nl" and nxt is not None and current not in "01" and nxt != "0" and rng.random() < 0.3:
            tens = ("", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")
            unit = ("", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")[int(nxt)]
            glue = "ën" if unit.endswith("e") else "en"
            out.append(f"{unit}{glue}{tens[int(current)]}")
            position += 2
            continue
        out.append(words[int(current)])
        position += 1
    return " ".join(out)
