"""Spelling helpers of the held-out test_v4 split: number words, month names and the way speech-to-text, forms
and Belgian or British writers put numbers down. Kept apart from `privacy_fillers_v4` so both stay short.

Written for test_v4 alone, before any rule was tuned for it; nothing here is shared with earlier splits.
"""

from __future__ import annotations

import random
import unicodedata

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
# Abbreviations as letters and forms write them, with and without the dot.
MONTHS_SHORT = {
    "nl": "jan. febr. mrt. apr. mei jun. jul. aug. sept. okt. nov. dec.".split(),
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec".split(),
}
_NL_UNITS = (
    "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
    "zeventien achttien negentien".split()
)
_NL_TENS = "twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()
_EN_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split()
)
_EN_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_EN_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split()
)
NL_DIGITS = "nul één twee drie vier vijf zes zeven acht negen".split()
EN_DIGITS = "oh one two three four five six seven eight nine".split()


def nl_number(number: int) -> str:
    """0..99 in Dutch words: 'drieëntwintig', 'zevenenveertig', 'twaalf'."""
    if number < 20:
        return _NL_UNITS[number]
    tens, unit = divmod(number, 10)
    if not unit:
        return _NL_TENS[tens - 2]
    joint = "ën" if _NL_UNITS[unit].endswith("e") else "en"
    return f"{_NL_UNITS[unit]}{joint}{_NL_TENS[tens - 2]}"


def en_number(number: int) -> str:
    """0..99 in English words as speech-to-text writes them: 'eighty seven' (no hyphen)."""
    if number < 20:
        return _EN_UNITS[number]
    tens, unit = divmod(number, 10)
    return _EN_TENS[tens - 2] + (f" {_EN_UNITS[unit]}" if unit else "")


def en_ordinal(day: int) -> str:
    """1..31 as an English ordinal word: 'third', 'twenty first'."""
    if day <= 20:
        return _EN_ORDINALS[day - 1]
    tens, unit = divmod(day, 10)
    return f"{_EN_TENS[tens - 2]} {_EN_ORDINALS[unit - 1]}" if unit else _EN_TENS[tens - 2][:-1] + "ieth"


def suffix(day: int) -> str:
    return "th" if 10 < day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def nl_year(year: int) -> str:
    """'negentien zevenentachtig', 'tweeduizend vijf' as a Dutch caller says a year."""
    return f"negentien {nl_number(year % 100)}" if year < 2000 else f"tweeduizend {nl_number(year % 100)}"


def en_year(year: int) -> str:
    """'nineteen eighty seven', 'nineteen oh four', 'two thousand and six'."""
    if year >= 2000:
        return f"two thousand and {en_number(year % 100)}"
    low = year % 100
    return f"nineteen {'oh ' + _EN_UNITS[low] if low < 10 else en_number(low)}"


def en_digits_with_doubles(number: str) -> str:
    """A British caller reading a number: 'oh seven seven double four one ...'."""
    words, index = [], 0
    while index < len(number):
        word = EN_DIGITS[int(number[index])]
        if index + 1 < len(number) and number[index + 1] == number[index]:
            words.append(f"double {word}")
            index += 2
        else:
            words.append(word)
            index += 1
    return " ".join(words)


def ascii_fold(text: str) -> str:
    """What an e-mail local part makes of a name: no accents, no spaces, no apostrophes."""
    text = text.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return folded.replace(" ", "").replace("'", "").replace("-", "").lower()


def digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


def be_bban(rng: random.Random) -> str:
    """A Belgian account number with its own check: the first ten digits mod 97 (97 when that is 0)."""
    first = rng.choice(["001", "068", "363", "731", "737", "751", "973", "143"]) + digits(rng, 7)
    check = int(first) % 97 or 97
    return f"{first}{check:02d}"


def plate_nl(rng: random.Random) -> str:
    """A Dutch plate in one of the side codes of cars on the road now (6 to 14)."""
    letters, numbers = "BDFGHJKLNPRSTVXZ", "0123456789"
    code = rng.choice(["DD-LL-LL", "DD-LLL-D", "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "D-LL-DDD", "DDD-LL-D"])
    return "".join(rng.choice(letters) if c == "L" else rng.choice(numbers) if c == "D" else c for c in code)


def plate_be(rng: random.Random) -> str:
    """A Belgian plate: a digit, three letters, three digits ('1-KTR-447')."""
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    return f"{rng.choice('12')}-{letters}-{digits(rng, 3)}"


def plate_uk(rng: random.Random) -> str:
    """A British plate: area letters, age digits, three letters ('YK19 HBN')."""
    area = rng.choice(["YK", "LB", "MA", "BD", "SN", "WR", "GX", "FE", "OU", "KP"])
    age = rng.choice(["09", "14", "59", "17", "67", "21", "71", "23", "73"])
    return f"{area}{age} {''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXY') for _ in range(3))}"


def spoken_plate(plate: str) -> str:
    """A plate as a voice bot writes it down: letters one by one, digit groups kept ('4 h t 123')."""
    parts = []
    for group in plate.split("-"):
        parts.append(group if group.isdigit() else " ".join(group.lower()))
    return " ".join(parts)
