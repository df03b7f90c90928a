"""Number tools of test_v45's fillers: check digits, chunking and numbers said aloud (written from scratch)."""

from __future__ import annotations

import random

_ONES_NL = (
    "nul",
    "een",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
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
_TENS_NL = ("", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")
_ONES_EN = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
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
)
_TENS_EN = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
}
LETTERS_NL = {
    "A": "a",
    "B": "bee",
    "D": "dee",
    "F": "ef",
    "G": "gee",
    "H": "haa",
    "J": "jee",
    "K": "kaa",
    "L": "el",
    "N": "en",
    "P": "pee",
    "R": "er",
    "S": "es",
    "T": "tee",
    "V": "vee",
    "X": "iks",
    "Z": "zet",
    "E": "ee",
    "M": "em",
    "W": "wee",
    "C": "cee",
}


def digits(rng: random.Random, count: int, lead: str = "") -> str:
    """`count` random digits after an optional fixed lead (the lead is part of the count)."""
    body = "".join(rng.choice("0123456789") for _ in range(count - len(lead)))
    return lead + body


def chunk(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    """Split text into pieces of the given sizes (the last piece takes the rest)."""
    out, at = [], 0
    for size in sizes:
        if at < len(text):
            out.append(text[at : at + size])
            at += size
    if at < len(text):
        out[-1] += text[at:]
    return sep.join(out)


def luhn_digit(body: str) -> str:
    acc = 0
    for i, ch in enumerate(body[::-1]):
        n = int(ch) * (2 - i % 2)
        acc += n if n < 10 else n - 9
    return str(-acc % 10)


def luhn_ok(number: str) -> bool:
    return luhn_digit(number[:-1]) == number[-1]


def iban_for(country: str, bban: str) -> str:
    numeric = "".join(str(int(ch, 36)) for ch in (bban + country).upper()) + "00"
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def iban_ok(iban: str) -> bool:
    flat = iban.replace(" ", "").replace("-", "").replace(".", "").upper()
    moved = flat[4:] + flat[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def belgian_bban(rng: random.Random) -> str:
    """Belgian account: 3 bank digits, 7 account digits and a mod-97 pair (97 when the remainder is 0)."""
    head = digits(rng, 10, rng.choice(("001", "063", "068", "143", "363", "735", "973", "000")))
    check = int(head) % 97 or 97
    return f"{head}{check:02d}"


def elfproef_ok(number: str) -> bool:
    flat = "".join(ch for ch in number if ch.isdigit())
    if len(flat) != 9:
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(d) * w for d, w in zip(flat, weights, strict=True)) % 11 == 0


def new_bsn(rng: random.Random) -> str:
    while True:
        candidate = str(rng.randint(1, 3)) + digits(rng, 7) + rng.choice("0123456789")
        if elfproef_ok(candidate) and candidate != "123456782":
            return candidate


def words_nl(n: int) -> str:
    """Dutch cardinal for 0..9999, written as one word the way speech recognisers tend to output it."""
    if n < 20:
        return _ONES_NL[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        if not unit:
            return _TENS_NL[tens]
        glue = "ën" if _ONES_NL[unit].endswith("e") else "en"
        return f"{_ONES_NL[unit]}{glue}{_TENS_NL[tens]}"
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "honderd" if hundreds == 1 else f"{_ONES_NL[hundreds]}honderd"
        return head + (words_nl(rest) if rest else "")
    if 1100 <= n < 2000 and n % 100:  # years: negentien achtenzestig
        high, low = divmod(n, 100)
        return f"{words_nl(high)} {words_nl(low)}"
    thousands, rest = divmod(n, 1000)
    head = "duizend" if thousands == 1 else f"{_ONES_NL[thousands]}duizend"
    return head + (f" {words_nl(rest)}" if rest else "")


def words_en(n: int) -> str:
    if n < 20:
        return _ONES_EN[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _TENS_EN[tens] + (f"-{_ONES_EN[unit]}" if unit else "")
    if 1100 <= n < 2100 and n % 100:
        high, low = divmod(n, 100)
        low_words = words_en(low) if low >= 10 else f"oh {_ONES_EN[low]}"
        return f"{words_en(high)} {low_words}"
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_ONES_EN[hundreds]} hundred" + (f" and {words_en(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    return f"{words_en(thousands)} thousand" + (f" {words_en(rest)}" if rest else "")


def ordinal_nl(n: int) -> str:
    base = words_nl(n)
    if n in (1, 3):
        return {1: "eerste", 3: "derde"}[n]
    if n == 8:
        return "achtste"
    return base + ("ste" if n >= 20 else "de")


def ordinal_en(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def speak_digits(number: str, lang: str, rng: random.Random, pairs: float = 0.0) -> str:
    """Read a digit string aloud: one word per digit, or Dutch pairs ('zevenenveertig') with probability pairs."""
    out, i = [], 0
    only = [ch for ch in number if ch.isdigit()]
    ones = _ONES_NL if lang != "en" else ("oh",) + _ONES_EN[1:10]
    while i < len(only):
        if lang != "en" and i + 1 < len(only) and only[i] != "0" and rng.random() < pairs:
            out.append(words_nl(int(only[i] + only[i + 1])))
            i += 2
            continue
        if lang == "en" and i + 2 < len(only) and only[i] == only[i + 1] == only[i + 2] and rng.random() < 0.5:
            out.append(f"triple {ones[int(only[i])]}")
            i += 3
            continue
        if lang == "en" and i + 1 < len(only) and only[i] == only[i + 1] and rng.random() < 0.5:
            out.append(f"double {ones[int(only[i])]}")
            i += 2
            continue
        out.append(ones[int(only[i])])
        i += 1
    return " ".join(out)
