"""Check digits and number helpers of test_v38's fillers, written from scratch for this split."""

from __future__ import annotations

import random

WORDS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def chunks(text: str, sizes: list[int], sep: str = " ") -> str:
    out, at = [], 0
    for size in sizes:
        out.append(text[at : at + size])
        at += size
    if at < len(text):
        out.append(text[at:])
    return sep.join(piece for piece in out if piece)


def luhn(partial: str) -> str:
    for check in "0123456789":
        total = 0
        for index, char in enumerate(reversed(partial + check)):
            value = int(char) * (2 if index % 2 else 1)
            total += value - 9 if value > 9 else value
        if total % 10 == 0:
            return partial + check
    raise ValueError(partial)


def iban(country: str, bban: str) -> str:
    moved = "".join(str(int(char, 36)) for char in bban + country + "00")
    return f"{country}{98 - int(moved) % 97:02d}{bban}"


def elfproef(rng: random.Random) -> str:
    while True:
        body = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        rest = sum(d * w for d, w in zip(body, range(9, 1, -1), strict=True)) % 11
        if rest < 10:
            return "".join(map(str, body)) + str(rest)


def spoken(number: str, lang: str, rng: random.Random) -> str:
    """Digits read out one by one; a Dutch speaker sometimes says 'dubbel' for a repeated digit."""
    words, out, index = WORDS[lang], [], 0
    while index < len(number):
        char = number[index]
        if not char.isdigit():
            index += 1
            continue
        repeat = index + 1 < len(number) and number[index + 1] == char
        if repeat and rng.random() < 0.5:
            out.append(("dubbel " if lang == "nl" else "double ") + words[int(char)])
            index += 2
        else:
            out.append(words[int(char)])
            index += 1
    return " ".join(out)
