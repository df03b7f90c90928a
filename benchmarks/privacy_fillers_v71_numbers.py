"""Check digits and number writings of the held-out split test_v71 (IBAN mod 97, BSN eleven test, Luhn) and the
misreadings of an OCR engine on handwritten forms (0 for O, 1 for l, and the other way round)."""

from __future__ import annotations

import random

SPOKEN = {
    "nl": ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"),
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
}
_DIGIT_TO_LETTER = {"0": "O", "1": "l", "5": "S", "8": "B"}
_LETTER_TO_DIGIT = {"O": "0", "o": "0", "l": "1", "I": "1", "i": "1", "S": "5"}


def digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


def iban_for(country: str, bban: str) -> str:
    numeric = "".join(str(int(ch, 36)) for ch in (bban + country + "00").upper())
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def iban_valid(iban: str) -> bool:
    text = iban.replace(" ", "").upper()
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
    return " ".join(SPOKEN[lang][int(ch)] for ch in text if ch.isdigit())


def ocr_digits(rng: random.Random, text: str) -> str:
    """Misreads one to three digits as look-alike letters, 0 and 1 first: '0612' may come out as '06l2' or 'O612'."""
    spots = [at for at, ch in enumerate(text) if ch in "01"] or [
        at for at, ch in enumerate(text) if ch in _DIGIT_TO_LETTER
    ]
    if not spots:
        return text
    chosen = set(rng.sample(spots, min(len(spots), rng.randint(1, 3))))
    return "".join(_DIGIT_TO_LETTER[ch] if at in chosen else ch for at, ch in enumerate(text))


def ocr_letters(rng: random.Random, text: str) -> str:
    """Misreads one or two letters of a name as look-alike digits: 'OOSTERVELD' as '0OSTERVELD'."""
    spots = [at for at, ch in enumerate(text) if ch in _LETTER_TO_DIGIT]
    if not spots:
        return text
    chosen = set(rng.sample(spots, min(len(spots), rng.randint(1, 2))))
    return "".join(_LETTER_TO_DIGIT[ch] if at in chosen else ch for at, ch in enumerate(text))
