"""Number helpers of test_v41's fillers: check digits (mod 97, eleven test, Luhn), cutting digit strings into
groups and saying digits, pairs and letters the way Dutch and English callers do. Written from scratch."""

from __future__ import annotations

import random

SAID_DIGIT = {
    "nl": ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"),
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
}
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
_EN_TEENS = (
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"
)  # fmt: skip
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
AIRLINE_MONTHS = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()


def digit_string(rng: random.Random, count: int, lead: bool = False) -> str:
    """count random digits; with lead the first one is never 0."""
    chars = [rng.choice("0123456789") for _ in range(count)]
    if lead and chars:
        chars[0] = rng.choice("123456789")
    return "".join(chars)


def cut(value: str, sizes: tuple[int, ...], glue: str = " ") -> str:
    """Split value into pieces of the given sizes (the rest, if any, is one more piece) joined by glue."""
    out, at = [], 0
    for size in sizes:
        if at < len(value):
            out.append(value[at : at + size])
        at += size
    if at < len(value):
        out.append(value[at:])
    return glue.join(out)


def luhn_complete(body: str) -> str:
    """body plus the one digit that makes the whole pass the Luhn check."""
    acc = 0
    for index, char in enumerate(body[::-1]):
        number = int(char) * (2 if index % 2 == 0 else 1)
        acc += number // 10 + number % 10
    return body + str(-acc % 10)


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    acc = sum(d if i % 2 == 0 else (d * 2) // 10 + (d * 2) % 10 for i, d in enumerate(digits[::-1]))
    return acc % 10 == 0


def iban_for(country: str, bban: str) -> str:
    """ISO 13616 check digits: move country+00 to the end, letters to numbers, 98 minus the rest mod 97."""
    moved = (bban + country).upper() + "00"
    numeric = "".join(c if c.isdigit() else str(ord(c) - 55) for c in moved)
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def iban_ok(iban: str) -> bool:
    flat = iban.replace(" ", "").replace("-", "").upper()
    moved = flat[4:] + flat[:4]
    return int("".join(c if c.isdigit() else str(ord(c) - 55) for c in moved)) % 97 == 1


def belgian_bban(rng: random.Random) -> str:
    """Belgian account: 3-digit bank, 7 digits, two national check digits (mod 97, 97 for a rest of 0)."""
    head = rng.choice(("001", "063", "068", "143", "310", "363", "731", "735", "751", "973")) + digit_string(rng, 7)
    rest = int(head) % 97
    return head + f"{rest or 97:02d}"


def elfproef_number(rng: random.Random) -> str:
    """A citizen service number: 9 digits, 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11."""
    while True:
        head = digit_string(rng, 8, lead=rng.random() < 0.85)
        check = sum(int(d) * w for d, w in zip(head, range(9, 1, -1), strict=True)) % 11
        if check < 10:
            return head + str(check)


def elfproef_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    if len(digits) != 9:
        return False
    total = sum(d * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - digits[8]
    return total % 11 == 0


def pair_word(pair: str, lang: str) -> str:
    """'34' -> 'vierendertig' / 'thirty-four'; '07' -> 'nul zeven' / 'oh seven'."""
    tens, units = int(pair[0]), int(pair[1])
    if tens == 0:
        return f"{'nul' if lang == 'nl' else 'oh'} {SAID_DIGIT[lang][units]}"
    if tens == 1:
        return (_NL_TEENS if lang == "nl" else _EN_TEENS)[units]
    if lang == "en":
        return _EN_TENS[tens] + (f"-{SAID_DIGIT['en'][units]}" if units else "")
    if units == 0:
        return _NL_TENS[tens]
    unit = SAID_DIGIT["nl"][units]
    return f"{unit}{'ën' if unit.endswith('e') else 'en'}{_NL_TENS[tens]}"


def say_digits(number: str, lang: str, rng: random.Random, pairs: float = 0.0, commas: bool = False) -> str:
    """Digits read out one by one, with a chance per position of reading two digits as a number."""
    words, at = [], 0
    clean = "".join(c for c in number if c.isdigit())
    while at < len(clean):
        if at + 1 < len(clean) and rng.random() < pairs:
            words.append(pair_word(clean[at : at + 2], lang))
            at += 2
        else:
            words.append(SAID_DIGIT[lang][int(clean[at])])
            at += 1
    return (", " if commas else " ").join(words)


def year_words(year: int, lang: str) -> str:
    """1987 -> 'negentien zevenentachtig' / 'nineteen eighty-seven'; 2004 -> 'tweeduizend vier'."""
    if year >= 2000:
        rest = year - 2000
        if lang == "nl":
            return "tweeduizend" + (f" {pair_word(f'{rest:02d}', 'nl').replace('nul ', '')}" if rest else "")
        return "two thousand" + (f" and {pair_word(f'{rest:02d}', 'en').replace('oh ', '')}" if rest else "")
    head = "negentien" if lang == "nl" else "nineteen"
    return f"{head} {pair_word(str(year)[2:], lang)}"
