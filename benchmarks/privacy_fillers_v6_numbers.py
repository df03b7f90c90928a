"""Number-like values for the `test_v6` split: IBANs of many countries, BSNs (and Belgian national numbers),
cards, dates of birth, plates and customer, member, policy, tenant and file numbers, each in several formats."""

from __future__ import annotations

import random
import string

from benchmarks.privacy_fillers import Fillers, _bsn, _group, _iban, _luhn_complete

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
MONTHS_SHORT_NL = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
SIDECODES = ["XX-99-99", "99-XX-99", "99-XXX-9", "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX",
             "9-XX-999", "999-XX-9", "XX-99-XX", "99-XX-XX"]  # fmt: skip
# Country: (bank codes or None, BBAN pattern after the bank code: n digit, a letter, c letter or digit)
IBAN_SPECS = {
    "DE": (None, "nnnnnnnnnnnnnnnnnn"),
    "PL": (None, "nnnnnnnnnnnnnnnnnnnnnnnn"),
    "RO": (["BTRL", "RNCB", "BRDE", "INGB"], "nnnnnnnnnnnnnnnn"),
    "BG": (["UNCR", "FINV", "STSA"], "nnnnnnnnnnnnnn"),
    "TR": (["00062", "00010", "00064"], "0nnnnnnnnnnnnnnnn"),
    "FR": (None, "nnnnnnnnnnnnnnnnnnnnnnn"),
    "ES": (None, "nnnnnnnnnnnnnnnnnnnn"),
    "LU": (["001", "019", "141"], "nnnnnnnnnnnnn"),
}


def _digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


class NumbersV6(Fillers):
    """The number-like half of `FillersV6`; every method is this split's own."""

    def _pattern(self, pattern: str) -> str:
        alphabet = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}
        return "".join(self.rng.choice(alphabet[char]) if char in alphabet else char for char in pattern)

    # Phones abroad: family in Suriname, Curaçao, Poland, Turkey, Nigeria, Romania, Bulgaria.
    def phone_abroad(self, lang: str) -> str:
        digits = _digits(self.rng, 10)
        return self.rng.choice(
            [
                f"+597 {digits[:3]}-{digits[3:7]}",
                f"+599 9 {_group(digits[:7], [3, 4])}",
                f"+48 {_group(digits[:9], [3] * 3)}",
                f"+90 5{digits[:2]} {_group(digits[2:9], [3, 2, 2])}",
                f"+234 80{digits[:1]} {_group(digits[1:8], [3, 4])}",
                f"+40 7{digits[:2]} {_group(digits[2:8], [3, 3])}",
                f"00359 88 {digits[:7]}",
            ]
        )

    def phone_sr(self, lang: str) -> str:
        digits = _digits(self.rng, 7)
        return self.rng.choice([f"+597 8{digits[:2]}-{digits[2:6]}", f"00597 {digits}", f"+597 4{digits[:5]}"])

    def phone_cw(self, lang: str) -> str:
        digits = _digits(self.rng, 6)
        return self.rng.choice([f"+599 9 5{digits[:2]} {digits[2:]}", f"+5999 6{digits}", f"00599 9 46{digits[:5]}"])

    # IBAN: Dutch mostly, then Belgian, then the countries callers bank in.
    def _iban_nl(self) -> str:
        return _iban("NL", self.pick("bank") + _digits(self.rng, 10))

    def _iban_be(self) -> str:
        body = self.pick("be_bank") + _digits(self.rng, 7)
        check = int(body) % 97 or 97
        return _iban("BE", f"{body}{check:02d}")

    def _iban_abroad(self) -> str:
        country = self.rng.choice(sorted(IBAN_SPECS))
        banks, pattern = IBAN_SPECS[country]
        return _iban(country, (self.rng.choice(banks) if banks else "") + self._pattern(pattern))

    def _iban_format(self, iban: str) -> str:
        spaced = _group(iban, [4] * 9)
        return self.rng.choice([spaced, spaced, iban, iban.lower(), spaced.lower()])

    def iban(self, lang: str) -> str:
        roll = self.rng.random()
        iban = self._iban_nl() if roll < 0.6 else self._iban_be() if roll < 0.75 else self._iban_abroad()
        return self._iban_format(iban)

    def iban_be(self, lang: str) -> str:
        return self._iban_format(self._iban_be())

    def iban_abroad(self, lang: str) -> str:
        return _group(self._iban_abroad(), [4] * 9)

    # BSN: nine digits passing the 11-check; sometimes an eight-digit one written with its leading zero.
    def bsn(self, lang: str) -> str:
        number = _bsn(self.rng)
        if self.rng.random() < 0.1:  # an old eight-digit number: a leading zero, the check digit recomputed
            while True:
                first = "0" + _digits(self.rng, 7)
                check = sum(int(d) * w for d, w in zip(first, range(9, 1, -1), strict=True)) % 11
                if check < 10:
                    number = first + str(check)
                    break
        return self.rng.choice(
            [number, number, f"{number[:4]}.{number[4:6]}.{number[6:]}", _group(number, [3, 3, 3]),
             _group(number, [3, 3, 3], "-"), _group(number, [3, 3, 3], "."), _group(number, [2, 3, 4])]
        )  # fmt: skip

    def bsn_spoken(self, lang: str) -> str:
        words = {"nl": "nul een twee drie vier vijf zes zeven acht negen", "en": "zero one two three four five six "
                 "seven eight nine"}[lang].split()  # fmt: skip
        return " ".join(words[int(digit)] for digit in _bsn(self.rng))

    def bsn_be(self, lang: str) -> str:
        """A Belgian national register number (labelled BSN: the national identification number)."""
        year, month, day = self.rng.randint(40, 99), self.rng.randint(1, 12), self.rng.randint(1, 28)
        serial = self.rng.randint(1, 997)
        base = f"{year:02d}{month:02d}{day:02d}{serial:03d}"
        check = 97 - int(base) % 97
        return self.rng.choice([f"{base[:2]}.{base[2:4]}.{base[4:6]}-{base[6:]}.{check:02d}", f"{base}{check:02d}"])

    # Cards: Visa, Mastercard (2-series too), Amex, Bancontact, Maestro.
    def card(self, lang: str) -> str:
        kind = self.rng.choice(["visa", "visa", "mc", "mc2", "amex", "bancontact", "maestro"])
        prefix, length = {"visa": ("4", 16), "mc": (self.rng.choice(["51", "53", "54"]), 16), "mc2": ("2221", 16),
                          "amex": (self.rng.choice(["34", "37"]), 15), "bancontact": ("6703", 17),
                          "maestro": ("6759", 19)}[kind]  # fmt: skip
        number = _luhn_complete(prefix + _digits(self.rng, length - len(prefix) - 1))
        if kind == "amex":
            return self.rng.choice([_group(number, [4, 6, 5]), number])
        if kind in ("bancontact", "maestro"):
            return self.rng.choice([_group(number, [4, 4, 4, 4, 3]), number])
        return self.rng.choice([_group(number, [4] * 4), number, _group(number, [4] * 4, "-"), _group(number, [4] * 4)])

    # Dates of birth: adults, or a child (`dob_child`).
    def _date(self, lang: str, years: tuple[int, int]) -> str:
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(*years)
        if lang == "nl":
            forms = [
                f"{day:02d}-{month:02d}-{year}",
                f"{day}-{month}-{year}",
                f"{day} {MONTHS['nl'][month - 1]} {year}",
                f"{day:02d}/{month:02d}/{year}",
                f"{day} {MONTHS_SHORT_NL[month - 1]}. {year}",
                f"{year}-{month:02d}-{day:02d}",
                f"{day:02d}.{month:02d}.{year}",
                f"{day}-{month}-'{year % 100:02d}",
            ]
        else:
            name = MONTHS["en"][month - 1]
            suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
            forms = [
                f"{name} {day}, {year}",
                f"{day} {name} {year}",
                f"{day}{suffix} {name} {year}",
                f"{month:02d}/{day:02d}/{year}",
                f"{day:02d}/{month:02d}/{year % 100:02d}",
                f"{day}{suffix} of {name} {year}",
                f"{name[:3]} {day} {year}",
            ]
        return self.rng.choice(forms)

    def dob(self, lang: str) -> str:
        return self._date(lang, (1938, 2005))

    def dob_child(self, lang: str) -> str:
        return self._date(lang, (2012, 2022))

    # Plates: Dutch side codes, Belgian and British ones.
    def plate(self, lang: str) -> str:
        code = self.rng.choice(SIDECODES)
        plate = "".join(
            self.rng.choice(PLATE_LETTERS) if c == "X" else str(self.rng.randint(0, 9)) if c == "9" else c for c in code
        )
        return self.rng.choice([plate, plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " ")])

    def plate_be(self, lang: str) -> str:
        letters = "".join(self.rng.choice(string.ascii_uppercase) for _ in range(3))
        plate = f"{self.rng.randint(1, 2)}-{letters}-{_digits(self.rng, 3)}"
        return self.rng.choice([plate, plate.replace("-", ""), plate.lower()])

    def plate_uk(self, lang: str) -> str:
        letters = "".join(self.rng.choice("ABCDEFGHJKLMNOPRSTUVWXYZ") for _ in range(5))
        plate = f"{letters[:2]}{self.rng.choice(['19', '21', '68', '70', '23', '73'])} {letters[2:]}"
        return self.rng.choice([plate, plate.replace(" ", "")])

    # Customer numbers: whatever an organisation files the person under.
    def customer_number(self, lang: str) -> str:
        digits = _digits(self.rng, self.rng.choice([7, 8, 9, 10]))
        return self.rng.choice(
            [digits, digits, f"K{digits[:7]}", _group(digits, [3, 3, 4]), f"{digits[:1]}.{digits[1:4]}.{digits[4:7]}",
             f"KL-{digits[:8]}"]
        )  # fmt: skip

    def customer_number_member(self, lang: str) -> str:
        return self.rng.choice([f"M{_digits(self.rng, 6)}", f"BF-{_digits(self.rng, 7)}", _digits(self.rng, 10)])

    def customer_number_policy(self, lang: str) -> str:
        return self.rng.choice(
            [f"AV-{_digits(self.rng, 7)}", f"{_digits(self.rng, 8)}-001", f"ZV {_digits(self.rng, 9)}",
             f"{_digits(self.rng, 2)}.{_digits(self.rng, 3)}.{_digits(self.rng, 3)}"]
        )  # fmt: skip

    def customer_number_tenant(self, lang: str) -> str:
        return self.rng.choice([f"{_digits(self.rng, 6)}-{_digits(self.rng, 2)}", f"H{_digits(self.rng, 7)}"])

    def customer_number_file(self, lang: str) -> str:
        return self.rng.choice(
            [
                f"DS-{_digits(self.rng, 7)}",
                _digits(self.rng, 10),
                f"{self.rng.randint(2019, 2025)}/{_digits(self.rng, 6)}",
            ]
        )

    def customer_number_en(self, lang: str) -> str:
        return self.rng.choice([f"ACC-{_digits(self.rng, 8)}", f"CUS{_digits(self.rng, 7)}", _digits(self.rng, 9)])
