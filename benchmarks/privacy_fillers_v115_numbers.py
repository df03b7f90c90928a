"""Check digits, layouts and spoken forms of the held-out split test_v115 (seed 647): the IBAN's mod 97 (and the
Belgian account's own mod 97), the Dutch BSN's eleven test, the Belgian national register number, the South African
ID number (Luhn), the British National Insurance number's letters, Kenyan ID numbers, Luhn for payment cards, the
digits and dates people dictate to a smartwatch or type into a chat, and the letters a fax's OCR puts for digits."""

from __future__ import annotations

import random
import unicodedata

MONTH_NAMES = {
    "nl": "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december".split("|"),
    "en": "January|February|March|April|May|June|July|August|September|October|November|December".split("|"),
}
MONTH_SHORT = {
    "nl": "jan|feb|mrt|apr|mei|jun|jul|aug|sept|okt|nov|dec".split("|"),
    "en": "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec".split("|"),
}
_UNITS = {
    "nl": "nul|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|"
    "zeventien|achttien|negentien".split("|"),
    "en": "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen".split("|"),
}
_TENS = {
    "nl": ",,twintig,dertig,veertig,vijftig,zestig,zeventig,tachtig,negentig".split(","),
    "en": ",,twenty,thirty,forty,fifty,sixty,seventy,eighty,ninety".split(","),
}
# Date of birth layouts, "|" between them: {d} day, {m} month, {y} year, {yy} its last two digits, {mn} the month's
# name, {ms} its short name, {sx} the English day suffix, {dw} and {yw} the day and year in words.
DATE_FORMS = {
    "nl": "{d}-{m}-{y}|{d:02d}-{m:02d}-{y}|{d} {mn} {y}|{d:02d}/{m:02d}/{y}|{d}-{m}-'{yy}|{d} {ms} {y}|"
    "{d:02d}.{m:02d}.{y}|{d:02d}-{m:02d}-{yy:02d}",
    "en": "{d}/{m}/{y}|{d:02d}/{m:02d}/{y}|{d} {mn} {y}|{d}{sx} {mn} {y}|{mn} {d}, {y}|{d}-{ms}-{y}|{d} {ms} {y}|"
    "{d}{sx} of {mn} {y}",
    "iso": "{y}-{m:02d}-{d:02d}",
    "watch_nl": "{d} {mn} {y}|{dw} {mn} {y}|{d} {m} {y}|{d} {mn} {yw}",
    "watch_en": "{mn} {d} {y}|{d} {mn} {y}|{mn} {d}{sx} {y}|{mn} {dw} {yw}",
    "fax": "{d:02d}-{m:02d}-{y}|{d:02d}/{m:02d}/{y}|{d:02d}.{m:02d}.{y}",
}
# Where OCR misreads a digit on a fax, and what it reads instead.
OCR_FOR = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z", "6": "b"}


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def spaced(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    pieces, at = [], 0
    for size in sizes:
        pieces.append(text[at : at + size])
        at += size
    if at < len(text):
        pieces.append(text[at:])
    return sep.join(piece for piece in pieces if piece)


def luhn(partial: str) -> str:
    """`partial` with the one check digit that makes the whole pass the Luhn test."""
    total = 0
    for place, char in enumerate(reversed(partial)):
        value = int(char) * (1 if place % 2 else 2)
        total += value - 9 if value > 9 else value
    return partial + str((10 - total % 10) % 10)


def iban(country: str, bban: str) -> str:
    moved = "".join(str(int(char, 36)) for char in bban + country) + "00"
    return f"{country}{98 - int(moved) % 97:02d}{bban}"


def belgian_bban(rng: random.Random) -> str:
    head = rng.choice(("001", "063", "068", "083", "143", "310", "363", "735", "973", "751")) + digits(rng, 7)
    check = int(head) % 97 or 97
    return f"{head}{check:02d}"


def bsn(rng: random.Random) -> str:
    while True:
        body = str(rng.randint(1, 6)) + digits(rng, 7)
        rest = sum(int(char) * weight for char, weight in zip(body, range(9, 1, -1), strict=True)) % 11
        if rest < 10:
            return body + str(rest)


def be_register(rng: random.Random, day: int, month: int, year: int) -> str:
    """yy.mm.dd-nnn.cc, the check 97 minus the first nine digits mod 97 (with a 2 in front for births from 2000)."""
    core = f"{year % 100:02d}{month:02d}{day:02d}{rng.randint(1, 997):03d}"
    check = 97 - int(("2" if year >= 2000 else "") + core) % 97
    return f"{core[:2]}.{core[2:4]}.{core[4:6]}-{core[6:]}.{check:02d}"


def za_id(rng: random.Random, day: int, month: int, year: int) -> str:
    """YYMMDD, four digits for the sex (below 5000 female), 0 for a citizen, 8, and the Luhn digit."""
    return luhn(f"{year % 100:02d}{month:02d}{day:02d}{rng.randint(0, 9999):04d}{rng.choice('001')}8")


def ni_number(rng: random.Random) -> str:
    first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    while first + second in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
        second = rng.choice("ABCEHJLMPRSW")
    return f"{first}{second}{digits(rng, 6)}{rng.choice('ABCD')}"


def ke_id(rng: random.Random) -> str:
    return str(rng.randint(2, 3)) + digits(rng, 7)


def number_words(value: int, lang: str) -> str:
    if value < 20:
        return _UNITS[lang][value]
    tens, unit = divmod(value, 10)
    if not unit:
        return _TENS[lang][tens]
    if lang == "en":
        return f"{_TENS['en'][tens]}-{_UNITS['en'][unit]}"
    joint = "ën" if _UNITS["nl"][unit].endswith("e") else "en"
    return f"{_UNITS['nl'][unit]}{joint}{_TENS['nl'][tens]}"


def year_words(year: int, lang: str) -> str:
    century, rest = divmod(year, 100)
    if lang == "en" and century == 20:
        return f"two thousand and {number_words(rest, 'en')}" if rest else "two thousand"
    if lang == "en":
        head = number_words(century, "en")
        return f"{head} {number_words(rest, 'en')}" if rest >= 10 else f"{head} oh {number_words(rest, 'en')}"
    if century == 20:
        return f"tweeduizend{number_words(rest, 'nl') if rest else ''}"
    return f"{number_words(century, 'nl')}{number_words(rest, 'nl') if rest else 'honderd'}"


def write_date(layout: str, day: int, month: int, year: int, lang: str) -> str:
    suffix = "th" if 10 < day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return layout.format(
        d=day, m=month, y=year, yy=year % 100, mn=MONTH_NAMES[lang][month - 1], ms=MONTH_SHORT[lang][month - 1],
        sx=suffix, dw=number_words(day, lang), yw=year_words(year, lang),
    )  # fmt: skip


def say_digits(number: str, lang: str, rng: random.Random) -> str:
    """Dictated to a watch: digit by digit, or the first ones in words and the rest in digits as it heard them."""
    if rng.random() < 0.5:
        return " ".join(_UNITS[lang][int(char)] for char in number)
    cut = rng.choice((2, 3, 4))
    return " ".join(_UNITS[lang][int(char)] for char in number[:cut]) + " " + spaced(number[cut:], (2, 2, 2, 2, 2))


def ocr(text: str, rng: random.Random, most: int = 2) -> str:
    """A fax run through OCR: up to `most` digits read as look-alike letters (and at least one when there is any)."""
    spots = [at for at, char in enumerate(text) if char in OCR_FOR]
    if not spots:
        return text
    chars = list(text)
    for at in rng.sample(spots, min(len(spots), rng.randint(1, most))):
        chars[at] = OCR_FOR[chars[at]]
    return "".join(chars)


def plain(text: str) -> str:
    """A name as it goes into a mailbox: lower case, without accents, spaces, hyphens or apostrophes."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return "".join(c for c in bare.lower() if c.isalnum())
