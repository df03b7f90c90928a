"""Number-like values of the `test_v15` split: IBAN, BSN, postcode, address, card, date of birth and customer number
(`FillersV15` in `privacy_fillers_v15` adds names, e-mail, phone numbers and plates on top of this class).

Written by someone who never saw the redaction rules. Values with a check pass it: Dutch accounts the old eleven-test
and IBANs mod 97, with the national check digits of Belgian, French (clé RIB), Spanish (dígitos de control) and
Portuguese (NIB) accounts, and Romanian, Bulgarian, Irish, British, German and Polish IBANs; cards Luhn (Visa,
Mastercard, Amex, UnionPay for Chinese callers); BSNs the elfproef, Belgian national numbers mod 97 (with the '2'
in front from 2000 on); Dutch postcodes use the letters PostNL uses (never SA, SD, SS), British ones a real outward
code and an inward part without C, I, K, M, O, V. Formats: an
IBAN with a no-break space from a PDF, broken over a line, read out with 'dubbel'; Belgian national numbers as
their cards print them; Portuguese addresses with a comma before the number, Belgian ones with a slash, house
numbers in words, double numbers ('12-14'); dates of birth as a Dutch passport prints them ('12 MAA/MAR 1985'),
as eight digits, a year put right ('1958, nee 1985'); customer numbers of many kinds."""

from __future__ import annotations

from benchmarks import privacy_fillers_v15_pools as tables
from benchmarks.privacy_fillers import Fillers, _group, _iban, _luhn_complete


class FillersV15Numbers(Fillers):
    """IBAN, BSN, postcode, address, card, DOB and customer-number fill methods."""

    _same = False
    _dob_last: tuple[int, int, int] | None = None

    def digits(self, count: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(count))

    def one_of(self, *options):
        return self.rng.choice(options)

    def pattern(self, text: str, letters: str = tables.CAPITALS) -> str:
        """Each '#' a random digit, each '@' a random capital of `letters`."""
        return "".join(
            str(self.rng.randint(0, 9)) if c == "#" else self.rng.choice(letters) if c == "@" else c for c in text
        )

    # IBAN
    def _account(self) -> str:
        """Ten digits that pass the eleven-test of the Dutch banks' old account numbers."""
        while True:
            head = [self.rng.randint(0, 9) for _ in range(9)]
            check = sum(d * w for d, w in zip(head, range(10, 1, -1), strict=True)) % 11
            if check != 1 and head[0] + head[1]:
                return "".join(map(str, head)) + str((11 - check) % 11)

    def _nl_iban(self) -> str:
        return _iban("NL", self.pick("bank") + self._account())

    def iban(self, lang: str) -> str:
        value = self._nl_iban()
        grouped = _group(value, [4] * 5)
        return self.one_of(
            grouped, grouped, grouped, value, grouped.lower(), f"{value[:4]} {value[4:8]} {value[8:]}",
            f"{value[:2]} {value[2:4]} {value[4:8]} {value[8:]}", grouped.replace(" ", "\u00a0"),
        )  # fmt: skip

    def iban_wrap(self, lang: str) -> str:
        """Broken by a narrow chat window after the second or third group."""
        parts = _group(self._nl_iban(), [4] * 5).split()
        cut = self.one_of(2, 3)
        return " ".join(parts[:cut]) + "\n" + " ".join(parts[cut:])

    def iban_voice(self, lang: str) -> str:
        """'N L zesenveertig, R A B O, nul dubbel drie ...', the bank's letters one by one."""
        value = self._nl_iban()
        words, double = (tables.DIGITS_EN, "double") if lang == "en" else (tables.DIGITS_NL, "dubbel")
        check = value[2:4] if lang == "en" else ("nul " if value[2] == "0" else "") + tables.nl_number(int(value[2:4]))
        groups = [tables.said(part, words, double) for part in _group(value[8:], [3, 3, 4]).split()]
        return f"N L {check}, {' '.join(value[4:8])}, " + ", ".join(groups)

    def _iban_in(self, country: str, lang: str) -> str:
        bank = self.rng.choice(tables.IBAN_BANKS[country])
        if country == "be":
            head = bank + self.digits(7)
            bban = head + f"{int(head) % 97 or 97:02d}"
        elif country == "fr":
            branch, account = self.digits(5), self.digits(11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
            bban = f"{bank}{branch}{account}{key:02d}"
        elif country == "es":
            branch, account = self.digits(4), self.digits(10)
            bban = bank + branch + _es_check("00" + bank + branch) + _es_check(account) + account
        elif country == "pt":
            head = bank + self.digits(15)
            bban = head + f"{98 - int(head) * 100 % 97:02d}"
        elif country == "ro":
            bban = bank + "RONCRT" + self.digits(10)
        elif country == "bg":
            bban = bank + self.digits(4) + self.one_of("10", "15") + self.digits(8)
        elif country in ("ie", "gb"):
            bban = bank + self.digits(14)
        else:  # de, pl
            bban = bank + self.digits(10 if country == "de" else 16)
        value = _iban(country.upper(), bban)
        return self.one_of(_group(value, [4] * 8), _group(value, [4] * 8), value)

    # BSN
    def _bsn(self) -> str:
        while True:
            head = [self.rng.randint(1, 6)] + [self.rng.randint(0, 9) for _ in range(7)]
            check = sum(d * w for d, w in zip(head, range(9, 1, -1), strict=True)) % 11
            if check < 10:
                return "".join(map(str, head)) + str(check)

    def bsn(self, lang: str) -> str:
        value = self._bsn()
        return self.one_of(
            value, value, value, _group(value, [3, 3, 3]), _group(value, [3, 3, 3], "."),
            f"{value[:4]}.{value[4:6]}.{value[6:]}",
        )  # fmt: skip

    def bsn_voice(self, lang: str) -> str:
        words, double = (tables.DIGITS_EN, "double") if lang == "en" else (tables.DIGITS_NL, "dubbel")
        return ", ".join(tables.said(part, words, double) for part in _group(self._bsn(), [3, 3, 3]).split())

    def bsn_be(self, lang: str) -> str:
        """The Belgian national number: birth date, a serial (odd for men), a mod-97 check."""
        year, month, day = self.rng.randint(1945, 2007), self.rng.randint(1, 12), self.rng.randint(1, 28)
        head = f"{year % 100:02d}{month:02d}{day:02d}{self.rng.randint(1, 997):03d}"
        value = head + f"{97 - (int(head) + (2_000_000_000 if year >= 2000 else 0)) % 97:02d}"
        return self.one_of(
            f"{value[:2]}.{value[2:4]}.{value[4:6]}-{value[6:9]}.{value[9:]}", f"{value[:6]} {value[6:9]} {value[9:]}",
            f"{value[:6]}-{value[6:9]}-{value[9:]}", value,
        )  # fmt: skip

    # POSTCODE
    def _postcode(self) -> tuple[str, str]:
        while True:
            letters = self.rng.choice(tables.PC_LETTERS) + self.rng.choice(tables.PC_LETTERS)
            if letters not in ("SA", "SD", "SS"):
                return str(self.rng.randint(1011, 9999)), letters

    def postcode(self, lang: str) -> str:
        number, letters = self._postcode()
        return self.one_of(
            f"{number} {letters}", f"{number} {letters}", f"{number}{letters}", f"{number}{letters}",
            f"{number} {letters.lower()}", f"{number}{letters[0]}{letters[1].lower()}",
        )  # fmt: skip

    def postcode_voice(self, lang: str) -> str:
        """'vierenveertig eenentwintig, ka-el' or 'four four two one, K L'."""
        number, letters = self._postcode()
        if lang == "en":
            return f"{' '.join(tables.DIGITS_EN[int(c)] for c in number)}, {letters[0]} {letters[1]}"
        said = f"{tables.nl_number(int(number[:2]))} {tables.nl_number(int(number[2:]))}"
        if number[2] == "0":
            said = f"{tables.nl_number(int(number[:2]))} nul {tables.DIGITS_NL[int(number[3])]}"
        return (
            f"{said}, {tables.LETTERS_NL.get(letters[0], letters[0])}-{tables.LETTERS_NL.get(letters[1], letters[1])}"
        )

    def _postcode_in(self, country: str, lang: str) -> str:
        if country == "uk":
            inward = str(self.rng.randint(1, 9)) + "".join(self.rng.choices(tables.UK_INWARD_LETTERS, k=2))
            return f"{self.rng.choice(tables.UK_OUTWARD)} {inward}"
        if country == "pt":
            return self.pattern(self.one_of("4050-###", "1100-###", "3000-###", "1250-###"))
        if country == "ro":
            return self.pattern(self.one_of("0102##", "4000##", "3001##"))
        return str(self.one_of(1000, 1050, 2018, 2060, 2140, 3000, 3010, 8000, 8500, 8800, 9000, 9040, 9300, 3500))

    # ADDRESS
    def _number(self) -> int:
        return self.one_of(self.rng.randint(1, 40), self.rng.randint(1, 40), self.rng.randint(41, 260))

    def address(self, lang: str) -> str:
        street = self.pick(self.one_of("street_nl", "street_nl", "street_person", "street_odd"))
        number = self._number()
        if self.rng.random() < 0.07:
            return f"{street} {number}-{number + 2}"
        extra = self.one_of("", "", "", "", "a", "B", "-1", "-2", " II", "-III", " 3-hoog", " bg", "-C")
        return self.one_of(f"{street} {number}{extra}", f"{street} {number}{extra}", f"{street} nr. {number}{extra}")

    def address_voice(self, lang: str) -> str:
        street, number = self.pick("street_nl"), self.rng.randint(2, 99)
        return f"{street} {tables.nl_number(number)}{self.one_of('', '', ' a', ' bee')}"

    def address_care(self, lang: str) -> str:
        """A flat in a sheltered-housing block: the block's own number, then the flat's."""
        return (
            f"{self.pick('street_nl')} {self.rng.randint(1, 60)}-{self.one_of('', '0', '1')}{self.rng.randint(1, 48)}"
        )

    def _address_in(self, country: str, lang: str) -> str:
        street, number = self.pick(f"street_{country}"), self.rng.randint(1, 180)
        if country == "be":
            return self.one_of(
                f"{street} {number}", f"{street} {number}/{self.rng.randint(1, 12)}", f"{street} {number}B"
            )
        if country == "uk":
            return self.one_of(f"{number} {street}", f"{number}a {street}", f"{number} {street}")
        if country == "pt":
            return self.one_of(f"{street}, {number}", f"{street} {number}, {self.rng.randint(1, 6)}.º andar")
        if country == "ro":
            return f"{street} nr. {number}"
        return f"{street} {number}{self.one_of('', '', 'a', ' A')}"  # li, fy, bq

    # CARD
    def _pan(self, kind: str = "") -> tuple[str, list[int]]:
        kind = kind or self.one_of("visa", "visa", "visa", "mc", "mc", "mc2", "amex")
        if kind == "visa":
            return _luhn_complete("4" + self.digits(14)), [4, 4, 4, 4]
        if kind == "mc":
            return _luhn_complete(str(self.rng.randint(51, 55)) + self.digits(13)), [4, 4, 4, 4]
        if kind == "mc2":
            return _luhn_complete(str(self.rng.randint(2221, 2720)) + self.digits(11)), [4, 4, 4, 4]
        if kind == "cup":
            return _luhn_complete("62" + self.one_of("2202", "2848", "1700") + self.digits(9)), [4, 4, 4, 4]
        return _luhn_complete(self.one_of("34", "37") + self.digits(12)), [4, 6, 5]

    def card(self, lang: str) -> str:
        number, sizes = self._pan()
        return self.one_of(_group(number, sizes), _group(number, sizes), _group(number, sizes, "-"), number)

    def card_cn(self, lang: str) -> str:
        number, sizes = self._pan("cup")
        return self.one_of(_group(number, sizes), number)

    def card_voice(self, lang: str) -> str:
        number, sizes = self._pan()
        words, double = (tables.DIGITS_EN, "double") if lang == "en" else (tables.DIGITS_NL, "dubbel")
        return ", ".join(tables.said(part, words, double) for part in _group(number, sizes).split())

    # DOB
    def _date(self, low: int, high: int) -> tuple[int, int, int]:
        self._dob_last = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(low, high)
        return self._dob_last

    def _dob(self, lang: str, day: int, month: int, year: int) -> str:
        if lang == "en":
            name = tables.MONTHS_EN[month - 1]
            return self.one_of(
                f"{day} {name} {year}", f"{name} {day}, {year}", f"{day:02d}/{month:02d}/{year}",
                f"{day}.{month}.{year}", f"{day} {name[:3]} {year}",
            )  # fmt: skip
        name = tables.MONTHS_NL[month - 1]
        return self.one_of(
            f"{day:02d}-{month:02d}-{year}", f"{day:02d}-{month:02d}-{year}", f"{day}-{month}-{year}",
            f"{day} {name} {year}", f"{day} {name} '{year % 100:02d}", f"{day:02d}.{month:02d}.{year}",
            f"{day}/{month}/{year}", f"{day:02d}{month:02d}{year}",
        )  # fmt: skip

    def dob(self, lang: str) -> str:
        return self._dob(lang, *self._date(1952, 2006))

    def _dob_in(self, age: str, lang: str) -> str:
        low, high = {"elder": (1928, 1951), "child": (2010, 2021), "baby": (2023, 2025)}[age]
        return self._dob(lang, *self._date(low, high))

    def dob_pass(self, lang: str) -> str:
        """As the Dutch passport prints it: '12 MAA/MAR 1985'."""
        day, month, year = self._date(1955, 2006)
        return f"{day:02d} {tables.MONTHS_PASS[month - 1]} {year}"

    def dob_cell(self, lang: str) -> str:
        day, month, year = self._date(1950, 2006)
        return self.one_of(f"{year}-{month:02d}-{day:02d}", f"{day}-{month}-{year}")

    def dob_voice(self, lang: str) -> str:
        day, month, year = self._date(1940, 2005)
        if lang == "en":
            return f"{day} {tables.MONTHS_EN[month - 1]} {year // 100} {year % 100:02d}"
        short = tables.nl_number(year % 100)
        full = f"negentien{short}" if year < 2000 else f"tweeduizend{tables.DIGITS_NL[year % 10]}"
        return self.one_of(
            f"{tables.nl_number(day)} {tables.MONTHS_NL[month - 1]} {full}",
            f"{tables.nl_number(day)}, {tables.nl_number(month)}, {short}",
        )

    def dob_fix(self, lang: str) -> str:
        """The date given last, put right: the year's last digits turned round ('1958' meant '1985'), else the day."""
        day, month, year = self._dob_last or self._date(1950, 1999)
        swapped = year - year % 100 + (year % 10) * 10 + (year // 10) % 10
        year, day = (swapped, day) if 1930 <= swapped <= 2006 and swapped != year else (year, day + 1)
        return f"{day:02d}-{month:02d}-{year}"

    # CUSTOMER_NUMBER
    def customer_number(self, lang: str, kind: str = "") -> str:
        return self.pattern(self.rng.choice(tables.CUSTOMER_FORMATS[kind]))


def _es_check(digits: str) -> str:
    """One of the two Spanish account check digits, over ten digits."""
    total = sum(int(d) * w for d, w in zip(digits, (1, 2, 4, 8, 5, 10, 9, 7, 3, 6), strict=True))
    check = 11 - total % 11
    return str({11: 0, 10: 1}.get(check, check))
