"""Number helpers of test_v43's fillers: check digits (mod 97, eleven test, Luhn), cutting digits into groups,
Dutch and English number words for read-aloud values, and scanner (OCR) confusions. Written from scratch."""

from __future__ import annotations

import random

NL_SMALL = (
    "nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
    "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien",
)  # fmt: skip
NL_TENS = ("", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")
EN_SMALL = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
MONTHS_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()
MONTHS_EN = "January February March April May June July August September October November December".split()
SHORT_NL = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()
# How Dutch speakers (and a speech recogniser after them) spell letters out.
LETTERS_NL = {
    "A": "a", "B": "bee", "C": "cee", "D": "dee", "E": "ee", "F": "ef", "G": "gee", "H": "ha", "J": "jee",
    "K": "ka", "L": "el", "M": "em", "N": "en", "P": "pee", "R": "er", "S": "es", "T": "tee", "V": "vee",
    "W": "wee", "X": "iks", "Z": "zet", "I": "ie", "O": "o", "U": "u", "Y": "ij", "Q": "ku",
}  # fmt: skip


def digit_string(rng: random.Random, count: int, lead: bool = False) -> str:
    chars = [rng.choice("0123456789") for _ in range(count)]
    if lead and chars:
        chars[0] = rng.choice("123456789")
    return "".join(chars)


def cut(value: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    """'0612345678', (2, 4, 4) -> '06 1234 5678'; a rest longer than the sizes is kept as a last piece."""
    parts, at = [], 0
    for size in sizes:
        if at < len(value):
            parts.append(value[at : at + size])
            at += size
    if at < len(value):
        parts.append(value[at:])
    return sep.join(parts)


def nl_number(n: int) -> str:
    """0..99 in Dutch words: 'zevenentachtig', 'drieëntwintig'."""
    if n < 20:
        return NL_SMALL[n]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return NL_TENS[tens]
    word = NL_SMALL[unit]
    return f"{word}{'ën' if word.endswith('e') else 'en'}{NL_TENS[tens]}"


def en_number(n: int) -> str:
    if n < 20:
        return EN_SMALL[n]
    tens, unit = divmod(n, 10)
    return EN_TENS[tens] + (f"-{EN_SMALL[unit]}" if unit else "")


def en_ordinal(n: int) -> str:
    """1..99 as English ordinal words: 'first', 'twenty-second'."""
    special = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}
    if n in special:
        return special[n]
    if n > 20 and n % 10:
        return f"{en_number(n - n % 10)}-{en_ordinal(n % 10)}"
    word = en_number(n)
    return word[:-1] + "ieth" if word.endswith("y") else word + "th"


def year_words(year: int, lang: str) -> str:
    head, tail = divmod(year, 100)
    if lang == "nl":
        if head == 20:
            return "tweeduizend" + (f" {nl_number(tail)}" if tail else "")
        return f"negentien{'honderd' if tail and tail < 10 else ''} {nl_number(tail)}".replace("  ", " ")
    if head == 20:
        return "two thousand" + (f" and {en_number(tail)}" if tail else "")
    return f"nineteen {'oh ' if tail < 10 else ''}{en_number(tail)}"


def spell_digits(value: str, lang: str, rng: random.Random, pairs: float = 0.0) -> str:
    """Digits read out one by one; with chance `pairs` two digits are read as one number ('zesenveertig')."""
    numbers = NL_SMALL if lang == "nl" else EN_SMALL
    digits = [c for c in value if c.isdigit()]
    words, i = [], 0
    while i < len(digits):
        if i + 1 < len(digits) and digits[i] != "0" and rng.random() < pairs:
            pair = int(digits[i] + digits[i + 1])
            words.append(nl_number(pair) if lang == "nl" else en_number(pair))
            i += 2
            continue
        if lang == "en" and digits[i] == "0" and rng.random() < 0.5:
            words.append("oh")
        else:
            words.append(numbers[int(digits[i])])
        i += 1
    return " ".join(words)


def mod97_iban(country: str, bban: str) -> str:
    moved = "".join(str(int(ch, 36)) for ch in bban + country) + "00"
    return f"{country}{98 - int(moved) % 97:02d}{bban}"


def iban_ok(iban: str) -> bool:
    compact = iban.replace(" ", "").upper()
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def eleven_test_number(rng: random.Random) -> str:
    """A BSN: sum of digits times 9..2 minus the last digit is divisible by 11."""
    while True:
        body = digit_string(rng, 8, lead=rng.random() < 0.9)
        rest = sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True)) % 11
        if rest < 10 and body != "00000000":
            return body + str(rest)


def bsn_ok(value: str) -> bool:
    digits = [int(c) for c in value if c.isdigit()]
    if len(digits) != 9:
        return False
    return (sum(d * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - digits[8]) % 11 == 0


def luhn_finish(body: str) -> str:
    """Append the check digit that makes body pass the Luhn test."""
    total = 0
    for index, char in enumerate(reversed(body)):
        digit = int(char) * (1 if index % 2 else 2)
        total += digit // 10 + digit % 10
    return body + str(-total % 10)


def luhn_ok(value: str) -> bool:
    digits = [int(c) for c in value if c.isdigit()]
    total = 0
    for index, digit in enumerate(reversed(digits)):
        doubled = digit * (2 if index % 2 else 1)
        total += doubled // 10 + doubled % 10
    return total % 10 == 0


def scanner_noise(text: str, rng: random.Random, rate: float = 0.5) -> str:
    """What a poor scan makes of text: 0 read as O, 1 as l, O as 0, l as 1, 5 as S, rn as m (at least one change)."""
    swaps = {"0": "O", "1": "l", "O": "0", "l": "1", "5": "S", "8": "B", "I": "l"}
    spots = [i for i, ch in enumerate(text) if ch in swaps]
    if not spots:
        return text.replace("rn", "m", 1)
    chosen = {rng.choice(spots)} | {i for i in spots if rng.random() < rate * 0.4}
    return "".join(swaps[ch] if i in chosen else ch for i, ch in enumerate(text))


def ocr_clean(text: str) -> str:
    """Undo scanner_noise for checksum checks on digit-only fields."""
    return text.translate(str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"}))
