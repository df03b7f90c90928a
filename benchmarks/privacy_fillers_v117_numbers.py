"""Check digits, dates and spoken forms of the held-out split test_v117: IBAN (ISO 13616, mod 97, with the Belgian
account's own mod 97), the Dutch BSN's eleven test, the Belgian national register number, Canada's social insurance
number (Luhn), New Zealand's IRD number (weighted mod 11 with its second weighting), Poland's PESEL built on the
birth date, Nigeria's NIN and the Ghana Card PIN, Luhn for payment cards; and birth dates as Limburg, West-Flemish,
Canadian and New Zealand writers put them down, as after-call shorthand abbreviates them, as Excel cells keep them
and as OCR misreads them off a printed form."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

MAANDEN = "januari februari maart april mei juni juli augustus september oktober november december".split()
MONTHS = "January February March April May June July August September October November December".split()
MND = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()
MON = [month[:3] for month in MONTHS]
WORDS_NL = "nul één twee drie vier vijf zes zeven acht negen".split()
WORDS_EN = "zero one two three four five six seven eight nine".split()
_OCR = {"0": "O", "1": "l", "5": "S", "8": "B", "6": "b"}


def rand_digits(rng: random.Random, count: int, first: str = "") -> str:
    """`count` digits, the first ones given by `first`."""
    return first + "".join(str(rng.randrange(10)) for _ in range(count - len(first)))


def chunk(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    """`text` cut into pieces of `sizes` (the rest in one last piece) and joined by `sep`."""
    pieces, at = [], 0
    for size in sizes:
        if at >= len(text):
            break
        pieces.append(text[at : at + size])
        at += size
    if at < len(text):
        pieces.append(text[at:])
    return sep.join(pieces)


def luhn_digit(body: str) -> str:
    total = 0
    for index, char in enumerate(reversed(body)):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value if value < 10 else value - 9
    return str(-total % 10)


def mod97_iban(country: str, bban: str) -> str:
    number = int("".join(str(int(char, 36)) for char in f"{bban}{country}00"))
    return f"{country}{98 - number % 97:02d}{bban}"


def bban_be(rng: random.Random) -> str:
    bank = rng.choice(("001", "063", "068", "088", "103", "310", "363", "737", "750", "979"))
    body = bank + rand_digits(rng, 7)
    return f"{body}{int(body) % 97 or 97:02d}"


def bban_pl(rng: random.Random) -> str:
    """A Polish account: an eight-digit bank branch code (its own check digit is not tested) and sixteen digits."""
    return rng.choice(("10501038", "11402004", "10202892", "19401076", "12401037", "10905178")) + rand_digits(rng, 16)


def elf_proef(rng: random.Random) -> str:
    """A nine-digit BSN that passes the eleven test (9..2 on the first eight, -1 on the last)."""
    while True:
        head = rand_digits(rng, 8, rng.choice("12345678"))
        rest = sum(int(d) * w for d, w in zip(head, (9, 8, 7, 6, 5, 4, 3, 2), strict=True)) % 11
        if rest != 10:
            return head + str(rest)


def rijksregister(rng: random.Random, year: int, month: int, day: int) -> str:
    """YY.MM.DD-SSS.CC; from 2000 the check is taken over '2' + the nine digits."""
    body = f"{year % 100:02d}{month:02d}{day:02d}{rng.randint(1, 998):03d}"
    check = 97 - int(("2" if year >= 2000 else "") + body) % 97
    return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:9]}.{check:02d}"


def social_insurance(rng: random.Random) -> str:
    """Canada's SIN: nine digits, Luhn-valid, first digit 1 to 7 by province of issue."""
    body = rand_digits(rng, 8, rng.choice("1234567"))
    return body + luhn_digit(body)


def ird_number(rng: random.Random) -> str:
    """New Zealand IRD number: eight base digits weighted 3 2 7 6 5 4 3 2 (then 7 4 3 2 5 2 7 6) mod 11."""
    while True:
        base = f"{rng.randint(10_000_000, 14_999_999):08d}"
        for weights in ((3, 2, 7, 6, 5, 4, 3, 2), (7, 4, 3, 2, 5, 2, 7, 6)):
            rest = sum(int(d) * w for d, w in zip(base, weights, strict=True)) % 11
            check = 0 if rest == 0 else 11 - rest
            if check != 10:
                return base + str(check)


def pesel(rng: random.Random, year: int, month: int, day: int) -> str:
    """Poland's PESEL: YYMMDD (month + 20 from 2000), four serial digits (the last odd for men), a check digit."""
    head = f"{year % 100:02d}{month + (20 if year >= 2000 else 0):02d}{day:02d}{rand_digits(rng, 4)}"
    total = sum(int(d) * w for d, w in zip(head, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3), strict=True))
    return head + str(-total % 10)


def nigerian_nin(rng: random.Random) -> str:
    return rand_digits(rng, 11, rng.choice("123456789"))


def ghana_card(rng: random.Random) -> str:
    return f"GHA-{rand_digits(rng, 9, rng.choice('1234567'))}-{rng.randrange(10)}"


def ocr_noise(text: str, rng: random.Random, rate: float = 0.25) -> str:
    """Some digits read as look-alike letters, as an OCR pass over a printed form does."""
    return "".join(_OCR[c] if c in _OCR and rng.random() < rate else c for c in text)


_TEENS_NL = "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
_TENS_NL = "twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()
_TEENS_EN = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS_EN = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def number_words(value: int, lang: str) -> str:
    """1 to 99: 'zevenentachtig', 'eighty-seven'."""
    units, teens, tens = (WORDS_EN, _TEENS_EN, _TENS_EN) if lang == "en" else (WORDS_NL, _TEENS_NL, _TENS_NL)
    if value < 10:
        return units[value].replace("één", "een")
    if value < 20:
        return teens[value - 10]
    ten, unit = divmod(value, 10)
    if unit == 0:
        return tens[ten - 2]
    if lang == "en":
        return f"{tens[ten - 2]}-{units[unit]}"
    unit_word = units[unit].replace("één", "een")
    return f"{unit_word}{'ën' if unit_word.endswith('e') else 'en'}{tens[ten - 2]}"


def say_each(text: str, lang: str) -> str:
    words = WORDS_EN if lang == "en" else WORDS_NL
    return " ".join(words[int(c)] for c in text if c.isdigit())


class DatesV117:
    """DOB* and the birth date parts other numbers are built on; `rng` comes from `Fillers`."""

    rng: random.Random
    pick: Callable[[str], str]

    def _one(self, *options: Any) -> Any:
        return self.rng.choice(options)

    def _d(self, count: int, first: str = "") -> str:
        return rand_digits(self.rng, count, first)

    def _born(self, oldest: int = 1946, youngest: int = 2006) -> tuple[int, int, int]:
        year, month = self.rng.randint(oldest, youngest), self.rng.randint(1, 12)
        return year, month, self.rng.randint(1, 30 if month != 2 else 28)

    def _dutch_date(self, year: int, month: int, day: int) -> str:
        return self._one(
            f"{day}-{month}-{year}", f"{day:02d}-{month:02d}-{year}", f"{day} {MAANDEN[month - 1]} {year}",
            f"{day:02d}/{month:02d}/{year}", f"{day}/{month}/{year}", f"{day} {MND[month - 1]}. {year}",
            f"{day:02d}.{month:02d}.{year}", f"{day}-{month}-'{year % 100:02d}",
        )  # fmt: skip

    def _english_date(self, year: int, month: int, day: int) -> str:
        nth = "th" if day in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{day}/{month}/{year}", f"{day:02d}/{month:02d}/{year}", f"{MONTHS[month - 1]} {day}, {year}",
            f"{day} {MONTHS[month - 1]} {year}", f"{day}{nth} of {MONTHS[month - 1]} {year}",
            f"{year}-{month:02d}-{day:02d}", f"{MON[month - 1]} {day} {year}", f"{day}-{MON[month - 1]}-{year}",
        )  # fmt: skip

    def dob(self, lang: str) -> str:
        year, month, day = self._born()
        return self._english_date(year, month, day) if lang == "en" else self._dutch_date(year, month, day)

    def dob_en(self, lang: str) -> str:
        return self._english_date(*self._born())

    def dob_iso(self, lang: str) -> str:
        year, month, day = self._born()
        return f"{year}-{month:02d}-{day:02d}"

    def dob_short(self, lang: str) -> str:
        """As an agent jots it down after a call: '3-7-84', '030784', '03.07.84'."""
        year, month, day = self._born(1950, 2005)
        yy = f"{year % 100:02d}"
        return self._one(f"{day}-{month}-{yy}", f"{day:02d}{month:02d}{yy}", f"{day:02d}.{month:02d}.{yy}",
                         f"{day}/{month}/{yy}", f"{day}{MND[month - 1]}{yy}")  # fmt: skip

    def dob_donor(self, lang: str) -> str:
        """Blood donors are between 18 and 79 years old."""
        year, month, day = self._born(1948, 2006)
        return self._english_date(year, month, day) if lang == "en" else self._dutch_date(year, month, day)

    def dob_ocr(self, lang: str) -> str:
        year, month, day = self._born()
        text = self._one(
            f"{day:02d}-{month:02d}-{year}", f"{day:02d} / {month:02d} / {year}", f"{day:02d}{month:02d}{year}"
        )
        return ocr_noise(text, self.rng, 0.2)

    def dob_xl(self, lang: str) -> str:
        """An Excel cell's date pasted as text: '1987-03-14 00:00:00', '14-3-1987' or day-month-year."""
        year, month, day = self._born()
        return self._one(f"{year}-{month:02d}-{day:02d} 00:00:00", f"{day}-{month}-{year}", f"{day}-{month}-{year}")

    def dob_datum(self, lang: str) -> str:
        """The arguments of a DATUM (DATE) formula, year;month;day, as a Dutch Excel writes them."""
        year, month, day = self._born()
        return f"{year};{month};{day}" if lang != "en" else f"{year},{month},{day}"

    def dob_spoken(self, lang: str) -> str:
        year, month, day = self._born(1950, 2005)
        high, low = divmod(year, 100)
        if lang == "en":
            oh = "oh " if low < 10 else ""
            spoken_year = f"nineteen {oh}{number_words(low, 'en')}" if high == 19 else "two thousand"
            spoken_year += f" and {number_words(low, 'en')}" if high == 20 and low else ""
            return self._one(
                f"{MONTHS[month - 1]} {number_words(day, 'en')}, {spoken_year}",
                f"{say_each(f'{day:02d}', 'en')}, {say_each(f'{month:02d}', 'en')}, {say_each(str(year), 'en')}",
                f"{day} {MONTHS[month - 1]} {spoken_year}",
            )
        spoken_year = ("negentien" if high == 19 else "tweeduizend") + (number_words(low, "nl") if low else "")
        return self._one(
            f"{number_words(day, 'nl')} {MAANDEN[month - 1]} {spoken_year}",
            f"{say_each(f'{day:02d}', 'nl')} {say_each(f'{month:02d}', 'nl')} {say_each(str(year), 'nl')}",
            f"{day} {MAANDEN[month - 1]} {spoken_year}",
        )
