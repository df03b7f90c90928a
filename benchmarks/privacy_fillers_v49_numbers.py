"""Number and spelling helpers of test_v49's fillers (check digits, number words, spelling alphabets).

Written from scratch for the held-out split test_v49, without looking at the redaction rules.
"""

from __future__ import annotations

import random
import unicodedata

NL_UNITS = ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
NL_TEENS = ("tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien")
NL_TENS = ("", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")
EN_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
EN_TEENS = (
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
EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
MONTHS_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()
MONTHS_EN = "January February March April May June July August September October November December".split()
MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
# Dutch telephone spelling alphabet and the international (NATO) one.
SPELL_NL = dict(
    zip(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "Anton Bernard Cornelis Dirk Eduard Ferdinand Gerard Hendrik Izaak Johan Karel Lodewijk Maria Nico Otto "
        "Pieter Quotiënt Rudolf Simon Teunis Utrecht Victor Willem Xantippe Ypsilon Zaandam".split(),
        strict=True,
    )
)
SPELL_NATO = dict(
    zip(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "Alfa Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar Papa Quebec "
        "Romeo Sierra Tango Uniform Victor Whiskey X-ray Yankee Zulu".split(),
        strict=True,
    )
)


def digits(rng: random.Random, count: int, lead: bool = False) -> str:
    """count random digits; with lead the first is never 0."""
    out = "".join(rng.choice("0123456789") for _ in range(count))
    return (rng.choice("123456789") + out[1:]) if lead and out else out


def chunk(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    """Split text into pieces of the given sizes (a rest forms one more piece) joined by sep."""
    pieces, at = [], 0
    for size in sizes:
        if at < len(text):
            pieces.append(text[at : at + size])
            at += size
    if at < len(text):
        pieces.append(text[at:])
    return sep.join(pieces)


def luhn_finish(body: str) -> str:
    """body followed by its Luhn check digit."""
    checksum = 0
    for place, char in enumerate(reversed(body)):
        value = int(char) * (2 if place % 2 == 0 else 1)
        checksum += value // 10 + value % 10
    return body + str(-checksum % 10)


def iban_from(country: str, bban: str) -> str:
    """ISO 13616 IBAN with mod-97 check digits for a country code and a basic bank account number."""
    moved = "".join(str(int(char, 36)) for char in bban + country) + "00"
    return f"{country}{98 - int(moved) % 97:02d}{bban}"


def belgian_bban(rng: random.Random) -> str:
    """Twelve digits: bank code, account, national check pair (first ten mod 97, 97 for zero)."""
    head = rng.choice(("001", "068", "063", "363", "731", "979", "143", "096")) + digits(rng, 7)
    check = int(head) % 97 or 97
    return f"{head}{check:02d}"


def elfproef_bsn(rng: random.Random) -> str:
    """A nine-digit citizen service number that passes the eleven test (weights 9..2 and -1)."""
    while True:
        body = [rng.randrange(10) for _ in range(8)]
        if body[0] == 0 and rng.random() < 0.7:
            continue
        rest = sum(weight * digit for weight, digit in zip(range(9, 1, -1), body, strict=True)) % 11
        if rest < 10:
            return "".join(map(str, body)) + str(rest)


def nl_words(number: int) -> str:
    """0..99 in Dutch words: 47 -> zevenenveertig, 22 -> tweeëntwintig."""
    if number < 10:
        return NL_UNITS[number]
    if number < 20:
        return NL_TEENS[number - 10]
    tens, unit = divmod(number, 10)
    if unit == 0:
        return NL_TENS[tens]
    link = "ën" if NL_UNITS[unit].endswith("e") else "en"
    return f"{NL_UNITS[unit]}{link}{NL_TENS[tens]}"


def en_words(number: int) -> str:
    """0..99 in English words: 47 -> forty-seven."""
    if number < 10:
        return EN_UNITS[number]
    if number < 20:
        return EN_TEENS[number - 10]
    tens, unit = divmod(number, 10)
    return EN_TENS[tens] + (f"-{EN_UNITS[unit]}" if unit else "")


def year_words(year: int, lang: str) -> str:
    """1987 -> negentien zevenentachtig / nineteen eighty-seven; 2004 -> tweeduizend vier / two thousand four."""
    high, low = divmod(year, 100)
    if lang == "nl":
        return f"tweeduizend {nl_words(low)}" if high == 20 else f"{nl_words(high)} {nl_words(low)}"
    if high == 20 and low < 10:
        return f"two thousand {en_words(low)}" if low else "two thousand"
    low_words = f"oh {EN_UNITS[low]}" if low < 10 else en_words(low)
    return f"{en_words(high)} {low_words}"


def ordinal_nl(day: int) -> str:
    special = {1: "eerste", 3: "derde", 8: "achtste"}
    if day in special:
        return special[day]
    word = nl_words(day)
    return word + ("ste" if day >= 20 else "de")


def ordinal_en(day: int) -> str:
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def say_digits(number: str, lang: str, rng: random.Random) -> str:
    """Digits read out one at a time; in Dutch now and then two at a time ('zesenveertig'), in English 'double'."""
    plain = [int(char) for char in number if char.isdigit()]
    spoken, at = [], 0
    while at < len(plain):
        pair = plain[at : at + 2]
        if lang == "nl" and len(pair) == 2 and pair[0] != 0 and rng.random() < 0.35:
            spoken.append(nl_words(pair[0] * 10 + pair[1]))
            at += 2
        elif lang == "en" and len(pair) == 2 and pair[0] == pair[1] and rng.random() < 0.5:
            spoken.append(f"double {EN_UNITS[pair[0]]}")
            at += 2
        else:
            spoken.append((NL_UNITS if lang == "nl" else EN_UNITS)[pair[0]])
            at += 1
    if lang == "en":
        spoken = ["oh" if word == "zero" and rng.random() < 0.6 else word for word in spoken]
    return " ".join(spoken)


def spell_letters(text: str, alphabet: str, style: str) -> str:
    """Spell the letters of text: 'K van Karel, O van Otto' (nl), 'Kilo Oscar' (nato) or 'K-O'."""
    letters = [char for char in text.upper() if char.isalpha()]
    if style == "dash":
        return "-".join(letters)
    table = SPELL_NL if alphabet == "nl" else SPELL_NATO
    if style == "words":
        return " ".join(table.get(letter, letter) for letter in letters)
    link = "van" if alphabet == "nl" else "for"
    return ", ".join(f"{letter} {link} {table[letter]}" for letter in letters if letter in table)


def ascii_fold(text: str) -> str:
    """Lower-case ASCII form for mailboxes and handles: 'Ó Briain' -> 'obriain', 'Zsófia' -> 'zsofia'."""
    flat = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in flat if char.isascii() and (char.isalnum() or char in "-")).replace("-", "")
