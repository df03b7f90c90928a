"""Check digits, number words and writings of the held-out split test_v65 (IBAN mod 97, BSN eleven test, Luhn),
and the way a voice bot's speech recogniser writes numbers down: digits as words, tens as words, split tokens."""

from __future__ import annotations

import random

UNITS = {
    "nl": ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"),
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
}
_TEENS = {
    "nl": "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split(),
    "en": "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(),
}
_TENS = {
    "nl": ("", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"),
    "en": ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"),
}
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()


def digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


def iban_for(country: str, bban: str) -> str:
    numeric = "".join(str(int(ch, 36)) for ch in (bban + country + "00").upper())
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def iban_valid(iban: str) -> bool:
    text = "".join(ch for ch in iban if ch.isalnum()).upper()
    return int("".join(str(int(ch, 36)) for ch in text[4:] + text[:4])) % 97 == 1


def eleven_proof(rng: random.Random) -> str:
    while True:
        head = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        rest = sum(d * w for d, w in zip(head, range(9, 1, -1), strict=True)) % 11
        if rest < 10:
            return "".join(map(str, head)) + str(rest)


def bsn_valid(bsn: str) -> bool:
    nums = [int(ch) for ch in bsn if ch.isdigit()]
    return len(nums) == 9 and (sum(d * w for d, w in zip(nums, range(9, 1, -1), strict=False)) - nums[8]) % 11 == 0


def luhn_finish(head: str) -> str:
    for check in "0123456789":
        total = 0
        for pos, ch in enumerate(reversed(head + check)):
            value = int(ch) * (2 if pos % 2 else 1)
            total += value - 9 if value > 9 else value
        if total % 10 == 0:
            return head + check
    raise AssertionError(head)


def luhn_valid(number: str) -> bool:
    nums = [int(ch) for ch in number if ch.isdigit()]
    return luhn_finish("".join(map(str, nums[:-1]))) == "".join(map(str, nums))


def split_in(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, at = [], 0
    for size in sizes:
        out.append(text[at : at + size])
        at += size
    if at < len(text):
        out.append(text[at:])
    return sep.join(part for part in out if part)


def word_digits(text: str, lang: str) -> str:
    """'0612' -> 'nul zes een twee'."""
    return " ".join(UNITS[lang][int(ch)] for ch in text if ch.isdigit())


def word_number(value: int, lang: str) -> str:
    """0..99 as a word: 34 -> 'vierendertig' / 'thirty-four', 22 -> 'tweeëntwintig'."""
    if value < 10:
        return UNITS[lang][value]
    if value < 20:
        return _TEENS[lang][value - 10]
    tens, unit = divmod(value, 10)
    if not unit:
        return _TENS[lang][tens]
    if lang == "en":
        return f"{_TENS['en'][tens]}-{UNITS['en'][unit]}"
    joiner = "ën" if UNITS["nl"][unit].endswith("e") else "en"
    return f"{UNITS['nl'][unit]}{joiner}{_TENS['nl'][tens]}"


def word_pairs(text: str, lang: str) -> str:
    """'12345678' -> 'twaalf vierendertig zesenvijftig achtenzeventig' (a leading zero is read apart)."""
    parts = []
    for at in range(0, len(text) - 1, 2):
        pair = text[at : at + 2]
        parts.append(word_digits(pair, lang) if pair[0] == "0" else word_number(int(pair), lang))
    if len(text) % 2:
        parts.append(word_digits(text[-1], lang))
    return " ".join(parts)


def word_year(year: int, lang: str) -> str:
    if year >= 2000:
        rest = year - 2000
        head = "tweeduizend" if lang == "nl" else "two thousand"
        return head if not rest else f"{head} {word_number(rest, lang)}"
    century = "negentien" if lang == "nl" else "nineteen"
    rest = year - 1900
    return f"{century} {word_digits(str(rest), lang) if rest < 10 else word_number(rest, lang)}"


def ordinal_en(day: int) -> str:
    if day <= 20:
        return _ORDINALS[day - 1]
    return f"twenty-{_ORDINALS[day - 21]}"
