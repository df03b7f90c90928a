"""Number formats of `test_v7` (phones, IBANs, BSNs, cards, customer numbers), mixed into `FillersV7`."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers import _bsn, _group, _iban, _luhn_complete

WORDS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "en": "oh one two three four five six seven eight nine".split(),
}


class NumbersV7:
    rng: random.Random
    pool: dict[str, list[str]]

    def pick(self, key: str) -> str:
        return self.rng.choice(self.pool[key])

    def digits(self, count: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(count))

    def letters(self, alphabet: str, count: int) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(count))

    # PHONE
    def phone(self, lang: str) -> str:
        mobile, area = self.digits(8), self.rng.choice(["0513", "0475", "0592", "0318", "0223", "0546", "0118"])
        land = self.digits(6)
        return self.rng.choice(
            [
                f"06 {_group(mobile, [2, 2, 2, 2])}",
                f"+31 (0) 6 {mobile}",
                f"06/{mobile}",
                f"{area}-{land}",
                f"{area} {_group(land, [2, 2, 2])}",
                f"+31 {area[1:]} {land}",
                f"0031-6-{mobile}",
                f"06{mobile}",
                f"+31 6 {_group(mobile, [2, 3, 3])}",
            ]
        )

    def phone_be(self, lang: str) -> str:
        mobile = self.rng.choice(["470", "472", "485", "495", "499"]) + self.digits(6)
        land = self.rng.choice(["9", "3", "2", "11", "56"])
        rest = self.digits(8 - len(land))
        return self.rng.choice(
            [
                f"0{mobile[:3]} {_group(mobile[3:], [2, 2, 2])}",
                f"+32 {mobile[:3]} {_group(mobile[3:], [2, 2, 2])}",
                f"0{mobile[:3]}/{mobile[3:]}",
                f"0{land} {_group(rest, [3, 2, 2][: 3 if len(rest) == 7 else 2])}",
                f"+32 {land} {rest}",
                f"0032{mobile}",
            ]
        )

    def phone_intl(self, lang: str) -> str:
        return self.rng.choice(
            [
                f"+49 15{self.rng.randint(1, 9)} {self.digits(8)}",
                f"0049 30 {self.digits(8)}",
                f"+44 7{self.digits(3)} {self.digits(6)}",
                f"07{self.digits(3)} {self.digits(3)} {self.digits(3)}",
                f"+90 5{self.digits(2)} {self.digits(3)} {self.digits(2)} {self.digits(2)}",
                f"+212 6 {_group(self.digits(8), [2, 2, 2, 2])}",
                f"+48 {_group(self.digits(9), [3, 3, 3])}",
                f"+351 9{self.digits(2)} {self.digits(3)} {self.digits(3)}",
                f"+33 6 {_group(self.digits(8), [2, 2, 2, 2])}",
            ]
        )

    def phone_spoken(self, lang: str) -> str:
        words = WORDS["en" if lang == "en" else "nl"]
        number = ("07" + self.digits(9)) if lang == "en" else ("06" + self.digits(8))
        said, index = [], 0
        while index < len(number):
            if lang == "en" and index + 1 < len(number) and number[index] == number[index + 1]:
                said.append(f"double {words[int(number[index])]}")
                index += 2
                continue
            said.append(words[int(number[index])])
            index += 1
        if lang != "en" and self.rng.random() < 0.4:  # "nul zes" and then the digits as they are typed in
            return f"nul zes {_group(number[2:], [2, 2, 2, 2])}"
        return " ".join(said)

    # IBAN
    def iban(self, lang: str) -> str:
        country = self.rng.choices(["NL", "BE", "DE", "FR", "LU", "ES"], [6, 2, 1, 1, 1, 1])[0]
        if country == "NL":
            iban = _iban("NL", self.pick("bank") + self.digits(10))
        elif country == "BE":
            iban = self.iban_be_raw()
        elif country == "DE":
            iban = _iban("DE", self.pick("de_blz") + self.digits(10))
        elif country == "FR":
            iban = _iban("FR", "30004" + self.digits(5) + self.digits(11) + self.digits(2))
        elif country == "LU":
            iban = _iban("LU", "0019" + self.digits(12)[:3] + self.digits(9))
        else:
            iban = _iban("ES", "2100" + self.digits(16))
        return self.rng.choice([_group(iban, [4] * 9), iban, _group(iban, [4] * 9).lower(), _group(iban, [4] * 9)])

    def iban_be_raw(self) -> str:
        first = self.pick("be_bank") + self.digits(7)
        check = int(first) % 97 or 97
        return _iban("BE", f"{first}{check:02d}")

    def iban_be(self, lang: str) -> str:
        iban = self.iban_be_raw()
        return self.rng.choice([_group(iban, [4, 4, 4, 4]), iban])

    # BSN
    def bsn(self, lang: str) -> str:
        bsn = _bsn(self.rng)
        if self.rng.random() < 0.12:  # an old number with a leading zero, written without it
            while True:
                first = [0] + [self.rng.randint(0, 9) for _ in range(7)]
                last = sum(d * w for d, w in zip(first, range(9, 1, -1), strict=True)) % 11
                if last < 10:
                    return "".join(map(str, first[1:] + [last]))
        return self.rng.choice([bsn, bsn, _group(bsn, [3, 3, 3]), _group(bsn, [3, 3, 3], "."), _group(bsn, [2, 3, 4])])

    # CARD
    def card(self, lang: str) -> str:
        kind = self.rng.choice(["visa", "visa", "mc2", "mc5", "amex", "maestro"])
        if kind == "amex":
            return _group(_luhn_complete(self.rng.choice(["34", "37"]) + self.digits(12)), [4, 6, 5])
        if kind == "maestro":
            return _group(_luhn_complete("6759" + self.digits(14)), [4, 4, 4, 4, 3])
        prefix = {"visa": "4", "mc2": str(self.rng.randint(2221, 2720)), "mc5": "5" + str(self.rng.randint(1, 5))}[kind]
        number = _luhn_complete(prefix + self.digits(15 - len(prefix)))
        return self.rng.choice(
            [_group(number, [4] * 4), number, _group(number, [4] * 4, "-"), _group(number, [4] * 4, ".")]
        )

    # CUSTOMER_NUMBER
    def customer_number(self, lang: str) -> str:
        return self.rng.choice(
            [
                self.digits(10),
                f"{self.rng.randint(1, 9)}{self.digits(7)}",
                f"{self.digits(3)}.{self.digits(3)}.{self.digits(3)}",
                f"KL{self.digits(8)}",
                f"{self.digits(4)}-{self.digits(4)}-{self.digits(2)}",
                f"C{self.digits(7)}",
            ]
        )

    def customer_number_policy(self, lang: str) -> str:
        return self.rng.choice(
            [
                f"POL-{self.rng.randint(2019, 2025)}-{self.digits(6)}",
                f"{self.digits(2)}.{self.digits(3)}.{self.digits(3)}",
                f"AV{self.digits(9)}",
                f"{self.digits(8)}/{self.digits(2)}",
            ]
        )

    def customer_number_case(self, lang: str) -> str:
        return self.rng.choice(
            [
                f"Z-{self.rng.randint(19, 25)}-{self.digits(6)}",
                f"DOS/{self.rng.randint(2021, 2025)}/{self.digits(5)}",
                f"{self.rng.randint(2022, 2025)}-{self.digits(6)}",
                f"INC{self.digits(7)}",
                f"{self.digits(3)}{self.digits(4)}",
            ]
        )

    def customer_number_order(self, lang: str) -> str:
        return self.rng.choice(
            [
                f"{self.rng.randint(1, 9)}{self.digits(9)}",
                f"NL-{self.digits(8)}",
                f"WS{self.digits(7)}",
                f"{self.digits(3)}-{self.digits(7)}-{self.digits(7)}",
                f"BK{self.digits(6)}",
            ]
        )

    def customer_number_member(self, lang: str) -> str:
        letters = "".join(self.rng.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(4))
        return self.rng.choice(
            [self.digits(6), f"{letters}{self.digits(2)}{self.rng.choice('ABCXYZ')}", f"LID-{self.digits(5)}"]
        )
