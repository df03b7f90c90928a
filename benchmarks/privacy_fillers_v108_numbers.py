"""Check digits and number writings of the held-out split test_v108 (IBAN mod 97, BSN eleven test, Luhn)."""

from __future__ import annotations

import random

SPOKEN = {
    "nl": ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"),
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
}


def digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


def iban_for(country: str, bban: str) -> str:
    numeric = "".join(str(int(ch, 36)) for ch in (bban + country + "00").upper())
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def iban_valid(iban: str) -> bool:
    text = iban.replace(" ", "").replace(".", "").upper()
    return int("".join(str(int(ch, 36)) for ch in text[4:] + text[:4])) % 97 == 1


def eleven_proof(rng: random.Random) -> str:
    while True:
        head = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        rest = sum(d * w for d, w in zip(head, range(9, 1, -1), strict=True)) % 11
        if rest < 10:
            return "".join(map(str, head)) + str(rest)


def luhn_finish(head: str) -> str:
    for check in "0123456789":
        total = 0
        for pos, ch in enumerate(reversed(head + check)):
            value = int(ch) * (2 if pos % 2 else 1)
            total += value - 9 if value > 9 else value
        if total % 10 == 0:
            return head + check
    raise AssertionError(head)


def split_in(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, at = [], 0
    for size in sizes:
        out.append(text[at : at + size])
        at += size
    if at < len(text):
        out.append(text[at:])
    return sep.join(part for part in out if part)


def read_out(text: str, lang: str) -> str:
    """Digits as words; a doubled digit now and then as 'double five' / 'dubbel vijf'."""
    words, index = [], 0
    double = "double" if lang == "en" else "dubbel"
    while index < len(text):
        ch = text[index]
        if index + 1 < len(text) and text[index + 1] == ch:
            words.append(f"{double} {SPOKEN[lang][int(ch)]}")
            index += 2
        else:
            words.append(SPOKEN[lang][int(ch)])
            index += 1
    return " ".join(words)
