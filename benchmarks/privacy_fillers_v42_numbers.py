"""Number helpers of test_v42's fillers: check digits (IBAN, Belgian account, BSN, Luhn), cutting digit strings
into groups and saying numbers the way callers do on a voicemail. Written from scratch for this split."""

from __future__ import annotations

import random

NL_DIGITS = ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
EN_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_NL_UNITS = ("", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
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
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
MONTHS_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()
MONTHS_EN = "January February March April May June July August September October November December".split()
MONTHS_PT = "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()


def draw_digits(rng: random.Random, count: int, lead: str = "0123456789") -> str:
    """`count` random digits; the first one is taken from `lead`."""
    if count <= 0:
        return ""
    return rng.choice(lead) + "".join(rng.choice("0123456789") for _ in range(count - 1))


def cut(text: str, widths: tuple[int, ...], sep: str = " ") -> str:
    """'0612345678', (2, 4, 4) -> '06 1234 5678'; the last width repeats until the text is used up."""
    parts, start, index = [], 0, 0
    while start < len(text):
        width = widths[min(index, len(widths) - 1)]
        parts.append(text[start : start + width])
        start, index = start + width, index + 1
    return sep.join(parts)


def luhn_complete(body: str) -> str:
    """Append the digit that makes body pass the Luhn check."""
    for candidate in range(10):
        full = body + str(candidate)
        acc = 0
        for pos, ch in enumerate(full[::-1]):
            d = int(ch) * (1 + pos % 2)
            acc += d // 10 + d % 10
        if acc % 10 == 0:
            return full
    raise ValueError(body)


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    acc = 0
    for pos, d in enumerate(reversed(digits)):
        d *= 1 + pos % 2
        acc += d // 10 + d % 10
    return acc % 10 == 0


def _mod97(text: str) -> int:
    rest = 0
    for ch in text:
        for digit in str(int(ch, 36)):
            rest = (rest * 10 + int(digit)) % 97
    return rest


def build_iban(country: str, bban: str) -> str:
    check = 98 - _mod97(bban + country + "00")
    return f"{country}{check:02d}{bban}"


def iban_ok(iban: str) -> bool:
    compact = iban.replace(" ", "").replace("-", "").replace(".", "").upper()
    return _mod97(compact[4:] + compact[:4]) == 1


def belgian_bban(rng: random.Random) -> str:
    """Belgian account: three-digit bank code, seven digits, two check digits (first ten modulo 97, 0 -> 97)."""
    body = rng.choice(("001", "063", "068", "091", "143", "310", "363", "735", "751", "973")) + draw_digits(rng, 7)
    check = int(body) % 97 or 97
    return f"{body}{check:02d}"


def bsn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    if len(digits) != 9:
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(d * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


def draw_bsn(rng: random.Random) -> str:
    """A nine-digit citizen service number that passes the eleven test (drawn until one does)."""
    while True:
        candidate = draw_digits(rng, 9, "12345678")
        if bsn_ok(candidate):
            return candidate


def nl_number(n: int) -> str:
    """0..99 in Dutch words: 7 -> 'zeven', 45 -> 'vijfenveertig', 82 -> 'tweeëntachtig'."""
    if n < 10:
        return NL_DIGITS[n]
    if n < 20:
        return _NL_TEENS[n - 10]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return _NL_TENS[tens]
    glue = "ën" if _NL_UNITS[unit].endswith("e") else "en"
    return f"{_NL_UNITS[unit]}{glue}{_NL_TENS[tens]}"


def en_number(n: int) -> str:
    if n < 10:
        return EN_DIGITS[n]
    if n < 20:
        return _EN_TEENS[n - 10]
    tens, unit = divmod(n, 10)
    return _EN_TENS[tens] + (f"-{EN_DIGITS[unit]}" if unit else "")


def nl_year(year: int) -> str:
    """1987 -> 'negentien zevenentachtig', 2003 -> 'tweeduizend drie'."""
    if year >= 2000:
        return "tweeduizend" + (f" {nl_number(year - 2000)}" if year > 2000 else "")
    return f"negentien {nl_number(year - 1900)}"


def en_year(year: int) -> str:
    if year >= 2000:
        return "two thousand" + (f" and {en_number(year - 2000)}" if year > 2000 else "")
    rest = year - 1900
    return f"nineteen {en_number(rest) if rest >= 10 else 'oh ' + EN_DIGITS[rest]}"


def nl_ordinal(day: int) -> str:
    """Day of the month as a Dutch ordinal: 1 -> 'eerste', 8 -> 'achtste', 19 -> 'negentiende'."""
    special = {1: "eerste", 3: "derde", 8: "achtste"}
    if day in special:
        return special[day]
    word = nl_number(day)
    return word + ("ste" if day >= 20 else "de")


def en_ordinal(day: int) -> str:
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def say_digits(number: str, lang: str, rng: random.Random, pause: float = 0.0) -> str:
    """Digit by digit ('nul zes een twee ...'); with `pause`, a comma or an 'eh' may fall between groups."""
    words = NL_DIGITS if lang == "nl" else EN_DIGITS
    said = []
    for index, ch in enumerate(number):
        if index and index % 3 == 0 and rng.random() < pause:
            said.append(rng.choice((",", ", eh,", ", uhm,") if lang == "nl" else (",", ", er,", ", um,")))
        said.append(words[int(ch)] if lang == "nl" or ch != "0" or rng.random() < 0.5 else "oh")
    return " ".join(said).replace(" ,", ",")


def say_pairs_nl(number: str) -> str:
    """A Dutch mobile read out in pairs after '06': 'nul zes, achtendertig, twaalf, nul vier, negenennegentig'."""
    head, rest = number[:2], number[2:]
    said = [" ".join(NL_DIGITS[int(c)] for c in head)]
    for start in range(0, len(rest), 2):
        pair = rest[start : start + 2]
        said.append(f"nul {NL_DIGITS[int(pair[1])]}" if pair[0] == "0" else nl_number(int(pair)))
    return ", ".join(said)
