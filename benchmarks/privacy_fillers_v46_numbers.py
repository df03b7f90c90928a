"""Number helpers of test_v46's fillers: check digits (IBAN mod 97 with Belgian and Spanish national checks, the
Dutch eleven test, Luhn), digit grouping and numbers read out in Dutch or English words."""

from __future__ import annotations

import random

UNITS = {
    "nl": ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"),
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
}
_TEENS = {
    "nl": ("tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"),
    "en": (
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ),
}  # fmt: skip
_TENS = {
    "nl": ("", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"),
    "en": ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"),
}
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
_ORDINAL_EN = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}


def digits(rng: random.Random, count: int, lead: bool = False) -> str:
    """count random digits; with lead the first one is never a zero."""
    text = "".join(rng.choice("0123456789") for _ in range(count))
    return (rng.choice("123456789") + text[1:]) if lead and text else text


def chunk(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    """'NL12RABO...' cut into pieces of the given sizes (the last size repeats until the text is used up)."""
    out, at, index = [], 0, 0
    while at < len(text):
        size = sizes[min(index, len(sizes) - 1)]
        out.append(text[at : at + size])
        at, index = at + size, index + 1
    return sep.join(out)


def luhn(body: str) -> str:
    """body plus the digit that makes the whole pass the Luhn test."""
    for check in "0123456789":
        candidate, total = body + check, 0
        for place, char in enumerate(candidate[::-1]):
            value = int(char) * (1 + place % 2)
            total += value // 10 + value % 10
        if total % 10 == 0:
            return candidate
    raise ValueError(body)


def iban(country: str, bban: str) -> str:
    moved = "".join(str(int(char, 36)) for char in bban + country + "00")
    return f"{country}{98 - int(moved) % 97:02d}{bban}"


def belgian_bban(rng: random.Random) -> str:
    head = digits(rng, 10, lead=True)
    check = int(head) % 97 or 97
    return f"{head}{check:02d}"


def spanish_bban(rng: random.Random) -> str:
    weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)

    def control(numbers: str) -> str:
        value = 11 - sum(int(d) * w for d, w in zip(numbers.rjust(10, "0"), weights, strict=True)) % 11
        return {11: "0", 10: "1"}.get(value, str(value))

    bank, branch, account = digits(rng, 4, True), digits(rng, 4), digits(rng, 10)
    return bank + branch + control(bank + branch) + control(account) + account


def eleven_test(rng: random.Random) -> str:
    """A Dutch citizen service number (BSN): nine digits whose weighted sum (9..2, last -1) divides by 11."""
    while True:
        body = [int(d) for d in digits(rng, 8)]
        if sum(body[:2]) == 0:
            continue
        rest = sum(d * w for d, w in zip(body, range(9, 1, -1), strict=True)) % 11
        if rest < 10:
            return "".join(map(str, body)) + str(rest)


def word(number: int, lang: str) -> str:
    """0..99 in words: 47 -> 'zevenenveertig' / 'forty-seven'."""
    if number < 10:
        return UNITS[lang][number]
    if number < 20:
        return _TEENS[lang][number - 10]
    tens, unit = divmod(number, 10)
    if not unit:
        return _TENS[lang][tens]
    if lang == "en":
        return f"{_TENS['en'][tens]}-{UNITS['en'][unit]}"
    glue = "ën" if UNITS["nl"][unit].endswith("e") else "en"
    return f"{UNITS['nl'][unit]}{glue}{_TENS['nl'][tens]}"


def year_words(year: int, lang: str, short: bool = True) -> str:
    """1987 -> 'negentien zevenentachtig' (short) or 'negentienhonderdzevenentachtig'; 'nineteen eighty-seven'."""
    century, rest = divmod(year, 100)
    if lang == "nl":
        if century == 20:
            return "tweeduizend" + (f" {word(rest, 'nl')}" if rest else "")
        return f"{word(century, 'nl')}{' ' if short else 'honderd'}{word(rest, 'nl')}"
    if century == 20:
        return "two thousand" + (f" and {word(rest, 'en')}" if rest else "")
    return f"{word(century, 'en')} {word(rest, 'en') if rest >= 10 else 'oh ' + word(rest, 'en')}"


def ordinal(day: int, lang: str) -> str:
    if lang == "nl":
        special = {1: "eerste", 3: "derde", 8: "achtste"}
        return special.get(day) or word(day, "nl") + ("ste" if day >= 20 else "de")
    if day in _ORDINAL_EN:
        return _ORDINAL_EN[day]
    if day > 20 and day % 10:
        return f"{_TENS['en'][day // 10]}-{ordinal(day % 10, 'en')}"
    base = word(day, "en")
    return (base[:-1] + "ieth") if base.endswith("y") else base + "th"


def say_digits(number: str, lang: str, rng: random.Random, pairs: bool = False) -> str:
    """Digits read one by one, or (pairs) in twos as numbers: '47' -> 'zevenenveertig', '07' -> 'nul zeven'."""
    only = [c for c in number if c.isdigit()]
    if not pairs:
        return " ".join(UNITS[lang][int(c)] for c in only)
    out, at = [], 0
    while at < len(only):
        pair = "".join(only[at : at + 2])
        if len(pair) == 2 and pair[0] != "0" and rng.random() < 0.75:
            out.append(word(int(pair), lang))
        else:
            out.extend(UNITS[lang][int(c)] for c in pair)
        at += 2
    return " ".join(out)
