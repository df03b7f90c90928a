"""Number-like values of the `test_v16` split: IBAN, BSN, postcode, address, card, date of birth and customer number
(`FillersV16` in `privacy_fillers_v16` adds names, e-mail, phone numbers and plates on top of this class).

Written by someone who never saw the redaction rules. Values with a check pass it: Dutch IBANs (their account part
the old eleven-test) and Belgian, French (clé RIB), German, Luxembourg and British IBANs mod 97; cards Luhn (Visa,
Mastercard, Amex); BSNs the elfproef; Belgian national numbers mod 97 (with the '2' in front for those born from
2000); Dutch postcodes never SA, SD or SS; British inward codes without C, I, K, M, O, V. Formats: grouped, bare,
with dots or slashes, lower case, broken over a line, read out digit by digit or in pairs, a digit put right."""

from __future__ import annotations

from benchmarks import privacy_fillers_v16_pools as tables
from benchmarks.privacy_fillers import Fillers, _bsn, _group, _iban, _luhn_complete


class FillersV16Numbers(Fillers):
    """IBAN, BSN, postcode, address, card, DOB and customer-number fill methods."""

    _same = False
    _dob_last: tuple[int, int, int] | None = None

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
            if check != 1 and head[0] + head[1]:
                return "".join(map(str, head)) + str((11 - check) % 11)

    def _nl_iban(self) -> str:
        return _iban("NL", self.pick("bank") + self._account())

    def iban(self, lang: str) -> str:
        value = self._nl_iban()
        grouped = _group(value, [4] * 5)
        return self.one_of(
            grouped, grouped, grouped, value, value.lower(), grouped.replace(" ", "-"), grouped.replace(" ", "."),
            f"{value[:4]} {value[4:8]} {value[8:]}",
            f"{value[:2]} {value[2:4]} {value[4:8]} {_group(value[8:], [2] * 5)}",
        )  # fmt: skip

    def iban_wrap(self, lang: str) -> str:
        parts = _group(self._nl_iban(), [4] * 5).split()
        cut = self.one_of(1, 2, 3, 4)
        return " ".join(parts[:cut]) + "\n" + " ".join(parts[cut:])

    def iban_voice(self, lang: str) -> str:
        """'N L zesentachtig, R A B O, nul één twee ...' or read in pairs."""
        value = self._nl_iban()
        rest = tables.one_by_one(value[8:], lang) if self.rng.random() < 0.5 else tables.in_pairs(value[8:], lang)
        return f"N L {tables.number_said(int(value[2:4]), lang)}, {' '.join(value[4:8])}, {rest}"

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
        elif country == "lu":
            bban = bank + self.digits(13)
        else:
            bban = bank + self.digits(10)
        value = _iban(country.upper(), bban)
        return self.one_of(_group(value, [4] * 9), value)

    # BSN
    def bsn(self, lang: str) -> str:
        value = _bsn(self.rng)
        return self.one_of(
            value, value, f"{value[:3]} {value[3:6]} {value[6:]}", f"{value[:4]}.{value[4:6]}.{value[6:]}",
            f"{value[:3]}-{value[3:6]}-{value[6:]}", f"{value[:2]} {value[2:4]} {value[4:6]} {value[6:]}",
        )  # fmt: skip

    def bsn_voice(self, lang: str) -> str:
        value = _bsn(self.rng)
        return tables.one_by_one(value, lang) if self.rng.random() < 0.6 else tables.in_pairs(value, lang)

    def bsn_be(self, lang: str) -> str:
        """A Belgian national number, as the eID card prints it: '85.07.30-033.61'."""
        year, month, day = self._date(1940, 2006)
        serial = f"{self.rng.randint(1, 998):03d}"
        head = f"{year % 100:02d}{month:02d}{day:02d}{serial}"
        check = 97 - int(("2" if year >= 2000 else "") + head) % 97
        value = f"{head}{check:02d}"
        return self.one_of(f"{value[:2]}.{value[2:4]}.{value[4:6]}-{value[6:9]}.{value[9:]}", value,
                           f"{value[:6]} {value[6:9]} {value[9:]}")  # fmt: skip

    # POSTCODE
    def _pc(self) -> tuple[str, str]:
        while True:
            letters = self.rng.choice(tables.PC_LETTERS) + self.rng.choice(tables.PC_LETTERS)
            if letters not in ("SA", "SD", "SS"):
                return str(self.rng.randint(1011, 9994)), letters

    def postcode(self, lang: str) -> str:
        digits, letters = self._pc()
        return self.one_of(
            f"{digits} {letters}", f"{digits} {letters}", f"{digits}{letters}", f"{digits} {letters.lower()}",
            f"{digits}{letters.lower()}", f"{digits}-{letters}",
        )  # fmt: skip

    def postcode_voice(self, lang: str) -> str:
        digits, letters = self._pc()
        said = tables.in_pairs(digits, lang) if self.rng.random() < 0.5 else tables.one_by_one(digits, lang)
        spelled = " ".join(letters) if lang == "en" else " ".join(tables.LETTERS_NL[c] for c in letters)
        return f"{said}, {spelled}"

    def _postcode_in(self, country: str, lang: str) -> str:
        if country == "uk":
            inward = self.rng.choice(tables.UK_INWARD_LETTERS) + self.rng.choice(tables.UK_INWARD_LETTERS)
            return f"{self.rng.choice(tables.UK_OUTWARD)} {self.rng.randint(1, 9)}{inward}"
        if country == "be":
            return str(self.rng.randint(10, 99) * 100 + self.one_of(0, 0, 10, 20, 30, 40, 60, 70))
        if country == "pt":
            return f"{self.rng.randint(1000, 8999)}-{self.rng.randint(1, 999):03d}"
        if country == "es":
            return f"{self.one_of('03', '29', '07', '17', '11', '46', '30')}{self.rng.randint(1, 999):03d}"
        if country == "fr":
            return f"{self.one_of('24', '84', '83', '06', '56', '29', '40')}{self.rng.randint(0, 99):02d}0"
        if country == "it":
            return f"{self.one_of('53', '50', '58', '25', '38', '84')}{self.rng.randint(0, 99):02d}{self.digits(1)}"
        return f"{self.one_of('4', '2', '5', '8', '1')}{self.digits(4)}"  # de

    # ADDRESS
    def _house(self) -> str:
        number = self.rng.randint(1, 240)
        return self.one_of(
            f"{number}", f"{number}", f"{number}", f"{number}A", f"{number}b", f"{number}-2", f"{number} hs",
            f"{number}-III", f"{number} bis", f"{number}-{number + 2}", f"{number} 2-hoog", f"{number} rood",
        )  # fmt: skip

    def address(self, lang: str) -> str:
        return f"{self.pick('street_nl')} {self._house()}"

    def address_voice(self, lang: str) -> str:
        number = self.rng.randint(1, 99)
        extra = self.one_of("", "", " a", " b", " huis", " zwart")
        return f"{self.pick('street_nl')} {tables.number_said(number, lang)}{extra}"

    def _address_in(self, country: str, lang: str) -> str:
        street, number = self.pick(f"street_{country}"), self.rng.randint(1, 120)
        if country == "be":
            return self.one_of(f"{street} {number}", f"{street} {number} bus {self.rng.randint(1, 12)}")
        if country == "fr":
            return self.one_of(f"{number} {street}", f"{number} bis, {street}")
        if country == "es":
            return self.one_of(f"{street} {number}", f"{street}, {number}, {self.rng.randint(1, 6)}º B")
        if country == "it":
            return self.one_of(f"{street} {number}", f"{street}, {number}")
        if country == "pt":
            return f"{street} {number}, {self.rng.randint(1, 5)}º Esq."
        if country == "uk":
            return self.one_of(f"{number} {street}", f"{number}a {street}")
        return self.one_of(f"{street} {number}", f"{street} {number}a")  # de

    # CARD
    def _card(self) -> str:
        kind = self.one_of("visa", "visa", "mc", "mc", "amex")
        if kind == "amex":
            return _luhn_complete(self.one_of("34", "37") + self.digits(12))
        head = "4" if kind == "visa" else f"5{self.rng.randint(1, 5)}"
        return _luhn_complete(head + self.digits(15 - len(head)))

    def card(self, lang: str) -> str:
        value = self._card()
        if len(value) == 15:
            return self.one_of(_group(value, [4, 6, 5]), value)
        grouped = _group(value, [4] * 4)
        return self.one_of(grouped, grouped, value, grouped.replace(" ", "-"), grouped.replace(" ", "  "))

    def card_wrap(self, lang: str) -> str:
        value = _group(self._card(), [4] * 4)
        return value[:9] + "\n" + value[10:] if len(value) > 16 else value

    def card_voice(self, lang: str) -> str:
        value = self._card()
        groups = _group(value, [4] * 4).split()
        return ", ".join(tables.one_by_one(group, lang) for group in groups)

    # DOB
    def _date(self, low: int, high: int) -> tuple[int, int, int]:
        year, month = self.rng.randint(low, high), self.rng.randint(1, 12)
        day = self.rng.randint(1, 28)
        return year, month, day

    def _dob_text(self, low: int, high: int, lang: str) -> str:
        year, month, day = self._dob_last = self._date(low, high)
        months = tables.MONTHS_EN if lang == "en" else tables.MONTHS_NL
        return self.one_of(
            f"{day:02d}-{month:02d}-{year}", f"{day}-{month}-{year}", f"{day:02d}/{month:02d}/{year}",
            f"{day} {months[month - 1]} {year}", f"{day}.{month:02d}.{year}", f"{year}-{month:02d}-{day:02d}",
            f"{day:02d}{month:02d}{year}", f"{day}/{month}/{year % 100:02d}",
            f"{day} {tables.MONTHS_NL_SHORT[month - 1]} {year}" if lang != "en"
            else f"{months[month - 1]} {day}, {year}",
        )  # fmt: skip

    def dob(self, lang: str) -> str:
        return self._dob_text(1950, 2005, lang)

    def dob_elder(self, lang: str) -> str:
        return self._dob_text(1924, 1948, lang)

    def dob_child(self, lang: str) -> str:
        return self._dob_text(2009, 2023, lang)

    def dob_voice(self, lang: str) -> str:
        year, month, day = self._date(1938, 2004)
        if lang == "en":
            century = "nineteen" if year < 2000 else "two thousand and"
            return f"{tables.MONTHS_EN[month - 1]} {tables.number_said(day, 'en')}, {century} " + (
                tables.number_said(year % 100, "en")
            )
        century = "negentienhonderd" if year < 2000 else "tweeduizend"
        said_day, said_year = tables.number_said(day, "nl"), tables.number_said(year % 100, "nl")
        return f"{said_day} {tables.MONTHS_NL[month - 1]} {century} {said_year}"

    def dob_fix(self, lang: str) -> str:
        """The birth date given last with day and month swapped: how it should have been."""
        year, month, day = self._dob_last or self._date(1950, 2000)
        if day > 12:
            day = self.rng.randint(1, 12)
        return f"{month:02d}-{day:02d}-{year}"

    # CUSTOMER_NUMBER
    def customer_number(self, lang: str, kind: str = "") -> str:
        return self.pattern(self.rng.choice(tables.CUSTOMER_FORMATS[kind]))
