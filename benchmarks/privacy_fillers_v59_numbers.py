"""Check digits and writings for the held-out split test_v59 (IBAN mod 97, BSN eleven test, Luhn), from scratch."""

from __future__ import annotations

import random

# Length of the basic bank account number (after country and check digits) and its leading letters, if any.
BBAN_SHAPES = {
    "NL": (10, 4), "BE": (12, 0), "DE": (18, 0), "AT": (16, 0), "CH": (17, 0), "FR": (23, 0), "ES": (20, 0),
    "IT": (23, 1), "PT": (21, 0), "PL": (24, 0), "CZ": (20, 0), "SK": (20, 0), "SI": (15, 0), "HR": (17, 0),
}  # fmt: skip
SPOKEN = {
    "nl": ("nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"),
    "en": ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
}


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def mod97_iban(country: str, bban: str) -> str:
    """The IBAN with check digits such that the number read from bban + country + check is 1 modulo 97."""
    numeric = "".join(str(int(ch, 36)) for ch in (bban + country + "00").upper())
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def iban_valid(iban: str) -> bool:
    compact = iban.replace(" ", "").replace("-", "").replace(".", "").upper()
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def eleven_test_bsn(rng: random.Random) -> str:
    while True:
        body = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        rest = sum(weight * d for weight, d in zip(range(9, 1, -1), body, strict=True)) % 11
        if rest != 10:
            return "".join(map(str, body)) + str(rest)


def bsn_valid(text: str) -> bool:
    nums = [int(ch) for ch in text if ch.isdigit()]
    if len(nums) == 8:
        nums = [0, *nums]
    total = sum(w * d for w, d in zip(range(9, 1, -1), nums[:8], strict=True)) - nums[8]
    return len(nums) == 9 and total % 11 == 0


def luhn_finish(body: str) -> str:
    """Append the Luhn digit to body."""
    total = 0
    for position, ch in enumerate(reversed(body)):
        value = int(ch) * (2 if position % 2 == 0 else 1)
        total += value // 10 + value % 10
    return body + str((10 - total % 10) % 10)


def luhn_valid(text: str) -> bool:
    nums = [int(ch) for ch in text if ch.isdigit()]
    total = 0
    for position, value in enumerate(reversed(nums)):
        value = value * 2 if position % 2 else value
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def chunks(text: str, size: int, sep: str = " ") -> str:
    return sep.join(text[i : i + size] for i in range(0, len(text), size))


def split_at(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, start = [], 0
    for size in sizes:
        out.append(text[start : start + size])
        start += size
    if start < len(text):
        out.append(text[start:])
    return sep.join(out)


def say_digits(text: str, lang: str, sep: str = " ") -> str:
    words = SPOKEN["nl" if lang == "nl" else "en"]
    return sep.join(words[int(ch)] if ch.isdigit() else ch for ch in text if ch.strip())
