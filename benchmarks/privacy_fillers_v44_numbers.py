"""Number helpers of test_v44: check digits (IBAN mod 97, Belgian account mod 97, elfproef, Luhn), Dutch and
English number words and ways of writing a digit string (blocks, separators, read aloud)."""

from __future__ import annotations

import random

ONES_NL = "nul een twee drie vier vijf zes zeven acht negen".split()
TEENS_NL = "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
TENS_NL = "_ _ twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()
ONES_EN = "zero one two three four five six seven eight nine".split()
TEENS_EN = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS_EN = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
# Dutch alphabet as spelled on the phone, for IBAN letters and postcodes.
LETTER_NL = {
    "A": "a", "B": "bee", "C": "cee", "D": "dee", "E": "ee", "F": "ef", "G": "gee", "H": "ha", "I": "ie",
    "J": "jee", "K": "ka", "L": "el", "M": "em", "N": "en", "O": "oo", "P": "pee", "Q": "ku", "R": "er",
    "S": "es", "T": "tee", "U": "uu", "V": "vee", "W": "wee", "X": "iks", "Y": "ij", "Z": "zet",
}  # fmt: skip


def digits(rng: random.Random, count: int, first_nonzero: bool = False) -> str:
    out = "".join(str(rng.randint(0, 9)) for _ in range(count))
    return (str(rng.randint(1, 9)) + out[1:]) if first_nonzero and out else out


def blocks(text: str, sizes: tuple[int, ...] | list[int], sep: str = " ") -> str:
    """Cuts `text` into blocks of the given sizes (the last size repeats) joined by `sep`."""
    parts, at, index = [], 0, 0
    while at < len(text):
        size = sizes[min(index, len(sizes) - 1)]
        parts.append(text[at : at + size])
        at, index = at + size, index + 1
    return sep.join(parts)


def iban_for(country: str, bban: str) -> str:
    number = "".join(str(int(char, 36)) for char in bban + country + "00")
    return f"{country}{98 - int(number) % 97:02d}{bban}"


def iban_valid(iban: str) -> bool:
    compact = iban.replace(" ", "").replace("-", "").upper()
    number = "".join(str(int(char, 36)) for char in compact[4:] + compact[:4])
    return int(number) % 97 == 1


def belgian_bban(rng: random.Random, bank: str) -> str:
    """Three-digit bank, seven-digit account, two national check digits (first ten mod 97, 0 becomes 97)."""
    first = bank + digits(rng, 7)
    check = int(first) % 97 or 97
    return f"{first}{check:02d}"


def elfproef(number: str) -> bool:
    padded = number.zfill(9)
    total = sum(int(d) * w for d, w in zip(padded[:8], range(9, 1, -1), strict=True)) - int(padded[8])
    return len(padded) == 9 and total % 11 == 0


def make_bsn(rng: random.Random, leading_zero: bool = False) -> str:
    while True:
        head = ("0" + digits(rng, 7, True)) if leading_zero else digits(rng, 8, True)
        last = sum(int(d) * w for d, w in zip(head, range(9, 1, -1), strict=True)) % 11
        if last < 10:
            return head + str(last)


def luhn_ok(number: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(number)):
        value = int(char) * (2 if index % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def luhn_finish(head: str) -> str:
    return next(head + d for d in "0123456789" if luhn_ok(head + d))


def word_nl(n: int) -> str:
    """0..99 in Dutch words: 7 zeven, 14 veertien, 38 achtendertig, 23 drieëntwintig."""
    if n < 10:
        return ONES_NL[n]
    if n < 20:
        return TEENS_NL[n - 10]
    tens, ones = divmod(n, 10)
    if not ones:
        return TENS_NL[tens]
    unit = ONES_NL[ones]
    return f"{unit}{'ën' if unit.endswith('e') else 'en'}{TENS_NL[tens]}"


def word_en(n: int) -> str:
    if n < 10:
        return ONES_EN[n]
    if n < 20:
        return TEENS_EN[n - 10]
    tens, ones = divmod(n, 10)
    return TENS_EN[tens] + (f"-{ONES_EN[ones]}" if ones else "")


def year_words(year: int, lang: str) -> str:
    high, low = divmod(year, 100)
    if lang == "nl":
        if high == 20:
            return "tweeduizend" + (word_nl(low) if low else "")
        return word_nl(high) + word_nl(low) if low else word_nl(high) + "honderd"
    if high == 20:
        return "two thousand" + (f" and {word_en(low)}" if low else "")
    return f"{word_en(high)} {word_en(low) if low >= 10 else 'oh ' + ONES_EN[low]}"


def ordinal_en(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def read_digits(number: str, lang: str, sep: str = " ") -> str:
    words = ONES_NL if lang == "nl" else ONES_EN
    return sep.join(words[int(char)] if char.isdigit() else char for char in number)


def read_pairs_nl(number: str) -> str:
    """Dutch callers read mobile numbers as 06, then pairs: 'nul zes, achtendertig, twaalf, nul vijf, ...'."""
    out = [read_digits(number[:2], "nl")]
    for at in range(2, len(number), 2):
        pair = number[at : at + 2]
        out.append(read_digits(pair, "nl") if pair.startswith("0") or len(pair) == 1 else word_nl(int(pair)))
    return ", ".join(out)


def spell_letters_nl(letters: str) -> str:
    return " ".join(LETTER_NL[char] for char in letters.upper())
