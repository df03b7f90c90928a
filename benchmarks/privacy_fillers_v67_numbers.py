"""Check digits and writings of the held-out split test_v67: IBAN mod 97, BSN eleven test, Luhn, OCR confusions
and the odd spacing of assistive typing."""

from __future__ import annotations

import random

SAID = {
    "nl": ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"),
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
}
# What a scanner reads in handwriting: the digit on the left as the letter on the right.
OCR_SWAPS = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z"}


def nums(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def mod97_iban(country: str, bban: str) -> str:
    """Country code, two check digits such that the whole number mod 97 is 1, then the account part."""
    moved = (bban + country).upper()
    value = int("".join(str(int(ch, 36)) for ch in moved) + "00")
    return f"{country}{98 - value % 97:02d}{bban}"


def iban_ok(iban: str) -> bool:
    flat = iban.replace(" ", "").replace(".", "").replace("-", "").upper()
    return int("".join(str(int(ch, 36)) for ch in flat[4:] + flat[:4])) % 97 == 1


def bsn_number(rng: random.Random) -> str:
    """Nine digits with 9*a + 8*b + ... + 2*h - 1*i divisible by 11."""
    while True:
        head = str(rng.randint(1, 9)) + nums(rng, 7)
        total = sum(int(d) * w for d, w in zip(head, (9, 8, 7, 6, 5, 4, 3, 2), strict=True))
        last = total % 11
        if last <= 9:
            return head + str(last)


def luhn(head: str) -> str:
    """`head` plus the one check digit that makes the Luhn sum a multiple of ten."""
    total = 0
    for pos, ch in enumerate(reversed(head)):
        value = int(ch) * (2 if pos % 2 == 0 else 1)
        total += value if value < 10 else value - 9
    return head + str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    flat = [int(ch) for ch in number if ch.isdigit()]
    total = 0
    for pos, value in enumerate(reversed(flat)):
        value = value * 2 if pos % 2 else value
        total += value if value < 10 else value - 9
    return total % 10 == 0


def chunks(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    parts, at = [], 0
    for size in sizes:
        parts.append(text[at : at + size])
        at += size
    parts.append(text[at:])
    return sep.join(part for part in parts if part)


def say(text: str, lang: str) -> str:
    return " ".join(SAID[lang][int(ch)] for ch in text if ch.isdigit())


def ocr(rng: random.Random, text: str, rate: float = 0.35) -> str:
    """Some digits read as look-alike letters; at least one when there is a candidate."""
    spots = [i for i, ch in enumerate(text) if ch in OCR_SWAPS]
    if not spots:
        return text
    chosen = {rng.choice(spots)} | {i for i in spots if rng.random() < rate}
    return "".join(OCR_SWAPS[ch] if i in chosen else ch for i, ch in enumerate(text))


def spaced(text: str) -> str:
    """Assistive typing: a space between every character, two where a space was."""
    return " ".join("" if ch == " " else ch for ch in text).replace("   ", "  ")
