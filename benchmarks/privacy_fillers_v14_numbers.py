"""Number-like values of the `test_v14` split: IBAN, BSN, postcode, address, card, date of birth, plate and
customer number (`FillersV14` in `privacy_fillers_v14` adds names, e-mail and phone numbers on top of this class).

Written by someone who never saw the redaction rules. Values with a check pass it: Dutch accounts the old
eleven-test, IBANs (also German, Polish, Turkish, Ukrainian, British, Belgian) mod 97, cards Luhn, BSNs the
elfproef, the Belgian national number ('YY.MM.DD-XXX.CC') mod 97; postcodes use the letters Dutch ones use (never
SA, SD, SS), plates the Dutch side codes. Formats: IBANs with hyphens or dots, wrapped, spoken; BSNs as a passport
prints them ('1234.56.782'); postcodes spoken in pairs, British ones and Eircodes; Amsterdam floors ('-III',
'-hs'), houseboats ('t/o'), care-home flats, Glasgow tenements ('Flat 2/1'); Amex in 4-6-5; dates of birth in
ISO, with a Roman month, spoken and corrected; plates spoken letter by letter; foreign plates."""

from __future__ import annotations

import re

from benchmarks import privacy_fillers_v14_pools as tables
from benchmarks.privacy_fillers import Fillers, _group, _iban, _luhn_complete


class FillersV14Numbers(Fillers):
    """IBAN, BSN, postcode, address, card, DOB, plate and customer-number fill methods."""

    _same = False
    _plate_last: str | None = None
    _dob_last: tuple[int, int, int] | None = None

    def digits(self, count: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(count))

    def one_of(self, *options):
        return self.rng.choice(options)

    # IBAN
    def _account(self) -> str:
        """Ten digits that pass the eleven-test Dutch banks used before the IBAN."""
        while True:
            head = [self.rng.randint(0, 9) for _ in range(9)]
            last = -sum(d * w for d, w in zip(head, range(10, 1, -1), strict=True)) % 11
            if last < 10 and any(head[:3]):
                return "".join(map(str, [*head, last]))

    def _nl_iban(self) -> str:
        return _iban("NL", self.pick("bank") + self._account())

    def iban(self, lang: str) -> str:
        value = self._nl_iban()
        grouped = _group(value, [4] * 5)
        return self.one_of(
            grouped, grouped, grouped, grouped, value, value, _group(value, [4] * 5, "-"), grouped.lower(),
            f"{value[:2]} {value[2:4]} {value[4:8]} {_group(value[8:], [4, 4, 2])}", _group(value, [4] * 5, "."),
        )  # fmt: skip

    def iban_plain(self, lang: str) -> str:
        return self._nl_iban()

    def iban_wrap(self, lang: str) -> str:
        """Wrapped by a mail program between two groups."""
        value = _group(self._nl_iban(), [4] * 5)
        return value[:9] + "\n" + value[10:] if self.rng.random() < 0.5 else value[:14] + "\n" + value[15:]

    def iban_spoken(self, lang: str) -> str:
        """'N-L zevenenveertig, R-A-B-O, nul drie een vier, ...' with a comma where the caller paused."""
        value = self._nl_iban()
        if lang == "en":
            head = f"N L {value[2:4]}, {' '.join(value[4:8])}"
            return (
                head
                + ", "
                + ", ".join(" ".join(tables.DIGITS_EN[int(c)] for c in part) for part in tables.chunks(value[8:]))
            )
        head = f"N-L {tables.nl_number(int(value[2:4]))}, {'-'.join(value[4:8])}"
        return (
            head
            + ", "
            + ", ".join(" ".join(tables.DIGITS_NL[int(c)] for c in part) for part in tables.chunks(value[8:]))
        )

    def iban_foreign(self, lang: str) -> str:
        return self._iban_abroad(self.rng.choice(list(tables.IBAN_ABROAD)), lang)

    def _iban_abroad(self, country: str, lang: str) -> str:
        """A German, Polish, Turkish, Ukrainian, British or Belgian IBAN (Belgium's own check inside)."""
        banks, middle, length = tables.IBAN_ABROAD[country]
        base = self.rng.choice(banks) + middle + self.digits(length)
        if country == "be":
            base += f"{int(base) % 97 or 97:02d}"
        value = _iban(country.upper(), base)
        return self.one_of(_group(value, [4] * 8), value)

    # BSN
    def _bsn(self) -> str:
        while True:
            head = [self.rng.randint(1, 9)] + [self.rng.randint(0, 9) for _ in range(7)]
            check = sum(d * w for d, w in zip(head, range(9, 1, -1), strict=True)) % 11
            if check < 10:
                return "".join(map(str, [*head, check]))

    def bsn(self, lang: str) -> str:
        value = self._bsn()
        return self.one_of(
            value, value, value, f"{value[:4]}.{value[4:6]}.{value[6:]}", _group(value, [3, 3, 3]),
            f"{value[:4]} {value[4:6]} {value[6:]}",
        )  # fmt: skip

    def bsn_plain(self, lang: str) -> str:
        return self._bsn()

    def bsn_spoken(self, lang: str) -> str:
        words = tables.DIGITS_EN if lang == "en" else tables.DIGITS_NL
        return ", ".join(" ".join(words[int(c)] for c in part) for part in _group(self._bsn(), [3, 3, 3]).split())

    def bsn_be(self, lang: str) -> str:
        """The Belgian national number, 'YY.MM.DD-XXX.CC', checked with mod 97 (a 2 in front from 2000 on)."""
        year, month, day = self.rng.randint(1940, 2006), self.rng.randint(1, 12), self.rng.randint(1, 28)
        base = f"{year % 100:02d}{month:02d}{day:02d}{self.rng.randint(1, 998):03d}"
        check = 97 - (int(base) + (2_000_000_000 if year >= 2000 else 0)) % 97
        value = f"{base}{check:02d}"
        return self.one_of(f"{value[:2]}.{value[2:4]}.{value[4:6]}-{value[6:9]}.{value[9:]}", value)

    # POSTCODE
    def _postcode(self) -> tuple[int, str]:
        while True:
            letters = self.rng.choice(tables.PC_LETTERS) + self.rng.choice(tables.PC_LETTERS)
            if letters not in ("SA", "SD", "SS"):
                return self.rng.randint(1000, 9999), letters

    def postcode(self, lang: str) -> str:
        number, letters = self._postcode()
        return self.one_of(
            f"{number} {letters}", f"{number} {letters}", f"{number} {letters}", f"{number}{letters}",
            f"{number}{letters}", f"{number} {letters.lower()}", f"{number}{letters.lower()}",
        )  # fmt: skip

    def postcode_spoken(self, lang: str) -> str:
        """Said in two pairs and two letters: 'vijfendertig eenentachtig, K L'."""
        number, letters = self._postcode()
        text = str(number)
        if lang == "en":
            return f"{' '.join(tables.DIGITS_EN[int(c)] for c in text)}, {letters[0]} {letters[1]}"
        return f"{tables.nl_pair(text[:2])} {tables.nl_pair(text[2:])}, {letters[0]} {letters[1]}"

    def postcode_be(self, lang: str) -> str:
        return str(self.one_of(1000, 1030, 1800, 2000, 2018, 2600, 2800, 3000, 3500, 8000, 8500, 9000, 9100, 9200))

    def _postcode_abroad(self, country: str, lang: str) -> str:
        """A British postcode or an Irish Eircode."""
        return self.pattern(self.rng.choice(tables.POSTCODES_ABROAD[country]))

    # ADDRESS
    def _number(self) -> int:
        return self.rng.choice([self.rng.randint(1, 30), self.rng.randint(1, 30), self.rng.randint(31, 320)])

    def address(self, lang: str) -> str:
        key = self.one_of("street_nl", "street_nl", "street_nl", "street_person", "street_person", "street_fy")
        street, number = self.pick(key), self._number()
        if key == "street_nl" and self.rng.random() < 0.08:
            return f"{self.one_of('Oude Rijn', 'Nieuwe Gracht', 'Zandpad')} t/o {number}"
        extra = self.one_of("", "", "", "", "", "a", "b", "A", " C", "-1", "-2", "-III", "-hs", "-II")
        return f"{street} {number}{extra}"

    def address_floor(self, lang: str) -> str:
        """An Amsterdam-style floor: 'Jan Evertsenstraat 140-III', '… 12-hs', '… 88 2hg'."""
        floor = self.one_of("-I", "-II", "-III", "-IV", "-hs", "-1", "-2", "-3", " 2hg", " 1-hoog")
        return f"{self.pick('street_person')} {self._number()}{floor}"

    def address_care(self, lang: str) -> str:
        return (
            f"{self.pick('street_nl')} {self._number()} {self.one_of('app.', 'appartement', 'kamer')} {self.digits(3)}"
        )

    def address_be(self, lang: str) -> str:
        street, number = self.pick("street_be"), self.rng.randint(1, 240)
        return self.one_of(
            f"{street} {number}", f"{street} {number} bus {self.rng.randint(1, 30)}", f"{street} {number}A"
        )

    def address_en(self, lang: str) -> str:
        street, number = self.pick("street_en"), self.rng.randint(2, 180)
        return self.one_of(
            f"{number} {street}", f"{number} {street}", f"{number}A {street}",
            f"Flat {self.rng.randint(0, 4)}/{self.rng.randint(1, 2)}, {number} {street}",
            f"Apartment {self.rng.randint(1, 40)}, {number} {street}",
        )  # fmt: skip

    # CARD
    def _pan(self) -> tuple[str, list[int]]:
        kind = self.one_of("visa", "visa", "visa", "mc", "mc", "mc2", "amex")
        if kind == "visa":
            return _luhn_complete("4" + self.digits(14)), [4, 4, 4, 4]
        if kind == "mc":
            return _luhn_complete(str(self.rng.randint(51, 55)) + self.digits(13)), [4, 4, 4, 4]
        if kind == "mc2":
            return _luhn_complete(str(self.rng.randint(2221, 2720)) + self.digits(11)), [4, 4, 4, 4]
        return _luhn_complete(self.one_of("34", "37") + self.digits(12)), [4, 6, 5]

    def card(self, lang: str) -> str:
        number, sizes = self._pan()
        return self.one_of(_group(number, sizes), _group(number, sizes), _group(number, sizes, "-"), number)

    def card_spoken(self, lang: str) -> str:
        number, sizes = self._pan()
        words = tables.DIGITS_EN if lang == "en" else tables.DIGITS_NL
        return ", ".join(" ".join(words[int(c)] for c in part) for part in _group(number, sizes).split())

    # DOB
    def _date(self, low: int, high: int) -> tuple[int, int, int]:
        self._dob_last = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(low, high)
        return self._dob_last

    def _dob(self, lang: str, day: int, month: int, year: int) -> str:
        yy = f"{year % 100:02d}"
        if lang == "en":
            name = tables.MONTHS_EN[month - 1]
            th = tables.ordinal(day)
            return self.one_of(
                f"{day} {name} {year}", f"{day:02d}/{month:02d}/{year}", f"{day}{th} of {name} {year}",
                f"{name} {day}{th}, {year}", f"{year}-{month:02d}-{day:02d}", f"{day}/{month}/{yy}",
            )  # fmt: skip
        name = tables.MONTHS_NL[month - 1]
        return self.one_of(
            f"{day:02d}-{month:02d}-{year}", f"{day:02d}-{month:02d}-{year}", f"{day}-{month}-{year}",
            f"{day:02d}/{month:02d}/{year}", f"{day} {name} {year}", f"{day} {name} {year}",
            f"{year}-{month:02d}-{day:02d}", f"{day}/{month}/'{yy}", f"{day} {tables.MONTHS_SHORT[month - 1]} '{yy}",
            f"{day}-{tables.ROMAN[month - 1]}-{year}", f"{day}.{month}.{yy}",
        )  # fmt: skip

    def dob(self, lang: str) -> str:
        return self._dob(lang, *self._date(1950, 2005))

    def dob_elder(self, lang: str) -> str:
        return self._dob(lang, *self._date(1926, 1949))

    def dob_child(self, lang: str) -> str:
        return self._dob(lang, *self._date(2011, 2020))

    def dob_teen(self, lang: str) -> str:
        day, month, year = self._date(2007, 2011)
        return self.one_of(f"{day}-{month}-{year}", f"{day:02d}{month:02d}{year % 100:02d}", f"{day}/{month}/{year}")

    def dob_baby(self, lang: str) -> str:
        return self._dob(lang, *self._date(2024, 2025))

    def dob_spoken(self, lang: str) -> str:
        day, month, year = self._date(1936, 2004)
        if lang == "en":
            return f"the {day}{tables.ordinal(day)} of {tables.MONTHS_EN[month - 1]}, {year}"
        said = (
            f"negentien {tables.nl_number(year % 100)}" if year < 2000 else f"tweeduizend {tables.DIGITS_NL[year % 10]}"
        )
        return f"{tables.nl_number(day)} {tables.MONTHS_NL[month - 1]}, {said}"

    def dob_fix(self, lang: str) -> str:
        """The date the caller gave last, with the day put right: '12-04-1961' becomes '13-04-1961'."""
        day, month, year = self._dob_last or self._date(1950, 2000)
        return f"{day + 1:02d}-{month:02d}-{year}"

    # PLATE
    def _plate(self, code: str) -> str:
        while True:
            value = "".join(
                self.rng.choice(tables.PLATE_LETTERS) if c == "L" else str(self.rng.randint(0, 9)) if c == "D" else c
                for c in code
            )
            letters = "".join(c for c in value if c.isalpha())
            if not any(bad in letters for bad in ("SS", "SD", "KKK", "NSB", "PVV", "GVD", "TBS")):
                self._plate_last = value
                return value

    def plate(self, lang: str) -> str:
        if self._same and self._plate_last:
            return self._plate_last
        value = self._plate(self.rng.choice(tables.SIDE_CODES * 4 + tables.OLD_SIDE_CODES))
        return self.one_of(value, value, value, value, value.replace("-", ""), value.lower(), value.replace("-", " "))

    def plate_spoken(self, lang: str) -> str:
        """Letters by their Dutch names, a group of one or two digits as a number, three digits one by one."""
        value = self._plate(self.rng.choice(tables.SIDE_CODES))
        said = []
        for group in value.split("-"):
            if group.isalpha():
                said.append("-".join(tables.LETTER_NL[c] for c in group) if lang != "en" else " ".join(group))
            elif len(group) == 3 or lang == "en":
                said.append(" ".join((tables.DIGITS_EN if lang == "en" else tables.DIGITS_NL)[int(c)] for c in group))
            else:
                said.append(tables.nl_pair(group) if len(group) == 2 else tables.DIGITS_NL[int(group)])
        return ", ".join(said)

    def _plate_abroad(self, country: str, lang: str) -> str:
        return self.pattern(self.rng.choice(tables.PLATES_ABROAD[country]))

    # CUSTOMER_NUMBER
    def customer_number(self, lang: str, kind: str = "") -> str:
        """`CUSTOMER_NUMBER_PASS` and the like draw a format of that kind (`CUSTOMER_FORMATS`)."""
        return self.pattern(self.rng.choice(tables.CUSTOMER_FORMATS[kind]))

    def pattern(self, text: str) -> str:
        """'+48 {3} {3}' with each {n} replaced by n random digits, each <n> by n random capitals."""
        text = re.sub(r"<(\d)>", lambda match: "".join(self.rng.choices(tables.CAPITALS, k=int(match.group(1)))), text)
        return re.sub(r"\{(\d+)\}", lambda match: self.digits(int(match.group(1))), text)
