"""Check digits and number writings for test_v51: mod-97 IBANs (and the Belgian account key), the BSN
elfproef, Luhn card numbers, Dutch and English number words, and the Dutch and NATO spelling alphabets."""

from __future__ import annotations

import random
import unicodedata

NL_DIGIT = ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
EN_DIGIT = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_NL_TEEN = ("tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien")
_NL_TENS = ("", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")
_EN_TEEN = (
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
NL_MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
    "december",
)  # fmt: skip
EN_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
)  # fmt: skip
SPELL_NL = dict(
    zip(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "Anton Bernard Cornelis Dirk Eduard Ferdinand Gerard Hendrik Izaak Johannes Karel Lodewijk Marie Nico Otto "
        "Pieter Quotiënt Rudolf Simon Teunis Utrecht Victor Willem Xantippe Ypsilon Zaandam".split(),
        strict=True,
    )
)
SPELL_NATO = dict(
    zip(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar Papa Quebec "
        "Romeo Sierra Tango Uniform Victor Whiskey X-ray Yankee Zulu".split(),
        strict=True,
    )
)


def plain(text: str) -> str:
    """ASCII letters only, as people type them in e-mail addresses: 'Rostaș' -> 'Rostas', 'Kılıç' -> 'Kilic'."""
    text = text.translate(str.maketrans("ıłŁđĐ", "ilLdD"))
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii())


def digits(rng: random.Random, count: int, first: str = "0123456789") -> str:
    """`count` random digits, the first one taken from `first`."""
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(count - 1))


def cut(text: str, sizes: tuple[int, ...] | list[int], sep: str = " ") -> str:
    """Cut `text` into pieces of the given sizes (the last piece takes the rest) joined by `sep`."""
    pieces, start = [], 0
    for size in sizes:
        pieces.append(text[start : start + size])
        start += size
    if start < len(text):
        pieces.append(text[start:])
    return sep.join(piece for piece in pieces if piece)


def nl_words(number: int) -> str:
    """0..99 in Dutch words: 7 -> 'zeven', 23 -> 'drieëntwintig', 58 -> 'achtenvijftig'."""
    if number < 10:
        return NL_DIGIT[number]
    if number < 20:
        return _NL_TEEN[number - 10]
    tens, unit = divmod(number, 10)
    if unit == 0:
        return _NL_TENS[tens]
    joint = "ën" if NL_DIGIT[unit].endswith("e") else "en"
    return f"{NL_DIGIT[unit]}{joint}{_NL_TENS[tens]}"


def en_words(number: int) -> str:
    """0..99 in English words: 58 -> 'fifty-eight'."""
    if number < 10:
        return EN_DIGIT[number]
    if number < 20:
        return _EN_TEEN[number - 10]
    tens, unit = divmod(number, 10)
    return _EN_TENS[tens] + (f"-{EN_DIGIT[unit]}" if unit else "")


def year_words(year: int, lang: str) -> str:
    """1958 -> 'negentien achtenvijftig' / 'nineteen fifty-eight'; 2007 -> 'tweeduizend zeven'."""
    high, low = divmod(year, 100)
    if lang == "en":
        if high == 20 and low < 10:
            return "two thousand" + (f" and {EN_DIGIT[low]}" if low else "")
        return f"{en_words(high)} {en_words(low) if low >= 10 else 'oh ' + EN_DIGIT[low]}"
    if high == 20:
        return "tweeduizend" + (f" {nl_words(low)}" if low else "")
    return f"{nl_words(high)} {nl_words(low)}" if low else f"{nl_words(high)}honderd"


def read_digits(text: str, lang: str) -> str:
    """Every digit as a word, other characters dropped: '0612' -> 'nul zes een twee'."""
    words = EN_DIGIT if lang == "en" else NL_DIGIT
    return " ".join(words[int(char)] for char in text if char.isdigit())


def iban(country: str, bban: str) -> str:
    """The IBAN with its two mod-97 check digits."""
    moved = bban + country + "00"
    number = int("".join(str(int(char, 36)) for char in moved))
    return f"{country}{98 - number % 97:02d}{bban}"


def iban_ok(value: str) -> bool:
    compact = value.replace(" ", "").replace("-", "").upper()
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(char, 36)) for char in moved)) % 97 == 1


def belgian_bban(rng: random.Random) -> str:
    """Twelve digits: bank code and account (ten) plus the Belgian key (their remainder mod 97, 97 for 0)."""
    body = digits(rng, 10, "0123456789")
    key = int(body) % 97 or 97
    return f"{body}{key:02d}"


def bsn(rng: random.Random) -> str:
    """Nine digits passing the elfproef (9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11)."""
    while True:
        head = digits(rng, 8, "1236")
        total = sum(int(char) * weight for char, weight in zip(head, range(9, 1, -1), strict=True))
        check = total % 11
        if check < 10:
            return f"{head}{check}"


def bsn_ok(value: str) -> bool:
    only = [int(char) for char in value if char.isdigit()]
    if len(only) != 9:
        return False
    return (sum(d * w for d, w in zip(only[:8], range(9, 1, -1), strict=True)) - only[8]) % 11 == 0


def luhn(partial: str) -> str:
    """`partial` with the Luhn check digit appended."""
    total = 0
    for index, char in enumerate(reversed(partial)):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return partial + str((10 - total % 10) % 10)


def luhn_ok(value: str) -> bool:
    only = [int(char) for char in value if char.isdigit()]
    total = 0
    for index, digit in enumerate(reversed(only)):
        value = digit * (2 if index % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0
