"""Check digits and number writings of the held-out split test_v68: IBAN (ISO 7064 mod 97-10), BSN (eleven test),
payment cards (Luhn) and Dutch/Flemish/English ways of reading a number out loud."""

from __future__ import annotations

import random

_UNITS_NL = ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
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
_UNITS_EN = ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_DOUBLE_EN = "double"


def numerals(rng: random.Random, count: int) -> str:
    """`count` random digits (the first may be 0)."""
    return "".join(rng.choice("0123456789") for _ in range(count))


def chunk(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    """Cut `text` into pieces of `sizes` (the rest, if any, as a last piece) joined by `sep`."""
    pieces, start = [], 0
    for size in sizes:
        if start < len(text):
            pieces.append(text[start : start + size])
        start += size
    if start < len(text):
        pieces.append(text[start:])
    return sep.join(pieces)


def mod97_iban(country: str, account: str) -> str:
    """Country + two check digits + account, so that the whole passes ISO 7064 mod 97-10."""
    moved = account.upper() + country.upper() + "00"
    value = int("".join(str(int(ch, 36)) for ch in moved))
    return f"{country.upper()}{98 - value % 97:02d}{account.upper()}"


def is_iban(text: str) -> bool:
    flat = "".join(ch for ch in text if ch.isalnum()).upper()
    return int("".join(str(int(ch, 36)) for ch in flat[4:] + flat[:4])) % 97 == 1


def eleven_test_number(rng: random.Random) -> str:
    """Nine digits whose weighted sum (9..2, last digit -1) is a multiple of 11."""
    while True:
        body = [rng.randint(0, 9) for _ in range(8)]
        if body[0] == 0 and body[1] == 0:
            continue
        weighted = sum(weight * digit for weight, digit in zip(range(9, 1, -1), body, strict=True))
        last = weighted % 11
        if last <= 9:
            return "".join(str(d) for d in body) + str(last)


def passes_eleven_test(text: str) -> bool:
    nums = [int(ch) for ch in text if ch.isdigit()]
    if len(nums) != 9:
        return False
    return (sum(w * d for w, d in zip(range(9, 1, -1), nums[:8], strict=True)) - nums[8]) % 11 == 0


def luhn_complete(body: str) -> str:
    """Append the one check digit that makes `body` pass the Luhn test."""
    total = 0
    for pos, ch in enumerate(reversed(body)):
        value = int(ch) * (2 if pos % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return body + str((10 - total % 10) % 10)


def passes_luhn(text: str) -> bool:
    nums = [int(ch) for ch in text if ch.isdigit()]
    total = 0
    for pos, value in enumerate(reversed(nums)):
        value *= 2 if pos % 2 else 1
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def two_digits_nl(pair: str) -> str:
    """'47' -> 'zevenenveertig', '05' -> 'nul vijf', '13' -> 'dertien'."""
    tens, units = int(pair[0]), int(pair[1])
    if tens == 0:
        return f"nul {_UNITS_NL[units]}"
    if tens == 1:
        return _TEENS_NL[units]
    if units == 0:
        return _TENS_NL[tens]
    joint = "ën" if _UNITS_NL[units].endswith("e") else "en"
    return f"{_UNITS_NL[units]}{joint}{_TENS_NL[tens]}"


def say_digits(text: str, lang: str) -> str:
    words = _UNITS_EN if lang == "en" else _UNITS_NL
    return " ".join(words[int(ch)] for ch in text if ch.isdigit())


def say_english(text: str) -> str:
    """Irish/South African habit: 'oh eight seven, double four ...'."""
    out, index = [], 0
    while index < len(text):
        if index + 1 < len(text) and text[index] == text[index + 1]:
            out.append(f"{_DOUBLE_EN} {_UNITS_EN[int(text[index])]}")
            index += 2
        else:
            out.append(_UNITS_EN[int(text[index])])
            index += 1
    return " ".join(out)
