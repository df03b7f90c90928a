"""Check digits and digit writings of the held-out split test_v69: IBAN mod 97 (with the Belgian national check),
the BSN eleven test, Luhn card numbers, digit groups and numbers read out in Dutch and English."""

from __future__ import annotations

import random

_NL_UNITS = ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
_NL_TEENS = (
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
_NL_TENS = ("", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")
_EN_UNITS = ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def numerals(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def cut(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    """cut('0612345678', (2, 4, 4)) -> '06 1234 5678'; whatever the sizes leave over goes in a last group."""
    pieces, start = [], 0
    for size in sizes:
        pieces.append(text[start : start + size])
        start += size
    if start < len(text):
        pieces.append(text[start:])
    return sep.join(piece for piece in pieces if piece)


def with_iban_check(country: str, bban: str) -> str:
    moved = bban.upper() + country + "00"
    as_number = int("".join(str(int(ch, 36)) for ch in moved))
    return f"{country}{98 - as_number % 97:02d}{bban.upper()}"


def belgian_bban(rng: random.Random) -> str:
    body = rng.choice(("001", "068", "063", "363", "735", "143", "751")) + numerals(rng, 7)
    national = int(body) % 97 or 97
    return f"{body}{national:02d}"


def passes_eleven_test(number: str) -> bool:
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return len(number) == 9 and sum(int(d) * w for d, w in zip(number, weights, strict=True)) % 11 == 0


def burgerservicenummer(rng: random.Random) -> str:
    while True:
        head = rng.choice("123456789") + numerals(rng, 7)
        rest = sum(int(d) * w for d, w in zip(head, range(9, 1, -1), strict=True)) % 11
        if rest != 10 and passes_eleven_test(head + str(rest)):
            return head + str(rest)


def luhn_digit(partial: str) -> str:
    total = 0
    for position, ch in enumerate(reversed(partial)):
        value = int(ch) * 2 if position % 2 == 0 else int(ch)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


def card_number(rng: random.Random, head: str, length: int) -> str:
    partial = head + numerals(rng, length - 1 - len(head))
    return partial + luhn_digit(partial)


def dutch_two_digits(pair: str) -> str:
    tens, units = int(pair[0]), int(pair[1])
    if tens == 0:
        return f"nul {_NL_UNITS[units]}"
    if tens == 1:
        return _NL_TEENS[units]
    if units == 0:
        return _NL_TENS[tens]
    unit = _NL_UNITS[units]
    joiner = "ën" if unit.endswith("e") else "en"
    return f"{unit}{joiner}{_NL_TENS[tens]}"


def say_digits(number: str, lang: str) -> str:
    words = _NL_UNITS if lang == "nl" else _EN_UNITS
    return " ".join(words[int(ch)] for ch in number)


def say_english_doubles(number: str) -> str:
    """'0644' -> 'oh six double four', as British and Ghanaian callers say it."""
    spoken, index = [], 0
    while index < len(number):
        if index + 1 < len(number) and number[index] == number[index + 1]:
            spoken.append(f"double {_EN_UNITS[int(number[index])]}")
            index += 2
        else:
            spoken.append(_EN_UNITS[int(number[index])])
            index += 1
    return " ".join(spoken)
