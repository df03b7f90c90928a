"""Fillers of the held-out split test_v38 (seed 179): Dutch, Belgian, Aruban and British customers."""

from __future__ import annotations

import string

import benchmarks.privacy_fillers_v38_pools  # noqa: F401  (registers POOLS["test_v38"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v38_numbers import MONTHS, chunks, digits, elfproef, iban, luhn, spoken

_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"


class FillersV38(Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    def _one(self, options: list[str]) -> str:
        return self.rng.choice(options)

    # ---- names
    def name_full(self, lang: str) -> str:
        return f"{self.pick('first')} {self.pick('surname')}"

    def name_first(self, lang: str) -> str:
        return self.pick("first")

    def name_child(self, lang: str) -> str:
        return self.pick("child")

    def name_surname(self, lang: str) -> str:
        surname = self.pick("surname")
        return surname[0].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        return f"{self._one(['W.', 'J.P.', 'G.', 'A.M.', 'S.', 'Th.J.', 'R.C.'])} {self.name_surname(lang)}"

    def name_register(self, lang: str) -> str:
        surname = self.pick("surname")
        parts = surname.split(" ")
        if parts[0] in ("van", "de", "ter", "van 't") or surname.startswith("van 't"):
            tussen = " ".join(p for p in parts[:-1])
            return f"{parts[-1]}, {self.pick('first')[0]}. {tussen}"
        return f"{surname}, {self._one([self.pick('first')[0] + '.', self.pick('first')])}"

    def name_married(self, lang: str) -> str:
        return f"{self.pick('first')} {self.name_surname(lang)}-{self.pick('surname')}"

    def name_upper(self, lang: str) -> str:
        return self.name_full(lang).upper()

    # ---- e-mail
    def _local(self) -> str:
        first = self.pick("first").lower().replace("ï", "i")
        last = self.pick("surname").replace(" ", "").replace("'", "").lower()
        return self._one([f"{first}.{last}", f"{first[0]}{last}", f"{first}{digits(self.rng, 2)}", f"{last}.{first}"])

    def email(self, lang: str) -> str:
        return f"{self._local()}@{self.pick('domain')}"

    def email_spoken(self, lang: str) -> str:
        local, domain = self._local(), self.pick("domain")
        dot, at = ("punt", self._one(["apenstaartje", "at"])) if lang == "nl" else ("dot", "at")
        return f"{local.replace('.', f' {dot} ')} {at} {domain.replace('.', f' {dot} ')}"

    # ---- phones
    def phone(self, lang: str) -> str:
        tail = digits(self.rng, 8)
        return self._one(
            [
                f"06{tail}",
                f"06-{chunks(tail, [4, 4])}",
                f"+31 6 {chunks(tail, [2, 2, 2, 2])}",
                f"(0{self._one(['50', '53', '76', '43'])}) {tail[:3]} {tail[3:7]}",
                f"+32 4{tail[:2]} {tail[2:4]} {tail[4:6]} {tail[6:8]}",
                f"04{tail[:2]}/{tail[2:5]}.{tail[5:8]}",
                f"+297 5{tail[:2]} {tail[2:6]}",
                f"+44 7{tail[:3]} {tail[3:6]}{tail[6]}{tail[7]}",
                f"07{tail[:3]} {tail[3:8]}",
                f"0031-6-{tail}",
            ]
        )

    def phone_spoken(self, lang: str) -> str:
        return spoken("06" + digits(self.rng, 8), lang, self.rng)

    # ---- bank and card
    def iban(self, lang: str) -> str:
        account = digits(self.rng, 10)
        value = self._one(
            [iban("NL", self.pick("bank") + account)] * 3
            + [iban("BE", account + digits(self.rng, 2))]
            + [iban("GB", "BARC" + digits(self.rng, 14))]
        )
        return self._one([value, chunks(value, [4] * 8), chunks(value, [4] * 8).lower()])

    def card(self, lang: str) -> str:
        first = self._one(["4", "53", "2221", "6011"])
        number = luhn(first + digits(self.rng, 15 - len(first)))
        return self._one([chunks(number, [4, 4, 4, 4]), number, chunks(number, [4, 4, 4, 4], "-")])

    # ---- government and address
    def bsn(self, lang: str) -> str:
        value = elfproef(self.rng)
        return self._one(
            [value, chunks(value, [3, 3, 3]), chunks(value, [4, 2, 3], "."), chunks(value, [3, 3, 3], "-")]
        )

    def postcode(self, lang: str) -> str:
        letters = "".join(self.rng.choice("ABCEGHJKLMNPRSTVWXZ") for _ in range(2))
        number = self.rng.randint(1011, 9999)
        return self._one([f"{number} {letters}", f"{number}{letters}", f"{number}{letters.lower()}"])

    def postcode_uk(self, lang: str) -> str:
        return self._one(["SW1A 2", "M14 5", "LS6 3", "CF10 4", "BS3 1", "EH7 4"]) + "".join(
            self.rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)
        )

    def address(self, lang: str) -> str:
        suffix = self._one(["", "", "", "a", " bis", "-2", " II", "-zw", " A"])
        return f"{self.pick('street_nl')} {self.rng.randint(1, 212)}{suffix}"

    def address_be(self, lang: str) -> str:
        return f"{self.pick('street_be')} {self.rng.randint(1, 180)}{self._one(['', ' bus 3', '/0102', ' bus 12'])}"

    def address_aw(self, lang: str) -> str:
        return f"{self.pick('street_aw')} {self.rng.randint(1, 99)}{self._one(['', '-A', ' B'])}"

    def address_uk(self, lang: str) -> str:
        return f"{self._one(['', 'Flat 3, ', 'Flat 12B, '])}{self.rng.randint(1, 240)} {self.pick('street_uk')}"

    # ---- dates of birth
    def dob(self, lang: str) -> str:
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1938, 2007)
        name = MONTHS[lang][month - 1]
        return self._one(
            [
                f"{day:02d}-{month:02d}-{year}",
                f"{day} {name} {year}",
                f"{day}/{month}/{year}",
                f"{day:02d}.{month:02d}.{year}",
                f"{year}-{month:02d}-{day:02d}",
                f"{name} {day}, {year}" if lang == "en" else f"{day} {name[:3]}. {year}",
            ]
        )

    def dob_child(self, lang: str) -> str:
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(2019, 2025)
        return self._one([f"{day:02d}-{month:02d}-{year}", f"{day} {MONTHS[lang][month - 1]} {year}"])

    # ---- plates
    def plate(self, lang: str) -> str:
        code = self._one(["DD-LLL-D", "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "DDD-LL-D", "D-LL-DDD", "LL-LL-DD"])
        plate = "".join(
            self.rng.choice(_PLATE_LETTERS) if c == "L" else str(self.rng.randint(0, 9)) if c == "D" else c
            for c in code
        )
        return self._one([plate, plate, plate.replace("-", ""), plate.lower()])

    def plate_be(self, lang: str) -> str:
        letters = "".join(self.rng.choice(string.ascii_uppercase) for _ in range(3))
        return self._one([f"1-{letters}-{digits(self.rng, 3)}", f"2{letters}{digits(self.rng, 3)}"])

    def plate_aw(self, lang: str) -> str:
        return f"{self._one(['A', 'P', 'T'])}-{self.rng.randint(1000, 99999)}"

    def plate_uk(self, lang: str) -> str:
        letters = "".join(self.rng.choice("ABCDEFGHKLMNOPRSTVWXY") for _ in range(5))
        return f"{letters[:2]}{self._one(['19', '21', '23', '70', '72', '73'])} {letters[2:]}"

    # ---- customer-like numbers
    def customer_number(self, lang: str) -> str:
        return self._one(
            [digits(self.rng, 8), f"KL-{digits(self.rng, 6)}", f"{digits(self.rng, 4)} {digits(self.rng, 4)}"]
        )

    def customer_number_case(self, lang: str) -> str:
        year = self._one(["2023", "2024", "2025", "2026"])
        return self._one(
            [f"INC-{year}-{digits(self.rng, 5)}", f"{year}/{digits(self.rng, 6)}", f"D{digits(self.rng, 7)}"]
        )

    def customer_number_water(self, lang: str) -> str:
        return self._one(
            [f"40{digits(self.rng, 8)}", f"WB {digits(self.rng, 3)} {digits(self.rng, 3)} {digits(self.rng, 3)}"]
        )

    def customer_number_member(self, lang: str) -> str:
        return self._one(
            [f"VR{digits(self.rng, 5)}", f"V-{digits(self.rng, 4)}-{digits(self.rng, 2)}", digits(self.rng, 7)]
        )

    def customer_number_child(self, lang: str) -> str:
        return self._one(
            [f"KO{digits(self.rng, 6)}", f"{digits(self.rng, 3)}-{digits(self.rng, 4)}-{digits(self.rng, 2)}"]
        )

    def customer_number_spoken(self, lang: str) -> str:
        return spoken(digits(self.rng, 8), lang, self.rng)
