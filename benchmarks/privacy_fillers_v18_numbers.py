"""Number-like values of the `test_v18` split: IBAN, BSN, postcode, address, card, date of birth and customer number
(`FillersV18` in `privacy_fillers_v18` adds names, e-mail, phone numbers and plates on top of this class).

Written by someone who never saw the redaction rules. Values with a check pass it: Dutch IBANs (the account part the
old eleven-test) and Belgian, German and British IBANs mod 97; cards Luhn (Visa, Mastercard 51-55 and 2221-2720,
Amex, Maestro 6759); BSNs the elfproef; Belgian national numbers mod 97 ('2' in front for those born from 2000);
Dutch postcodes only with letters the post uses, never SA, SD or SS; British postcodes with a real outward code and
an inward code without C, I, K, M, O, V. Formats: grouped in fours, threes or twos, with dots, slashes or dashes,
in odd groupings, broken over a line, as read from a photo of a card, said digit by digit, in pairs or with
'dubbel', and one part put right."""

from __future__ import annotations

from benchmarks import privacy_fillers_v18_pools as tables
from benchmarks.privacy_fillers import Fillers, _bsn, _group, _iban, _luhn_complete


class FillersV18Numbers(Fillers):
    """IBAN, BSN, postcode, address, card, DOB and customer-number fill methods."""

    _same = False
    _dob_last: tuple[int, int, int] | None = None
    _pc_last: tuple[str, str] | None = None
    _iban_last: str | None = None

    def digits(self, count: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(count))

    def one_of(self, *options):
        return self.rng.choice(options)

    def pattern(self, text: str, letters: str = tables.CAPITALS) -> str:
        return "".join(
            str(self.rng.randint(0, 9)) if c == "#" else self.rng.choice(letters) if c == "@" else c for c in text
        )

    def said(self, digits: str, lang: str) -> str:
        how = self.rng.random()
        if how < 0.4:
            return tables.one_by_one(digits, lang)
        return tables.in_pairs(digits, lang) if how < 0.7 else tables.doubled(digits, lang)

    # IBAN
    def _account(self) -> str:
        while True:
            head = [self.rng.randint(0, 9) for _ in range(9)]
            check = sum(d * w for d, w in zip(head, range(10, 1, -1), strict=True)) % 11
            if check != 1 and head[0]:
                return "".join(map(str, head)) + str((11 - check) % 11)

    def _nl_iban(self) -> str:
        self._iban_last = _iban("NL", self.pick("bank") + self._account())
        return self._iban_last

    def iban(self, lang: str) -> str:
        if self._same and self._iban_last:
            return _group(self._iban_last, [4] * 5)
        value = self._nl_iban()
        grouped = _group(value, [4] * 5)
        return self.one_of(
            grouped, grouped, value, grouped.replace(" ", "."), grouped.replace(" ", "/"), grouped.lower(),
            f"{value[:2]} {value[2:4]} {value[4:8]} {value[8:]}",
            f"{value[:4]} {value[4:8]} {_group(value[8:], [2] * 5)}",
            f"{value[:4]}-{value[4:8]}-{value[8:]}",
        )  # fmt: skip

    def iban_wrap(self, lang: str) -> str:
        parts = _group(self._nl_iban(), [4] * 5).split()
        cut = self.one_of(1, 2, 3)
        return " ".join(parts[:cut]) + self.one_of("\n", " \n", "\n  ") + " ".join(parts[cut:])

    def iban_voice(self, lang: str) -> str:
        value = self._nl_iban()
        if lang == "en":
            bank = " ".join(tables.ALPHA_EN.get(c, c) for c in value[4:8]) if self.rng.random() < 0.3 else value[4:8]
            return f"N L {self.said(value[2:4], lang)}, {bank}, {self.said(value[8:], lang)}"
        bank = " ".join(tables.LETTERS_NL.get(c, c) for c in value[4:8]) if self.rng.random() < 0.5 else value[4:8]
        return f"en el {self.said(value[2:4], lang)}, {bank}, {self.said(value[8:], lang)}"

    def iban_fix(self, lang: str) -> str:
        """The IBAN given last, read again right (the earlier slot a slip of the tongue, its own value)."""
        return _group(self._iban_last or self._nl_iban(), [4] * 5)

    def _iban_in(self, country: str, lang: str) -> str:
        bank = self.rng.choice(tables.IBAN_BANKS[country])
        if country == "be":
            head = bank + self.digits(7)
            bban = head + f"{int(head) % 97 or 97:02d}"
        elif country == "gb":
            bban = bank + self.digits(14)
        else:
            bban = bank + self.digits(10)
        value = _iban(country.upper(), bban)
        return self.one_of(_group(value, [4] * 6), value, _group(value, [4] * 6, "-"))

    # BSN
    def bsn(self, lang: str) -> str:
        value = _bsn(self.rng)
        return self.one_of(
            value, value, f"{value[:3]}.{value[3:6]}.{value[6:]}", f"{value[:3]} {value[3:6]} {value[6:]}",
            f"{value[:3]}-{value[3:6]}-{value[6:]}", f"{value[:3]} {value[3:5]} {value[5:7]} {value[7:]}",
            f"{value[:5]} {value[5:]}", f"{value[:3]}/{value[3:6]}/{value[6:]}",
        )  # fmt: skip

    def bsn_voice(self, lang: str) -> str:
        value = _bsn(self.rng)
        return f"{self.said(value[:3], lang)}, {self.said(value[3:6], lang)}, {self.said(value[6:], lang)}"

    def bsn_be(self, lang: str) -> str:
        year, month, day = self._date(1936, 2008)
        head = f"{year % 100:02d}{month:02d}{day:02d}{self.rng.randint(1, 997):03d}"
        value = head + f"{97 - int(('2' if year >= 2000 else '') + head) % 97:02d}"
        return self.one_of(
            f"{value[:2]}.{value[2:4]}.{value[4:6]}-{value[6:9]}.{value[9:]}", value,
            f"{value[:6]}.{value[6:9]}.{value[9:]}", f"{value[:2]} {value[2:4]} {value[4:6]} {value[6:9]} {value[9:]}",
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
            f"{digits} {letters}", f"{digits} {letters}", f"{digits}{letters}", f"{digits}-{letters}",
            f"{digits}{letters.lower()}", f"{digits} {letters[0]}{letters[1].lower()}", f"NL-{digits} {letters}",
        )  # fmt: skip

    def postcode_fix(self, lang: str) -> str:
        """The postcode given last with its digits put right (two swapped back)."""
        digits, letters = self._pc_last or self._pc()
        fixed = digits[:2] + digits[3] + digits[2]
        return f"{fixed if fixed[0] != '0' else digits} {letters}"

    def postcode_voice(self, lang: str) -> str:
        digits, letters = self._pc()
        said = self.said(digits, lang)
        if lang == "en":
            return f"{said}, {' '.join(tables.ALPHA_EN.get(c, c) for c in letters)}"
        spell = self.rng.random() < 0.5
        return (
            f"{said} {' '.join((tables.SPELL_NL.get(c) if spell else None) or tables.LETTERS_NL[c] for c in letters)}"
        )

    def _postcode_in(self, country: str, lang: str) -> str:
        if country == "uk":
            inward = self.rng.choice(tables.UK_INWARD_LETTERS) + self.rng.choice(tables.UK_INWARD_LETTERS)
            return f"{self.rng.choice(tables.UK_OUTWARD)} {self.rng.randint(1, 9)}{inward}"
        if country == "be":
            return self.one_of("B-", "", "") + str(self.one_of(1050, 2060, 2100, 2600, 3010, 3200, 8310, 8500, 9050))
        return f"{self.one_of('26', '46', '47', '48', '49')}{self.digits(3)}"  # de, near the border

    # ADDRESS
    def _house(self) -> str:
        n = self.rng.randint(1, 240)
        return self.one_of(
            f"{n}", f"{n}", f"{n}", f"{n}b", f"{n} C", f"{n}-A", f"{n} huis", f"{n}-2", f"{n} III", f"{n}-zw",
            f"{n} boven", f"{n}-{self.rng.randint(101, 420)}", f"{n} A02", f"{n}.1", f"{n}rood",
        )  # fmt: skip

    def address(self, lang: str) -> str:
        return f"{self.pick('street_nl')} {self._house()}"

    def address_voice(self, lang: str) -> str:
        extra = self.one_of("", "", " a", " bee", " drie hoog" if lang != "en" else " first floor")
        return f"{self.pick('street_nl')} {tables.number_said(self.rng.randint(1, 99), lang)}{extra}"

    def address_wrap(self, lang: str) -> str:
        street = self.pick("street_nl")
        return f"{street}\n{self._house()}"

    def _address_in(self, country: str, lang: str) -> str:
        street, n = self.pick(f"street_{country}"), self.rng.randint(1, 160)
        if country == "be":
            return self.one_of(
                f"{street} {n}", f"{street} {n} bus {self.rng.randint(1, 30)}", f"{street} {n}/{n % 7 + 1}"
            )
        if country == "uk":
            flat = f"Flat {self.rng.randint(1, 12)}/{self.rng.randint(1, 4)}"
            return self.one_of(f"{n} {street}", f"{flat}, {n} {street}", f"{n}A {street}")
        return self.one_of(f"{street} {n}", f"{street} {n}b")

    # CARD
    def _card(self) -> str:
        kind = self.rng.random()
        if kind < 0.12:
            return _luhn_complete(self.one_of("34", "37") + self.digits(12))
        if kind < 0.2:
            return _luhn_complete("6759" + self.digits(11))
        head = self.one_of(
            "4",
            "4",
            "4",
            str(self.rng.randint(51, 55)),
            str(self.rng.randint(2221, 2720)),
            str(self.rng.randint(51, 55)),
        )
        return _luhn_complete(head + self.digits(15 - len(head)))

    def card(self, lang: str) -> str:
        value = self._card()
        if len(value) == 15:
            return self.one_of(_group(value, [4, 6, 5]), value)
        grouped = _group(value, [4] * 4)
        return self.one_of(grouped, grouped, value, grouped.replace(" ", "-"), grouped.replace(" ", "  "),
                           grouped.replace(" ", "/"), _group(value, [4, 4, 8]))  # fmt: skip

    def card_wrap(self, lang: str) -> str:
        groups = _group(self._card(), [4] * 4).split()
        return " ".join(groups[:2]) + "\n" + " ".join(groups[2:])

    def card_photo(self, lang: str) -> str:
        """Read off a photo of the card: wide gaps, a group on its own line, or a bar between the groups."""
        groups = _group(self._card(), [4] * 4).split()
        return self.one_of("   ".join(groups), " | ".join(groups), "\n".join(groups), "  ".join(groups))

    def card_voice(self, lang: str) -> str:
        groups = _group(self._card(), [4] * 4).split()
        return (" - " if self.rng.random() < 0.5 else ", ").join(self.said(group, lang) for group in groups)

    # DOB
    def _date(self, low: int, high: int) -> tuple[int, int, int]:
        year, month = self.rng.randint(low, high), self.rng.randint(1, 12)
        return year, month, self.rng.randint(1, 30 if month != 2 else 28)

    def _dob_text(self, low: int, high: int, lang: str) -> str:
        year, month, day = self._dob_last = self._date(low, high)
        if lang == "en":
            suffix = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
            return self.one_of(
                f"{day}/{month}/{year}", f"{day}{suffix} of {tables.MONTHS_EN[month - 1]} {year}",
                f"{tables.MONTHS_EN_SHORT[month - 1]} {day} {year}",
                f"{day:02d}-{tables.MONTHS_EN_SHORT[month - 1]}-{year}",
                f"{day:02d}.{month:02d}.{year}", f"{day:02d}/{month:02d}/{year % 100:02d}",
            )  # fmt: skip
        return self.one_of(
            f"{day:02d}-{month:02d}-{year}", f"{day}/{month}/{year}", f"{day} {tables.MONTHS_NL[month - 1]} {year}",
            f"{day:02d}.{month:02d}.{year}", f"{day} {tables.MONTHS_NL[month - 1]} '{year % 100:02d}",
            f"{day}-{tables.ROMAN[month - 1]}-{year}", f"{day:02d}-{month:02d}-{year % 100:02d}",
            f"{day} {tables.MONTHS_NL_SHORT[month - 1]}. {year}", f"{year}/{month:02d}/{day:02d}",
        )  # fmt: skip

    def dob(self, lang: str) -> str:
        return self._dob_text(1950, 2007, lang)

    def dob_elder(self, lang: str) -> str:
        return self._dob_text(1928, 1952, lang)

    def dob_child(self, lang: str) -> str:
        return self._dob_text(2009, 2025, lang)

    def dob_voice(self, lang: str) -> str:
        year, month, day = self._dob_last = self._date(1940, 2006)
        if lang == "en":
            head = f"nineteen {tables.number_said(year % 100, 'en')}" if year < 2000 else f"two thousand {year % 100}"
            return f"the {tables.number_said(day, 'en')} of {tables.MONTHS_EN[month - 1]}, {head}"
        head = f"negentien{tables.number_said(year % 100, 'nl')}" if year < 2000 else f"tweeduizend{year % 100}"
        return f"{tables.number_said(day, 'nl')} {tables.MONTHS_NL[month - 1]} {head}"

    def dob_fix(self, lang: str) -> str:
        """The birth date given last with day and month the right way round."""
        year, month, day = self._dob_last or self._date(1950, 2000)
        return f"{month:02d}-{day:02d}-{year}" if day <= 12 else f"{day:02d}-{month:02d}-{year - 10}"

    # CUSTOMER_NUMBER
    def customer_number(self, lang: str, kind: str = "") -> str:
        return self.pattern(self.rng.choice(tables.CUSTOMER_FORMATS[kind]))
