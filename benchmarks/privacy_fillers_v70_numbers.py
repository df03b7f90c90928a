"""Check digits and number writings of the held-out split test_v70 (IBAN mod 97, BSN eleven test, Luhn), and numbers
read out in Dutch and English words the way voice notes and speech-to-text write them ('twee nul', 'double four')."""

from __future__ import annotations

import random

DIGIT_WORDS = {
    "nl": ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"),
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
}
_TEENS = {
    "nl": ("tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"),
    "en": (
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ),
}
_TENS = {
    "nl": ("", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"),
    "en": ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"),
}


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


def split_in(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, at = [], 0
    for size in sizes:
        out.append(text[at : at + size])
        at += size
    if at < len(text):
        out.append(text[at:])
    return sep.join(part for part in out if part)


def read_out(text: str, lang: str) -> str:
    """'0620' -> 'nul zes twee nul'."""
    return " ".join(DIGIT_WORDS[lang][int(ch)] for ch in text if ch.isdigit())


def number_words(value: int, lang: str) -> str:
    """0..99 as one Dutch or English number word: 34 -> 'vierendertig' / 'thirty-four'."""
    if value < 10:
        return DIGIT_WORDS[lang][value]
    if value < 20:
        return _TEENS[lang][value - 10]
    tens, unit = divmod(value, 10)
    if not unit:
        return _TENS[lang][tens]
    if lang == "en":
        return f"{_TENS['en'][tens]}-{DIGIT_WORDS['en'][unit]}"
    word = DIGIT_WORDS["nl"][unit]
    return f"{word}{'ën' if word.endswith('e') else 'en'}{_TENS['nl'][tens]}"


def read_pairs(text: str, lang: str) -> str:
    """'12345678' -> 'twaalf vierendertig zesenvijftig achtenzeventig'; a pair with a leading 0 is read "
    "digit by digit."""
    words = []
    for at in range(0, len(text), 2):
        pair = text[at : at + 2]
        words.append(read_out(pair, lang) if pair.startswith("0") or len(pair) < 2 else number_words(int(pair), lang))
    return " ".join(words)


def read_doubles(text: str) -> str:
    """English as spoken in Lagos or Chennai: '0803 447' -> 'zero eight zero three double four seven'."""
    words, at = [], 0
    while at < len(text):
        if at + 1 < len(text) and text[at] == text[at + 1]:
            words.append(f"double {DIGIT_WORDS['en'][int(text[at])]}")
            at += 2
        else:
            words.append(DIGIT_WORDS["en"][int(text[at])])
            at += 1
    return " ".join(words)
