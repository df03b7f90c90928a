"""Number-like values of the `test_v12` split: IBAN, BSN, postcode, address, card, date of birth, plate and
customer number (`FillersV12` in `privacy_fillers_v12` adds names, e-mail and phone numbers on top of this class).

Written by someone who never saw the redaction rules. Formats: Dutch IBANs with the old giro number's leading
zeros, in print groups, in one block, with the bank glued to the account or spelled out character by character;
Flemish IBANs of Argenta, Crelan, KBC and Keytrade; Polish and Romanian IBANs of temp workers. BSNs of nine
digits, of eight digits (the old sofinummer without its leading zero), copied from the boxes of a paper form one
digit apiece, and the Belgian rijksregisternummer. Postcodes with and without the space, in lower case, with a
hyphen, the Belgian four digits. Addresses with 'hoog', 'bis', 'zw', 'bus 12', an abbreviated street, a street
whose name holds a year. Cards: Visa, Mastercard's 2-series, 19-digit Maestro, 14-digit Diners. Dates of birth
with a two-digit year ("'87"), 'mrt.', '12e maart', numerals with dots. Plates: the newest Dutch side codes,
Belgian and Polish plates. Customer numbers of the kinds these frames ask for (energy, library pass, sports
club, patient, employee, policy, afvalpas)."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers import Fillers, _group, _iban, _luhn_complete

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
SHORT_NL = "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.".split()
NUMBER_WORDS_NL = "nul een twee drie vier vijf zes zeven acht negen".split()
LETTERS = "ABCDEFGHJKLMNPRTVWXZ"


def bsn_with_zero(rng: random.Random) -> str:
    """A valid BSN whose first digit is 0 (an old sofinummer, often written with eight digits)."""
    while True:
        digits = [0] + [rng.randint(0, 9) for _ in range(7)]
        check = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True)) % 11
        if check < 10 and digits[1]:
            return "".join(map(str, [*digits, check]))


def valid_bsn(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        check = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True)) % 11
        if check < 10:
            return "".join(map(str, [*digits, check]))


class FillersV12Numbers(Fillers):
    """IBAN, BSN, postcode, address, card, DOB, plate and customer-number fill methods."""

    def digits(self, count: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(count))

    def one_of(self, *options):
        return self.rng.choice(options)

    # IBAN
    def _nl_iban(self) -> str:
        bank = self.pick("bank")
        account = {"INGB": self.one_of("000", "0006", "00"), "RABO": self.one_of("01", "03", "1")}.get(bank, "")
        account += self.digits(10 - len(account))
        return _iban("NL", bank + account)

    def iban(self, lang: str) -> str:
        value = self._nl_iban()
        return self.one_of(
            _group(value, [4] * 5), _group(value, [4] * 5), _group(value, [4] * 5), value, value,
            f"{value[:4]} {value[4:8]} {value[8:]}", f"{value[:8]} {value[8:]}", value.lower(),
            f"{value[:2]} {value[2:4]} {value[4:8]} {_group(value[8:], [4, 4, 2])}",
        )  # fmt: skip

    def iban_spelled(self, lang: str) -> str:
        value = self._nl_iban()
        return self.one_of("-".join(value), " ".join(value[:4]) + " " + " ".join(value[4:8]) + " " + value[8:])

    def iban_be(self, lang: str) -> str:
        base = self.one_of("979", "103", "734", "736", "651", "143") + self.digits(7)
        value = _iban("BE", base + f"{int(base) % 97 or 97:02d}")
        return self.one_of(_group(value, [4] * 4), _group(value, [4] * 4), value, f"{value[:4]} {value[4:]}")

    def iban_foreign(self, lang: str) -> str:
        value = self.one_of(
            _iban("PL", self.one_of("10201", "11402", "10501", "24901") + self.digits(19)),
            _iban("RO", self.one_of("BTRL", "RNCB", "INGB") + self.digits(16)),
        )
        return self.one_of(_group(value, [4] * 7), value, f"{value[:2]} {value[2:4]} {_group(value[4:], [4] * 6)}")

    # BSN
    def bsn(self, lang: str) -> str:
        if self.rng.random() < 0.2:
            value = bsn_with_zero(self.rng)
            return self.one_of(value[1:], value[1:], value)
        value = valid_bsn(self.rng)
        return self.one_of(
            value, value, value, value, _group(value, [3, 3, 3]), f"{value[:3]}.{value[3:6]}.{value[6:]}"
        )

    def bsn_boxes(self, lang: str) -> str:
        """Copied from a paper form's boxes: one digit a box."""
        return self.one_of(" ".join(valid_bsn(self.rng)), "|".join(valid_bsn(self.rng)))

    def bsn_be(self, lang: str) -> str:
        year, month, day = self.rng.randint(1945, 2004), self.rng.randint(1, 12), self.rng.randint(1, 28)
        base = f"{year % 100:02d}{month:02d}{day:02d}{self.rng.randint(1, 997):03d}"
        check = 97 - (int(base) + (2_000_000_000 if year >= 2000 else 0)) % 97
        value = f"{base}{check:02d}"
        return self.one_of(f"{value[:6]} {value[6:9]} {value[9:]}", f"{value[:6]}-{value[6:9]}-{value[9:]}", value)

    # POSTCODE
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        letters = "".join(self.rng.choice(LETTERS) for _ in range(2))
        return self.one_of(
            f"{number} {letters}", f"{number} {letters}", f"{number} {letters}", f"{number}{letters}",
            f"{number}{letters}", f"{number} {letters.lower()}", f"{number}{letters.lower()}", f"{number}-{letters}",
        )  # fmt: skip

    def postcode_be(self, lang: str) -> str:
        return str(self.one_of(9000, 9030, 2000, 2018, 2060, 3000, 3010, 8500, 3500, 2800, 8000, 9300, 3600, 2300))

    # ADDRESS
    def _house(self) -> str:
        number = str(self.rng.choice([self.rng.randint(1, 40), self.rng.randint(1, 40), self.rng.randint(41, 260)]))
        return number + self.one_of(
            "", "", "", "", "A", "a", " B", "-2", "-bis", " 2 hoog", "-3hg", " zw", " I", " rd", "-14", " bg"
        )

    def address(self, lang: str) -> str:
        street = self.pick(self.one_of("street_nl", "street_nl", "street_nl", "street_abbr"))
        value = f"{street} {self._house()}"
        return value.lower() if self.rng.random() < 0.1 else value

    def address_year(self, lang: str) -> str:
        """A street whose name holds a year: 'Plein 1813 nr. 27'."""
        return f"{self.pick('street_num')} {self.one_of('nr. ', 'no. ', '')}{self.rng.randint(1, 80)}"

    def address_be(self, lang: str) -> str:
        number = self.rng.randint(1, 190)
        return self.one_of(
            f"{self.pick('street_be')} {number}", f"{self.pick('street_be')} {number} bus {self.rng.randint(1, 22)}",
            f"{self.pick('street_be')} {number}/0{self.rng.randint(1, 3)}0{self.rng.randint(1, 4)}",
        )  # fmt: skip

    def address_en(self, lang: str) -> str:
        return self.one_of(
            f"{self.rng.randint(2, 140)} {self.pick('street_en')}",
            f"Flat {self.rng.randint(1, 9)}, {self.rng.randint(2, 90)} {self.pick('street_en')}",
        )

    # CARD
    def _pan(self) -> tuple[str, list[int]]:
        kind = self.one_of("visa", "visa", "visa", "mc2", "mc5", "maestro", "diners")
        if kind == "visa":
            return _luhn_complete("4" + self.digits(14)), [4, 4, 4, 4]
        if kind == "mc2":
            return _luhn_complete(str(self.rng.randint(2221, 2720)) + self.digits(11)), [4, 4, 4, 4]
        if kind == "mc5":
            return _luhn_complete(self.one_of("53", "54") + self.digits(13)), [4, 4, 4, 4]
        if kind == "maestro":
            return _luhn_complete(self.one_of("6759", "6799", "5018") + self.digits(14)), [4, 4, 4, 4, 3]
        return _luhn_complete("36" + self.digits(11)), [4, 6, 4]

    def card(self, lang: str) -> str:
        number, sizes = self._pan()
        return self.one_of(_group(number, sizes), _group(number, sizes), _group(number, sizes), number)

    # DOB
    def _date(self, low: int, high: int) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(low, high)

    def _dob(self, lang: str, day: int, month: int, year: int) -> str:
        yy = f"{year % 100:02d}"
        if lang == "en":
            name = MONTHS["en"][month - 1]
            return self.one_of(
                f"{day} {name} {year}", f"{day:02d}/{month:02d}/{year}", f"{name} {day}, {year}",
                f"{day}{'st' if day in (1, 21) else 'nd' if day in (2, 22) else 'rd' if day in (3, 23) else 'th'} "
                f"{name} {year}", f"{day:02d}.{month:02d}.{yy}",
            )  # fmt: skip
        name = MONTHS["nl"][month - 1]
        return self.one_of(
            f"{day:02d}-{month:02d}-{year}", f"{day:02d}-{month:02d}-{year}", f"{day}-{month}-{year}",
            f"{day} {name} {year}", f"{day} {name} {year}", f"{day} {name} '{yy}", f"{day}-{month}-'{yy}",
            f"{day} {SHORT_NL[month - 1]} {year}", f"{day}e {name} {year}", f"{day:02d}.{month:02d}.{year}",
            f"{day:02d}{month:02d}{year}",
        )  # fmt: skip

    def dob(self, lang: str) -> str:
        return self._dob(lang, *self._date(1948, 2004))

    def dob_child(self, lang: str) -> str:
        return self._dob(lang, *self._date(2012, 2020))

    def dob_elder(self, lang: str) -> str:
        return self._dob(lang, *self._date(1928, 1947))

    def dob_spoken(self, lang: str) -> str:
        day, month, year = self._date(1950, 1999)
        units = "een twee drie vier vijf zes zeven acht negen".split()
        tens = {5: "vijftig", 6: "zestig", 7: "zeventig", 8: "tachtig", 9: "negentig"}
        unit = year % 10
        joiner = "ën" if unit in (2, 3) else "en"
        said = tens[year // 10 % 10] if unit == 0 else f"{units[unit - 1]}{joiner}{tens[year // 10 % 10]}"
        return f"{day} {MONTHS['nl'][month - 1]} negentien{said}"

    # PLATE
    def _plate(self, code: str) -> str:
        return "".join(
            self.rng.choice("BDFGHJKLNPRSTVXZ") if c == "L" else str(self.rng.randint(0, 9)) if c == "D" else c
            for c in code
        )

    def plate(self, lang: str) -> str:
        value = self._plate(self.one_of("LLL-DD-L", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "LL-DDD-L", "D-LLL-DD"))
        return self.one_of(value, value, value, value, value.replace("-", ""), value.lower(), value.replace("-", " "))

    def plate_be(self, lang: str) -> str:
        value = self._plate(f"{self.one_of('1', '2')}-LLL-DDD")
        return self.one_of(value, value.replace("-", ""), value[2:])

    def plate_foreign(self, lang: str) -> str:
        return self.one_of(self._plate("WX DDDDD"), self._plate("PO DLDDD"), self._plate("B DD LLL"))

    # CUSTOMER_NUMBER
    def customer_number(self, lang: str) -> str:
        value = self.digits(self.rng.randint(7, 10))
        return self.one_of(value, value, f"{value[:3]} {value[3:6]} {value[6:]}", f"{value[:2]}-{value[2:]}")

    def customer_number_energy(self, lang: str) -> str:
        value = self.one_of("1", "2", "5") + self.digits(8)
        return self.one_of(value, value[:7], f"{value[:3]}.{value[3:6]}.{value[6:]}")

    def customer_number_library(self, lang: str) -> str:
        return "2" + self.one_of("0", "1") + self.digits(12)

    def customer_number_member(self, lang: str) -> str:
        letters = "".join(self.rng.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(4))
        return self.one_of(f"{letters}{self.digits(2)}{self.rng.choice(LETTERS)}", f"L{self.digits(6)}", self.digits(5))

    def customer_number_patient(self, lang: str) -> str:
        return self.one_of(self.digits(6), f"P{self.digits(7)}", f"{self.digits(2)}-{self.digits(5)}")

    def customer_number_staff(self, lang: str) -> str:
        return self.one_of(self.digits(5), f"0{self.digits(5)}", f"PN{self.digits(6)}", f"UZ-{self.digits(6)}")

    def customer_number_policy(self, lang: str) -> str:
        return self.one_of(
            f"{self.digits(2)}.{self.digits(3)}.{self.digits(3)}", f"TV{self.digits(8)}", f"{self.digits(9)}-01"
        )

    def customer_number_waste(self, lang: str) -> str:
        return self.one_of(self.digits(8), f"{self.digits(4)} {self.digits(4)}", f"AP{self.digits(7)}")
