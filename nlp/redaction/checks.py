"""Checksums that tell an identifier from a look-alike number: a random digit string rarely passes them."""

from __future__ import annotations

import re

_NON_DIGIT = re.compile(r"\D")
_NON_ALNUM = re.compile(r"[^0-9A-Za-z]")


def digits(text: str) -> str:
    return _NON_DIGIT.sub("", text)


def luhn_ok(text: str) -> bool:
    """Payment cards carry a Luhn check digit."""
    checksum = 0
    for index, char in enumerate(reversed(digits(text))):
        digit = int(char)
        if index % 2 == 1:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        checksum += digit
    return checksum % 10 == 0


def elfproef_ok(text: str) -> bool:
    """A BSN passes the Dutch eleven-test (weights 9..2 and -1)."""
    numbers = [int(d) for d in digits(text)]
    if len(numbers) != 9:
        return False
    total = sum(d * w for d, w in zip(numbers[:8], range(9, 1, -1), strict=True)) - numbers[8]
    return total % 11 == 0 and total != 0


def rijksregister_ok(text: str) -> bool:
    """A Belgian national register number: birth date YYMMDD, a serial of three, and 97 minus the first nine
    digits mod 97 (with a 2 in front for those born from 2000 on)."""
    number = digits(text)
    if len(number) != 11 or not (1 <= int(number[2:4]) <= 12 or number[2:4] in ("00", "20", "40")):
        return False
    check = int(number[9:])
    return check in (97 - int(number[:9]) % 97, 97 - int("2" + number[:9]) % 97)


def iban_ok(text: str) -> bool:
    """ISO 13616 mod-97 check: move the first four characters to the end, letters to 10..35."""
    compact = _NON_ALNUM.sub("", text).upper()
    if not 15 <= len(compact) <= 34:
        return False
    rotated = compact[4:] + compact[:4]
    return int("".join(str(int(char, 36)) for char in rotated)) % 97 == 1
