"""Check digits and writings for the held-out split test_v62 (IBAN mod 97, BSN eleven test, Luhn), from scratch."""

from __future__ import annotations

import random

# Digits of the account number after the check digits, and the bank letters in front of them (NL only).
BBAN = {"NL": (10, 4), "BE": (12, 0), "DE": (18, 0), "FR": (23, 0), "LU": (16, 0), "TR": (22, 0)}
SAID = {
    "nl": ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"),
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
}


def numerals(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


def with_iban_check(country: str, bban: str) -> str:
    moved = "".join(str(int(ch, 36)) for ch in (bban + country + "00").upper())
    return f"{country}{98 - int(moved) % 97:02d}{bban}"


def iban_ok(iban: str) -> bool:
    compact = "".join(ch for ch in iban if ch.isalnum()).upper()
    return int("".join(str(int(ch, 36)) for ch in compact[4:] + compact[:4])) % 97 == 1


def bsn_number(rng: random.Random) -> str:
    while True:
        body = [rng.randint(1, 6)] + [rng.randint(0, 9) for _ in range(7)]
        rest = sum(w * d for w, d in zip(range(9, 1, -1), body, strict=True)) % 11
        if rest < 10:
            return "".join(map(str, body)) + str(rest)


def bsn_ok(text: str) -> bool:
    nums = [int(ch) for ch in text if ch.isdigit()]
    if len(nums) != 9:
        return False
    return (sum(w * d for w, d in zip(range(9, 1, -1), nums[:8], strict=True)) - nums[8]) % 11 == 0


def luhn(body: str) -> str:
    total = 0
    for index, ch in enumerate(reversed(body)):
        value = int(ch) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return body + str(-total % 10)


def luhn_ok(text: str) -> bool:
    nums = [int(ch) for ch in text if ch.isdigit()]
    total = 0
    for index, value in enumerate(reversed(nums)):
        value = value * 2 if index % 2 else value
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def blocks(text: str, size: int, sep: str = " ") -> str:
    return sep.join(text[i : i + size] for i in range(0, len(text), size))


def cut(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, start = [], 0
    for size in sizes:
        out.append(text[start : start + size])
        start += size
    if start < len(text):
        out.append(text[start:])
    return sep.join(part for part in out if part)


def spell(text: str, lang: str, sep: str = " ") -> str:
    words = SAID["en" if lang == "en" else "nl"]
    return sep.join(words[int(ch)] for ch in text if ch.isdigit())
