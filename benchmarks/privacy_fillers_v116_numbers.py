"""Check digits and spoken forms of the held-out split test_v116: IBAN (ISO 13616, mod 97; the Belgian account's own
mod 97 and Turkish accounts with their reserved digit), the Dutch BSN's eleven test, the Belgian national register
number, the Turkish T.C. kimlik number's two check digits, the Australian tax file number's weighted mod 11, the
Malaysian MyKad built on the birth date, Moroccan CIN cards, Luhn for payment cards, and digits, numbers and dates as
Dutch, Flemish and English speakers say them in WhatsApp voice notes that a phone then writes out."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

MONTHS_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()
MONTHS_EN = "January February March April May June July August September October November December".split()
ABBR_NL = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()
ABBR_EN = [month[:3] for month in MONTHS_EN]
ABBR_TR = "Oca Şub Mar Nis May Haz Tem Ağu Eyl Eki Kas Ara".split()
_UNITS_NL = "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
_UNITS_NL += "zeventien achttien negentien"
UNITS = {
    "nl": _UNITS_NL.split(),
    "en": "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split(),
}
TENS = {
    "nl": ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"],
    "en": ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
}
ORDINAL_NL = {1: "eerste", 3: "derde", 8: "achtste"}
ORDINAL_EN = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}


def digits(rng: random.Random, count: int, lead: str = "") -> str:
    """`count` random digits; `lead` forces the first ones."""
    return lead + "".join(rng.choice("0123456789") for _ in range(count - len(lead)))


def split_up(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, at = [], 0
    for size in sizes:
        if at < len(text):
            out.append(text[at : at + size])
        at += size
    if at < len(text):
        out.append(text[at:])
    return sep.join(out)


def luhn(partial: str) -> str:
    """`partial` with the Luhn check digit appended."""
    total = 0
    for position, char in enumerate(reversed(partial)):
        value = int(char) * (1 if position % 2 else 2)
        total += value - 9 if value > 9 else value
    return partial + str((10 - total % 10) % 10)


def iban(country: str, bban: str) -> str:
    moved = "".join(str(int(char, 36)) for char in bban + country + "00")
    return f"{country}{98 - int(moved) % 97:02d}{bban}"


def belgian_bban(rng: random.Random) -> str:
    body = digits(rng, 10, rng.choice(("001", "063", "068", "083", "091", "132", "143", "363", "734", "751")))
    check = int(body) % 97 or 97
    return f"{body}{check:02d}"


def turkish_bban(rng: random.Random) -> str:
    return rng.choice(("00010", "00012", "00046", "00062", "00064", "00067", "00111")) + "0" + digits(rng, 16)


def bsn(rng: random.Random) -> str:
    while True:
        head = digits(rng, 8, rng.choice("123456"))
        rest = sum(int(d) * w for d, w in zip(head, range(9, 1, -1), strict=True)) % 11
        if rest < 10:
            return head + str(rest)


def tc_kimlik(rng: random.Random) -> str:
    """Turkish identity number: eleven digits, the tenth and eleventh are checks."""
    head = [int(d) for d in digits(rng, 9, rng.choice("123456789"))]
    tenth = ((sum(head[0:9:2]) * 7) - sum(head[1:8:2])) % 10
    eleventh = (sum(head) + tenth) % 10
    return "".join(map(str, head)) + f"{tenth}{eleventh}"


def tax_file_number(rng: random.Random) -> str:
    """Australian TFN: nine digits whose weighted sum (1 4 3 7 5 8 6 9 10) is divisible by 11."""
    weights = (1, 4, 3, 7, 5, 8, 6, 9, 10)
    while True:
        number = digits(rng, 8, rng.choice("1234789"))
        partial = sum(int(d) * w for d, w in zip(number, weights, strict=False))
        for last in range(10):
            if (partial + last * 10) % 11 == 0:
                return number + str(last)


def mykad(rng: random.Random, year: int, month: int, day: int) -> str:
    """Malaysian identity card: YYMMDD, the state of birth, three digits and a last one odd for men, even for women."""
    state = rng.choice(("01", "02", "05", "07", "08", "10", "14", "14", "10", "12", "13"))
    return f"{year % 100:02d}{month:02d}{day:02d}-{state}-{digits(rng, 3)}{rng.randint(0, 9)}"


def belgian_register(rng: random.Random, year: int, month: int, day: int) -> str:
    """Belgian national register number YY.MM.DD-SSS.CC; for births from 2000 the check is taken over 2YYMMDDSSS."""
    serial = rng.randint(1, 997)
    body = f"{year % 100:02d}{month:02d}{day:02d}{serial:03d}"
    check = 97 - int(("2" if year >= 2000 else "") + body) % 97
    return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:]}.{check:02d}"


def moroccan_cin(rng: random.Random) -> str:
    letters = rng.choice(("A", "B", "BE", "BK", "C", "CD", "D", "EE", "F", "FA", "G", "H", "J", "K", "L", "S", "Z"))
    return letters + digits(rng, rng.choice((5, 6)), rng.choice("123456789"))


def say_digits(text: str, lang: str, sep: str = " ") -> str:
    return sep.join(UNITS[lang][int(char)] if char.isdigit() else char for char in text if char != " ")


def say_number(value: int, lang: str) -> str:
    """0 to 99 in words: 'zevenenveertig', 'forty-seven'."""
    if value < 20:
        return UNITS[lang][value]
    tens, unit = divmod(value, 10)
    if unit == 0:
        return TENS[lang][tens]
    if lang == "en":
        return f"{TENS['en'][tens]}-{UNITS['en'][unit]}"
    joint = "ën" if UNITS["nl"][unit].endswith("e") else "en"
    return f"{UNITS['nl'][unit]}{joint}{TENS['nl'][tens]}"


def say_year(year: int, lang: str) -> str:
    century, rest = divmod(year, 100)
    if lang == "nl":
        return (
            ("tweeduizend" + (say_number(rest, "nl") if rest else ""))
            if century == 20
            else (f"negentien{say_number(rest, 'nl')}")
        )
    if century == 20:
        return f"two thousand and {say_number(rest, 'en')}" if rest else "two thousand"
    return f"nineteen {say_number(rest, 'en')}" if rest >= 10 else f"nineteen oh {say_number(rest, 'en')}"


def ordinal_nl(day: int) -> str:
    if day in ORDINAL_NL:
        return ORDINAL_NL[day]
    word = say_number(day, "nl")
    return word + ("ste" if day >= 20 or day in (1, 8) else "de")


def ordinal_en(day: int) -> str:
    if day in ORDINAL_EN:
        return ORDINAL_EN[day]
    word = say_number(day, "en")
    if day % 10 in (1, 2, 3, 5, 8, 9) and day > 20:
        head, _, tail = word.partition("-")
        return f"{head}-{ORDINAL_EN[day % 10]}"
    return word.replace("ty", "tie") + "th" if day % 10 == 0 else word + "th"


def suffix_en(day: int) -> str:
    return "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


_MONTHS_TR = "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split()
_MONTHS_MY = "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember".split()


class SpokenV116:
    """DOB* and the spoken PHONE, IBAN and BSN slots (the base of `CodesV116`); `rng` and `pick` come from `Fillers`."""

    rng: random.Random
    pick: Callable[[str], str]

    def _one(self, *options: Any) -> Any:
        return self.rng.choice(options)

    def _d(self, count: int, lead: str = "") -> str:
        return digits(self.rng, count, lead)

    # ---- spoken in a voice note, as the phone writes it out
    def phone_spoken(self, lang: str) -> str:
        """Digit by digit, in groups, or in pairs said as numbers."""
        if lang == "en":
            number = self._one(f"04{self._d(8)}", f"868{self._d(7, '7')}", f"01{self._d(8)}")
            words = say_digits(number, "en").replace("zero", self._one("oh", "zero"))
            return self._one(words, ", ".join(say_digits(chunk, "en") for chunk in split_up(number, (4, 3, 3)).split()))
        rest = self._d(8, self._one("1", "2", "3", "4", "5"))
        pairs = " ".join(say_number(int(rest[i : i + 2]), "nl") if rest[i] != "0" else say_digits(rest[i : i + 2], "nl")
                         for i in range(0, 8, 2))  # fmt: skip
        return self._one(f"nul zes {pairs}", say_digits("06" + rest, "nl"), f"06 {pairs}",
                         f"nul zes, {split_up(rest, (2, 2, 2, 2))}")  # fmt: skip

    def iban_spoken(self, lang: str) -> str:
        number = iban("NL", self.pick("bank_nl") + self._d(10))
        check = say_number(int(number[2:4]), "nl") if number[2] != "0" else say_digits(number[2:4], "nl")
        account = number[8:]
        return self._one(
            f"NL {check} {number[4:8]} {split_up(account, (3, 3, 4))}",
            f"n l {number[2:4]} {' '.join(number[4:8].lower())} {say_digits(account, 'nl')}",
            f"{number[:4]} {number[4:8].lower()} {split_up(account, (2, 2, 2, 2, 2))}",
        )  # fmt: skip

    def bsn_spoken(self, lang: str) -> str:
        number = bsn(self.rng)
        grouped = ", ".join(say_digits(part, "nl") for part in split_up(number, (3, 3, 3)).split())
        return self._one(say_digits(number, "nl"), grouped)

    # ---- dates of birth
    def _birth(self, first: int, last: int) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(first, last)

    def _written(self, day: int, month: int, year: int, lang: str) -> str:
        if lang == "en":
            name, short = MONTHS_EN[month - 1], ABBR_EN[month - 1]
            return self._one(
                f"{day:02d}/{month:02d}/{year}", f"{day}/{month}/{year}", f"{day}{suffix_en(day)} {name} {year}",
                f"{day} {short} {year}", f"{name} {day}, {year}", f"{day:02d}-{short}-{year}",
                f"{day:02d}.{month:02d}.{year}",
            )  # fmt: skip
        name, short, yy = MONTHS_NL[month - 1], ABBR_NL[month - 1], f"{year % 100:02d}"
        return self._one(
            f"{day:02d}-{month:02d}-{year}", f"{day}-{month}-{year}", f"{day} {name} {year}",
            f"{day:02d}/{month:02d}/{year}", f"{day}.{month}.{year}", f"{day} {short} '{yy}",
            f"{day:02d}-{month:02d}-'{yy}", f"{day:02d}{month:02d}{year}",
        )  # fmt: skip

    def dob(self, lang: str) -> str:
        return self._written(*self._birth(1948, 2005), lang)

    def dob_en(self, lang: str) -> str:
        return self._written(*self._birth(1950, 2005), "en")

    def dob_child(self, lang: str) -> str:
        return self._written(*self._birth(2013, 2021), lang)

    def dob_elder(self, lang: str) -> str:
        return self._written(*self._birth(1926, 1947), lang)

    def dob_iso(self, lang: str) -> str:
        day, month, year = self._birth(1940, 2006)
        return f"{year}-{month:02d}-{day:02d}"

    def dob_tr(self, lang: str) -> str:
        day, month, year = self._birth(1936, 1962)
        return self._one(f"{day:02d}.{month:02d}.{year}", f"{day} {_MONTHS_TR[month - 1]} {year}",
                         f"{day:02d} {ABBR_TR[month - 1]} {year}")  # fmt: skip

    def dob_my(self, lang: str) -> str:
        day, month, year = self._birth(1960, 2004)
        return self._one(
            f"{day:02d}/{month:02d}/{year}", f"{day} {_MONTHS_MY[month - 1]} {year}", f"{day}-{month}-{year}"
        )

    def dob_spoken(self, lang: str) -> str:
        day, month, year = self._birth(1930, 2005)
        if lang == "en":
            name, spoken_year = MONTHS_EN[month - 1], say_year(year, "en")
            return self._one(
                f"the {ordinal_en(day)} of {name} {spoken_year}", f"{name} {ordinal_en(day)}, {spoken_year}",
                f"{say_number(day, 'en')} {say_number(month, 'en')} {say_number(year % 100, 'en')}",
            )  # fmt: skip
        name, short_year = MONTHS_NL[month - 1], say_year(year, "nl") if year >= 2000 else say_number(year % 100, "nl")
        return self._one(
            f"{say_number(day, 'nl')} {name} {say_year(year, 'nl')}", f"{day} {name} {short_year}",
            f"de {ordinal_nl(day)} van de {ordinal_nl(month)}, {say_year(year, 'nl')}",
        )  # fmt: skip
