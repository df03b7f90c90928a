"""Number-like values of the `test_v17` split: IBAN, BSN, postcode, address, card, date of birth and customer number
(`FillersV17` in `privacy_fillers_v17` adds names, e-mail, phone numbers and plates on top of this class).

Written by someone who never saw the redaction rules. Values with a check pass it: Dutch IBANs (their account part
the old eleven-test) and Belgian, German, French and British IBANs mod 97; cards Luhn (Visa, Mastercard in the 51-55
and 2221-2720 ranges, Amex); BSNs the elfproef; Belgian national numbers mod 97 ('2' in front for those born from
2000); Dutch postcodes only with the letters the post uses, never SA, SD or SS; British postcodes with a real
outward code and an inward code without C, I, K, M, O, V. Formats: grouped in fours, threes or twos, bare, with
dots, dashes or slashes, lower case, broken over a line, read aloud digit by digit or in pairs, one part put right."""

from __future__ import annotations

from benchmarks import privacy_fillers_v17_pools as tables
from benchmarks.privacy_fillers import Fillers, _bsn, _group, _iban, _luhn_complete


class FillersV17Numbers(Fillers):
    """IBAN, BSN, postcode, address, card, DOB and customer-number fill methods."""

    _same = False
    _dob_last: tuple[int, int, int] | None = None
    _pc_last: tuple[str, str] | None = None

    def digits(self, count: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(count))

    def one_of(self, *options):
        return self.rng.choice(options)

    def pattern(self, text: str, letters: str = tables.CAPITALS) -> str:
        return "".join(
            str(self.rng.randint(0, 9)) if c == "#" else self.rng.choice(letters) if c == "@" else c for c in text
        )

    # IBAN
    def _account(self) -> str:
        while True:
            head = [self.rng.randint(0, 9) for _ in range(9)]
            check = sum(d * w for d, w in zip(head, range(10, 1, -1), strict=True)) % 11
            if check != 1 and head[0]:
                return "".join(map(str, head)) + str((11 - check) % 11)

    def _nl_iban(self) -> str:
        return _iban("NL", self.pick("bank") + self._account())

    def iban(self, lang: str) -> str:
        value = self._nl_iban()
        grouped = _group(value, [4] * 5)
        return self.one_of(
            grouped, grouped, grouped, value, grouped.lower(), "-".join(grouped.split()), grouped.replace(" ", "  "),
            f"{value[:8]} {value[8:]}", f"{value[:4]} {value[4:8]} {_group(value[8:], [3, 3, 4])}",
        )  # fmt: skip

    def iban_wrap(self, lang: str) -> str:
        parts = _group(self._nl_iban(), [4] * 5).split()
        cut = self.one_of(2, 3, 4)
        return " ".join(parts[:cut]) + "\n" + " ".join(parts[cut:])

    def iban_voice(self, lang: str) -> str:
        value = self._nl_iban()
        bank = (
            " ".join(value[4:8]) if lang == "en" else " ".join(tables.LETTERS_NL.get(c, c.lower()) for c in value[4:8])
        )
        country = "N L" if lang == "en" else "en el"
        rest = tables.in_pairs(value[8:], lang) if self.rng.random() < 0.4 else tables.one_by_one(value[8:], lang)
        return f"{country} {tables.one_by_one(value[2:4], lang)} {bank} {rest}"

    def _iban_in(self, country: str, lang: str) -> str:
        bank = self.rng.choice(tables.IBAN_BANKS[country])
        if country == "be":
            head = bank + self.digits(7)
            bban = head + f"{int(head) % 97 or 97:02d}"
        elif country == "fr":
            branch, account = self.digits(5), self.digits(11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
            bban = f"{bank}{branch}{account}{key:02d}"
        elif country == "gb":
            bban = bank + self.digits(14)
        else:
            bban = bank + self.digits(10)
        value = _iban(country.upper(), bban)
        return self.one_of(_group(value, [4] * 9), value)

    # BSN
    def bsn(self, lang: str) -> str:
        value = _bsn(self.rng)
        return self.one_of(
            value, value, value, f"{value[:3]}.{value[3:6]}.{value[6:]}", f"{value[:3]} {value[3:6]} {value[6:]}",
            f"{value[:4]} {value[4:6]} {value[6:]}", f"{value[:2]}.{value[2:4]}.{value[4:6]}.{value[6:]}",
        )  # fmt: skip

    def bsn_voice(self, lang: str) -> str:
        value = _bsn(self.rng)
        if self.rng.random() < 0.5:
            return tables.one_by_one(value, lang)
        said = tables.one_by_one(value[:3], lang), tables.in_pairs(value[3:7], lang), tables.in_pairs(value[7:], lang)
        return ", ".join(said)

    def bsn_be(self, lang: str) -> str:
        year, month, day = self._date(1938, 2007)
        head = f"{year % 100:02d}{month:02d}{day:02d}{self.rng.randint(1, 997):03d}"
        value = head + f"{97 - int(('2' if year >= 2000 else '') + head) % 97:02d}"
        return self.one_of(
            f"{value[:2]}.{value[2:4]}.{value[4:6]}-{value[6:9]}.{value[9:]}", value,
            f"{value[:6]}-{value[6:9]}-{value[9:]}", f"{value[:6]} {value[6:9]} {value[9:]}",
        )  # fmt: skip

    # POSTCODE
    def _pc(self) -> tuple[str, str]:
        while True:
            letters = self.rng.choice(tables.PC_LETTERS) + self.rng.choice(tables.PC_LETTERS)
            if letters not in ("SA", "SD", "SS"):
                self._pc_last = str(self.rng.randint(1011, 9999)), letters
                return self._pc_last

    def postcode(self, lang: str) -> str:
        digits, letters = self._pc()
        return self.one_of(
            f"{digits} {letters}", f"{digits} {letters}", f"{digits}{letters}",
            f"{digits} {letters.lower()}", f"{digits}  {letters}", f"{digits}{letters.lower()}",
        )  # fmt: skip

    def postcode_fix(self, lang: str) -> str:
        """The postcode given last with one letter put right."""
        digits, letters = self._pc_last or self._pc()
        swapped = letters[0] + self.rng.choice([c for c in tables.PC_LETTERS if c != letters[1]])
        return f"{digits} {swapped if swapped not in ('SA', 'SD', 'SS') else letters[0] + 'X'}"

    def postcode_voice(self, lang: str) -> str:
        digits, letters = self._pc()
        said = tables.in_pairs(digits, lang) if self.rng.random() < 0.5 else tables.one_by_one(digits, lang)
        if lang == "en":
            return f"{said} {' '.join(letters)}"
        return f"{said} {' '.join(tables.LETTERS_NL[c] for c in letters)}"

    def _postcode_in(self, country: str, lang: str) -> str:
        if country == "uk":
            inward = self.rng.choice(tables.UK_INWARD_LETTERS) + self.rng.choice(tables.UK_INWARD_LETTERS)
            return f"{self.rng.choice(tables.UK_OUTWARD)} {self.rng.randint(0, 9)}{inward}"
        if country == "be":
            return str(self.one_of(1000, 1030, 2000, 2018, 2300, 2800, 3000, 3500, 8000, 8400, 9000, 9100))
        return f"{self.one_of('47', '48', '52', '40', '50', '46')}{self.digits(3)}"  # de, near the border

    # ADDRESS
    def _house(self) -> str:
        n = self.rng.randint(1, 187)
        return self.one_of(
            f"{n}", f"{n}", f"{n}", f"{n}a", f"{n} A", f"{n}-B", f"{n} hs", f"{n}-1", f"{n} II", f"{n} zw",
            f"{n}bis", f"{n} rd", f"{n}-{n + 1}", f"{n} bg", f"{n}/3",
        )  # fmt: skip

    def address(self, lang: str) -> str:
        return f"{self.pick('street_nl')} {self._house()}"

    def address_voice(self, lang: str) -> str:
        extra = self.one_of("", "", "", " a", " b", " huis" if lang != "en" else " flat two")
        return f"{self.pick('street_nl')} {tables.number_said(self.rng.randint(1, 99), lang)}{extra}"

    def _address_in(self, country: str, lang: str) -> str:
        street, n = self.pick(f"street_{country}"), self.rng.randint(1, 140)
        if country == "be":
            return self.one_of(
                f"{street} {n}", f"{street} {n} bus {self.rng.randint(1, 20)}", f"{street} {n}/0{n % 9 + 1}"
            )
        if country == "uk":
            return self.one_of(f"{n} {street}", f"Flat {self.rng.randint(1, 9)}, {n} {street}", f"{n}b {street}")
        return self.one_of(f"{street} {n}", f"{street} {n}a")

    # CARD
    def _card(self) -> str:
        kind = self.one_of("visa", "visa", "mc", "mc2", "amex")
        if kind == "amex":
            return _luhn_complete(self.one_of("34", "37") + self.digits(12))
        head = (
            "4"
            if kind == "visa"
            else f"5{self.rng.randint(1, 5)}"
            if kind == "mc"
            else str(self.rng.randint(2221, 2720))
        )
        return _luhn_complete(head + self.digits(15 - len(head)))

    def card(self, lang: str) -> str:
        value = self._card()
        if len(value) == 15:
            return self.one_of(_group(value, [4, 6, 5]), value, _group(value, [4, 6, 5], "-"))
        grouped = _group(value, [4] * 4)
        return self.one_of(grouped, grouped, value, grouped.replace(" ", "-"), grouped.replace(" ", "."))

    def card_wrap(self, lang: str) -> str:
        groups = _group(self._card(), [4] * 4).split()
        return " ".join(groups[:2]) + "\n" + " ".join(groups[2:])

    def card_voice(self, lang: str) -> str:
        groups = _group(self._card(), [4] * 4).split()
        if self.rng.random() < 0.5:
            return " ... ".join(tables.one_by_one(group, lang) for group in groups)
        return ", ".join(tables.in_pairs(group, lang) for group in groups)

    # DOB
    def _date(self, low: int, high: int) -> tuple[int, int, int]:
        year, month = self.rng.randint(low, high), self.rng.randint(1, 12)
        return year, month, self.rng.randint(1, 30 if month != 2 else 28)

    def _dob_text(self, low: int, high: int, lang: str) -> str:
        year, month, day = self._dob_last = self._date(low, high)
        if lang == "en":
            suffix = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
            return self.one_of(
                f"{day:02d}/{month:02d}/{year}", f"{day}{suffix} {tables.MONTHS_EN[month - 1]} {year}",
                f"{tables.MONTHS_EN[month - 1]} {day}, {year}", f"{day} {tables.MONTHS_EN_SHORT[month - 1]} {year}",
                f"{year}-{month:02d}-{day:02d}", f"{day}.{month}.{year}",
            )  # fmt: skip
        return self.one_of(
            f"{day:02d}-{month:02d}-{year}", f"{day}-{month}-{year}", f"{day} {tables.MONTHS_NL[month - 1]} {year}",
            f"{day:02d}/{month:02d}/{year}", f"{day}.{month}.{year}", f"{day:02d}{month:02d}{year}",
            f"{day}-{month}-'{year % 100:02d}", f"{day} {tables.MONTHS_NL_SHORT[month - 1]} {year}",
            f"{year}-{month:02d}-{day:02d}",
        )  # fmt: skip

    def dob(self, lang: str) -> str:
        return self._dob_text(1949, 2006, lang)

    def dob_elder(self, lang: str) -> str:
        return self._dob_text(1926, 1950, lang)

    def dob_child(self, lang: str) -> str:
        return self._dob_text(2008, 2024, lang)

    def dob_voice(self, lang: str) -> str:
        year, month, day = self._date(1935, 2005)
        if lang == "en":
            head = "nineteen" if year < 2000 else "two thousand and"
            said_day, said_year = tables.number_said(day, "en"), tables.number_said(year % 100, "en")
            return f"{tables.MONTHS_EN[month - 1]} {said_day}, {head} {said_year}"
        head = "negentien" if year < 2000 else "tweeduizend"
        said_day, said_year = tables.number_said(day, "nl"), tables.number_said(year % 100, "nl")
        return f"{said_day} {tables.MONTHS_NL[month - 1]} {head} {said_year}"

    def dob_fix(self, lang: str) -> str:
        """The birth date given last, a year later: what it should have been."""
        year, month, day = self._dob_last or self._date(1950, 2000)
        return f"{day:02d}-{month:02d}-{year + 1}"

    # CUSTOMER_NUMBER
    def customer_number(self, lang: str, kind: str = "") -> str:
        return self.pattern(self.rng.choice(tables.CUSTOMER_FORMATS[kind]))
