"""Number helpers of the held-out split test_v47: check digits (IBAN mod 97, Belgian and Bosnian national
checks, old Dutch account eleven test, BSN elfproef, Luhn) and Dutch and English words for digits and numbers."""

from __future__ import annotations

import random

NL_UNITS = "nul een twee drie vier vijf zes zeven acht negen".split()
EN_UNITS = "zero one two three four five six seven eight nine".split()
_NL_TEENS = "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
_EN_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_NL_TENS = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]
_EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
# Letters for Dutch number plates: no vowels, and not C, M, Q, W or Y.
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
_PLATE_TABOO = ("SS", "SD", "SA", "PKK", "NSB", "KKK", "PVV", "GVD", "TBS", "VVD", "SGP", "LPF", "KGB")


def digits(rng: random.Random, count: int, first_nonzero: bool = False) -> str:
    text = "".join(str(rng.randint(0, 9)) for _ in range(count))
    if first_nonzero and text[0] == "0":
        text = str(rng.randint(1, 9)) + text[1:]
    return text


def split_at(text: str, sizes: tuple[int, ...], joiner: str = " ") -> str:
    """Cut `text` into pieces of the given sizes (the last piece takes the rest) and join them."""
    pieces, start = [], 0
    for size in sizes:
        pieces.append(text[start : start + size])
        start += size
    if start < len(text):
        pieces.append(text[start:])
    return joiner.join(piece for piece in pieces if piece)


def word_nl(number: int) -> str:
    """0..99 in Dutch words: 7 -> zeven, 23 -> drieëntwintig, 41 -> eenenveertig."""
    if number < 10:
        return NL_UNITS[number]
    if number < 20:
        return _NL_TEENS[number - 10]
    tens, unit = divmod(number, 10)
    if unit == 0:
        return _NL_TENS[tens]
    glue = "ën" if NL_UNITS[unit].endswith("e") else "en"
    return f"{NL_UNITS[unit]}{glue}{_NL_TENS[tens]}"


def word_en(number: int) -> str:
    if number < 10:
        return EN_UNITS[number]
    if number < 20:
        return _EN_TEENS[number - 10]
    tens, unit = divmod(number, 10)
    return _EN_TENS[tens] + (f"-{EN_UNITS[unit]}" if unit else "")


def year_words(year: int, lang: str) -> str:
    century, rest = divmod(year, 100)
    if lang == "nl":
        if century == 19:
            return f"negentienhonderd{word_nl(rest)}" if rest else "negentienhonderd"
        return "tweeduizend" + (word_nl(rest) if rest else "")
    if century == 19:
        return f"nineteen {word_en(rest)}" if rest >= 10 else f"nineteen oh {word_en(rest)}"
    return "two thousand" + (f" and {word_en(rest)}" if rest else "")


def day_ordinal(day: int, lang: str) -> str:
    if lang == "nl":
        return f"{day}e"
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def read_digits(text: str, lang: str, joiner: str = " ") -> str:
    """Each digit as a word; other characters are dropped."""
    units = NL_UNITS if lang == "nl" else EN_UNITS
    return joiner.join(units[int(char)] for char in text if char.isdigit())


def read_pairs_nl(text: str) -> str:
    """Dutch callers often read numbers in pairs: 0612 -> nul zes twaalf."""
    out, rest = [], text
    if rest.startswith("06"):
        out, rest = ["nul", "zes"], rest[2:]
    while rest:
        pair, rest = rest[:2], rest[2:]
        out.append(read_digits(pair, "nl") if pair.startswith("0") or len(pair) == 1 else word_nl(int(pair)))
    return " ".join(out)


def _mod97(text: str) -> int:
    return int("".join(str(int(char, 36)) for char in text)) % 97


def iban(country: str, bban: str) -> str:
    check = 98 - _mod97(bban + country + "00")
    return f"{country}{check:02d}{bban}"


def iban_ok(value: str) -> bool:
    compact = value.replace(" ", "").replace("-", "").replace(".", "").upper()
    return len(compact) > 4 and _mod97(compact[4:] + compact[:4]) == 1


def nl_account(rng: random.Random) -> str:
    """Ten digits passing the old Dutch bank account eleven test."""
    while True:
        number = digits(rng, 10)
        if number[0] != "0" and sum(int(d) * w for d, w in zip(number, range(10, 0, -1), strict=True)) % 11 == 0:
            return number


def be_bban(rng: random.Random) -> str:
    base = digits(rng, 10, first_nonzero=True)
    check = int(base) % 97 or 97
    return f"{base}{check:02d}"


def ba_iban(rng: random.Random) -> str:
    """Bosnian IBANs always carry check digits 39: the national check makes it so."""
    base = digits(rng, 14, first_nonzero=True)
    for national in range(100):
        candidate = f"BA39{base}{national:02d}"
        if iban_ok(candidate):
            return candidate
    return iban("BA", base + "00")


def bsn(rng: random.Random, eight_digits: bool = False) -> str:
    """Nine digits passing the elfproef; with `eight_digits` the leading zero of an old number is dropped."""
    while True:
        head = ("0" if eight_digits else str(rng.randint(1, 6))) + digits(rng, 7)
        total = sum(int(d) * w for d, w in zip(head, range(9, 1, -1), strict=True))
        last = total % 11
        if last < 10 and head[1:] != "0000000":
            number = head + str(last)
            return number[1:] if eight_digits else number


def bsn_ok(value: str) -> bool:
    number = "".join(char for char in value if char.isdigit()).rjust(9, "0")
    if len(number) != 9:
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(d) * w for d, w in zip(number, weights, strict=True)) % 11 == 0


def luhn(head: str) -> str:
    """`head` plus the Luhn check digit."""
    total = 0
    for index, char in enumerate(reversed(head)):
        value = int(char) * (1 if index % 2 else 2)
        total += value - 9 if value > 9 else value
    return head + str((10 - total % 10) % 10)


def luhn_ok(value: str) -> bool:
    number = [int(char) for char in value if char.isdigit()]
    total = 0
    for index, digit in enumerate(reversed(number)):
        value = digit * (2 if index % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def plate_letters(rng: random.Random, count: int) -> str:
    while True:
        letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(count))
        if not any(taboo in letters for taboo in _PLATE_TABOO):
            return letters
