"""Check digits and read-out numbers of the held-out split test_v112: IBAN mod 97, the Dutch BSN eleven test,
the Belgian national register number (mod 97 over the birth date and serial), Luhn for payment cards, and Dutch
and English numbers, years and dates as callers say them in video calls."""

from __future__ import annotations

import random

_ONES = {
    "nl": "nul één twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
    "zeventien achttien negentien".split(),
    "en": "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split(),
}
_TENS = {
    "nl": ",,twintig,dertig,veertig,vijftig,zestig,zeventig,tachtig,negentig".split(","),
    "en": ",,twenty,thirty,forty,fifty,sixty,seventy,eighty,ninety".split(","),
}
_DIGIT_NAMES = {"nl": "nul een twee drie vier vijf zes zeven acht negen".split(), "en": _ONES["en"][:10]}
MAAND = "januari februari maart april mei juni juli augustus september oktober november december".split()
MAAND_KORT = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()
MONTH = "January February March April May June July August September October November December".split()
# Dates of birth as forms, mails and chats write them: {d} day, {m} month, {y} year, {yy} its last two digits,
# {name} and {short} the month's name and abbreviation, {nth} the English day suffix.
DOB_NL = (
    "{d:02d}-{m:02d}-{y}|{d}-{m}-{y}|{d} {name} {y}|{d:02d}/{m:02d}/{y}|{d}.{m}.{y}|{d} {short} '{yy}|"
    "{d:02d}-{m:02d}-'{yy}|{d}/{m}/{yy}"
).split("|")
DOB_EN = (
    "{d:02d}/{m:02d}/{y}|{d}{nth} {name} {y}|{name} {d}, {y}|{d:02d}-{short}-{y}|{d}.{m}.{y}|"
    "{d} {short} {y}|{d}{nth} of {name}, {y}"
).split("|")
DOB_BE = "{d:02d}/{m:02d}/{y}|{d:02d}.{m:02d}.{y}|{d} {name} {y}|{d}/{m}/{y}".split("|")
_NTH_EN = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}


def digits(rng: random.Random, count: int) -> str:
    """`count` random digits, leading zeros allowed."""
    return "".join(rng.choice("0123456789") for _ in range(count))


def split_up(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    """Cut `text` into pieces of `sizes` (the rest as a last piece) joined by `sep`."""
    pieces, at = [], 0
    for size in sizes:
        if at < len(text):
            pieces.append(text[at : at + size])
        at += size
    if at < len(text):
        pieces.append(text[at:])
    return sep.join(pieces)


def _mod97(text: str) -> int:
    remainder = 0
    for char in text.upper():
        for digit in str(int(char, 36)):
            remainder = (remainder * 10 + int(digit)) % 97
    return remainder


def make_iban(country: str, bban: str) -> str:
    """Country code, two check digits so that the rearranged number is 1 modulo 97, then the BBAN."""
    return f"{country}{98 - _mod97(bban + country + '00'):02d}{bban}"


def iban_valid(iban: str) -> bool:
    plain = "".join(char for char in iban if char.isalnum())
    return len(plain) > 4 and _mod97(plain[4:] + plain[:4]) == 1


def belgian_account(rng: random.Random) -> str:
    """Twelve digits: a bank's three, seven more, and the first ten modulo 97 (97 for 0)."""
    head = rng.choice(("001", "063", "068", "088", "143", "310", "363", "645", "734", "735", "737", "973")) + digits(
        rng, 7
    )
    return f"{head}{int(head) % 97 or 97:02d}"


def luhn(head: str) -> str:
    """`head` plus the one digit that makes the Luhn sum a multiple of ten."""
    total = 0
    for index, char in enumerate(reversed(head)):
        value = int(char) * (1 if index % 2 else 2)
        total += value if value < 10 else value - 9
    return head + str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    plain = [int(char) for char in number if char.isdigit()]
    return luhn("".join(map(str, plain[:-1])))[-1] == str(plain[-1])


def bsn_number(rng: random.Random, leading_zero: bool = False) -> str:
    """Nine digits passing the eleven test (9..2 weights, the last digit weighted -1)."""
    while True:
        body = [0 if leading_zero else rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        if leading_zero:
            body[1] = rng.randint(1, 9)
        check = sum(weight * digit for weight, digit in zip(range(9, 1, -1), body, strict=True)) % 11
        if check != 10:
            return "".join(map(str, body)) + str(check)


def bsn_valid(number: str) -> bool:
    plain = [int(char) for char in number if char.isdigit()]
    plain = [0] * (9 - len(plain)) + plain
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return len(plain) == 9 and sum(w * d for w, d in zip(weights, plain, strict=True)) % 11 == 0


def national_register(rng: random.Random, year: int, month: int, day: int) -> str:
    """A Belgian rijksregisternummer YY.MM.DD-SSS.CC; born in 2000 or later, a 2 goes before the mod 97."""
    serial = rng.randint(1, 997)
    base = f"{year % 100:02d}{month:02d}{day:02d}{serial:03d}"
    check = 97 - int(("2" if year >= 2000 else "") + base) % 97
    return f"{base[:2]}.{base[2:4]}.{base[4:6]}-{base[6:]}.{check:02d}"


def national_register_valid(number: str) -> bool:
    plain = "".join(char for char in number if char.isdigit())
    body, check = plain[:9], int(plain[9:])
    return check in (97 - int(body) % 97, 97 - int("2" + body) % 97)


def words(number: int, lang: str) -> str:
    """0..99 in words: 'zevenenveertig', 'forty-seven'."""
    if number < 20:
        return _ONES[lang][number]
    tens, ones = divmod(number, 10)
    if not ones:
        return _TENS[lang][tens]
    if lang == "en":
        return f"{_TENS['en'][tens]}-{_ONES['en'][ones]}"
    link = "ën" if _ONES["nl"][ones].endswith("e") else "en"
    return f"{_ONES['nl'][ones].replace('é', 'e')}{link}{_TENS['nl'][tens]}"


def year_words(year: int, lang: str) -> str:
    century, rest = divmod(year, 100)
    if lang == "nl":
        if century == 20:
            return "tweeduizend" + (words(rest, "nl") if rest else "")
        return f"{words(century, 'nl')}honderd{words(rest, 'nl') if rest else ''}"
    if century == 20:
        return "two thousand" + (f" and {words(rest, 'en')}" if rest else "")
    return f"{words(century, 'en')} {('oh ' + words(rest, 'en')) if 0 < rest < 10 else words(rest, 'en')}"


def ordinal_en(day: int) -> str:
    if day in _NTH_EN:
        return _NTH_EN[day]
    if day > 20 and day % 10:
        return f"{words(day - day % 10, 'en')}-{ordinal_en(day % 10)}"
    text = words(day, "en")
    return text[:-1] + "ieth" if text.endswith("y") else text + "th"


def ordinal_nl(day: int) -> str:
    text = words(day, "nl").replace("é", "e")
    if day in (1, 8) or day > 19:
        return {1: "eerste", 8: "achtste"}.get(day, text + "ste")
    return {3: "derde"}.get(day, text + "de")


def say_digits(number: str, lang: str, rng: random.Random) -> str:
    """Read a digit string out: one by one, in pairs ('zesentwintig') or with 'dubbel'/'double'."""
    names = _DIGIT_NAMES[lang]
    style = rng.choice(("single", "single", "pairs", "double"))
    if style == "pairs" and len(number) % 2 == 0:
        spoken = []
        for at in range(0, len(number), 2):
            pair = number[at : at + 2]
            spoken.append(f"{names[0]} {names[int(pair[1])]}" if pair[0] == "0" else words(int(pair), lang))
        return ", ".join(spoken) if rng.random() < 0.5 else " ".join(spoken)
    out, at = [], 0
    while at < len(number):
        if style == "double" and number[at : at + 1] == number[at + 1 : at + 2]:
            out.append(("dubbel " if lang == "nl" else "double ") + names[int(number[at])])
            at += 2
        else:
            out.append(names[int(number[at])])
            at += 1
    return " ".join(out)


def write_date(pattern: str, day: int, month: int, year: int) -> str:
    """Fill a DOB_* pattern; English month names for DOB_EN's patterns, Dutch ones otherwise."""
    english = pattern in DOB_EN
    name = (MONTH if english else MAAND)[month - 1]
    short = name[:3] if english else MAAND_KORT[month - 1]
    nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return pattern.format(d=day, m=month, y=year, yy=f"{year % 100:02d}", name=name, short=short, nth=nth)
