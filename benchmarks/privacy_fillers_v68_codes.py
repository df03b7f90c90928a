"""Payment cards, licence plates, postcodes, dates of birth and customer, contract, policy, member and subscription
numbers of the held-out split test_v68 (mixed into `FillersV68`)."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers_v68_numbers import chunk, luhn_complete, numerals

# Dutch sidecodes: L = letter, 9 = digit.
_SIDECODES = (
    "LL-99-99",
    "99-LL-99",
    "99-LL-LL",
    "LL-LL-99",
    "99-LLL-9",
    "9-LLL-99",
    "LL-999-L",
    "L-999-LL",
    "LLL-99-L",
    "L-99-LLL",
    "9-LL-999",
    "999-LL-9",
    "LL-LL-LL",
)
_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
_CAPITALS = "ABCDEFGHJKLMNPRSTVWXYZ"
_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "nl_short": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "en": "January February March April May June July August September October November December".split(),
}


class CodesV68:
    """The slots CARD, PLATE*, POSTCODE*, DOB* and CUSTOMER_NUMBER_*."""

    rng: random.Random

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _caps(self, count: int) -> str:
        return "".join(self.rng.choice(_CAPITALS) for _ in range(count))

    # ---- payment cards
    def card(self, lang: str) -> str:
        kind = self._one("visa", "visa", "master", "master", "amex", "maestro")
        if kind == "amex":
            number = luhn_complete(self._one("34", "37") + numerals(self.rng, 12))
            return self._one(chunk(number, (4, 6, 5)), number, chunk(number, (4, 6, 5), "-"))
        head = {"visa": "4", "master": self._one("51", "54", "2221", "2720"), "maestro": "6759"}[kind]
        number = luhn_complete(head + numerals(self.rng, 15 - len(head)))
        return self._one(
            chunk(number, (4, 4, 4, 4)),
            chunk(number, (4, 4, 4, 4)),
            number,
            chunk(number, (4, 4, 4, 4), "-"),
            chunk(number, (4, 4, 4, 4), "  "),
        )

    # ---- licence plates
    def plate(self, lang: str) -> str:
        code = self.rng.choice(_SIDECODES)
        plate = "".join(
            self.rng.choice(_PLATE_LETTERS) if c == "L" else self.rng.choice("0123456789") if c == "9" else c
            for c in code
        )
        return self._one(plate, plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    def plate_abroad(self, lang: str) -> str:
        """Belgian, German, Irish, South African, British and French plates."""
        return self._one(
            f"{self.rng.randint(1, 2)}-{self._caps(3)}-{numerals(self.rng, 3)}",
            f"{self.rng.randint(1, 2)}{self._caps(3)}{numerals(self.rng, 3)}",
            f"{self._one('KLE', 'BOR', 'AC', 'D', 'MS')}-{self._caps(2)} {self.rng.randint(10, 9999)}",
            f"{self.rng.randint(141, 242)}-{self._one('D', 'G', 'C', 'KY', 'WX', 'L')}-{self.rng.randint(1, 29999)}",
            f"C{self._one('A', 'AA', 'Y', 'F')} {numerals(self.rng, 3)}-{numerals(self.rng, 3)}",
            f"{self._caps(2)} {numerals(self.rng, 2)} {self._caps(2)} GP",
            f"{self._caps(2)}{numerals(self.rng, 2)} {self._caps(3)}",
            f"{self._caps(2)}-{numerals(self.rng, 3)}-{self._caps(2)}",
        )

    # ---- postcodes
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1000, 9999))
        letters = self._caps(2).replace("SS", "ST").replace("SD", "SG").replace("SA", "SE")
        return self._one(
            f"{number} {letters}",
            f"{number} {letters}",
            f"{number}{letters}",
            f"{number} {letters.lower()}",
            f"{number}{letters.lower()}",
            f"{number}-{letters}",
            f"{number}  {letters}",
            f"NL-{number}{letters}",
        )

    def postcode_be(self, lang: str) -> str:
        number = str(self.rng.randint(1000, 9992))
        return self._one(f"B-{number}", f"BE-{number}", f"B {number}", f"B-{number}")

    def postcode_en(self, lang: str) -> str:
        """Irish Eircodes and South African postal codes written with their cue-less four digits."""
        if self.rng.random() < 0.6:
            routing = self._one("D09", "D6W", "H91", "V95", "F91", "T23", "A96", "K78")
            unique = self.rng.choice(_CAPITALS) + numerals(self.rng, 1) + self._caps(1) + numerals(self.rng, 1)
            return self._one(f"{routing} {unique}", f"{routing}{unique}", f"{routing} {unique}".lower())
        return self._one("7700", "7945", "8001", "4001", "0181", "2196", "7600", "9301", "6001", "0083")

    # ---- dates of birth
    def _born(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1926, 2023)

    def dob(self, lang: str) -> str:
        day, month, year = self._born()
        name = _MONTHS["nl"][month - 1]
        return self._one(
            f"{day}-{month}-{year}",
            f"{day:02d}-{month:02d}-{year}",
            f"{day:02d}-{month:02d}-'{year % 100:02d}",
            f"{day} {name} {year}",
            f"{day} {_MONTHS['nl_short'][month - 1]} {year}",
            f"{day}e {name} {year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day}.{month}.{year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day} {name.upper()} {year}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._born()
        name = _MONTHS["en"][month - 1]
        nth = "th" if day in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{day} {name} {year}",
            f"{day}{nth} {name} {year}",
            f"the {day}{nth} of {name}, {year}",
            f"{name} {day}{nth}, {year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{year}/{month:02d}/{day:02d}",
            f"{day:02d} {name[:3]} {year % 100:02d}",
            f"{day}.{month:02d}.{year}",
        )

    # ---- customer, contract, policy, member and subscription numbers
    def customer_number_customer(self, lang: str) -> str:
        return self._one(
            numerals(self.rng, 7),
            f"C{numerals(self.rng, 8)}",
            f"KN-{numerals(self.rng, 6)}",
            f"{numerals(self.rng, 4)} {numerals(self.rng, 4)}",
            f"DEB{numerals(self.rng, 5)}",
            f"{numerals(self.rng, 2)}/{numerals(self.rng, 5)}",
        )

    def customer_number_contract(self, lang: str) -> str:
        return self._one(
            f"OVK-{numerals(self.rng, 4)}-{numerals(self.rng, 3)}",
            f"{self.rng.randint(2019, 2025)}-{numerals(self.rng, 5)}",
            f"HC{numerals(self.rng, 7)}",
            f"{self._caps(2)}.{numerals(self.rng, 6)}",
            f"GR-{numerals(self.rng, 4)}/{self._caps(1)}",
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._one(
            f"{numerals(self.rng, 3)}.{numerals(self.rng, 3)}.{numerals(self.rng, 3)}",
            f"P-{numerals(self.rng, 8)}",
            f"{self._caps(3)}{numerals(self.rng, 7)}",
            f"{numerals(self.rng, 10)}",
        )

    def customer_number_member(self, lang: str) -> str:
        return self._one(
            numerals(self.rng, 6),
            f"L{numerals(self.rng, 7)}",
            f"{numerals(self.rng, 3)}-{numerals(self.rng, 3)}-{numerals(self.rng, 2)}",
            f"{numerals(self.rng, 9)}",
        )

    def customer_number_subscription(self, lang: str) -> str:
        return self._one(
            f"AB{numerals(self.rng, 6)}",
            f"SUB-{numerals(self.rng, 5)}-{self._caps(2)}",
            f"{numerals(self.rng, 9)}",
            f"ABO/{numerals(self.rng, 4)}/{numerals(self.rng, 3)}",
        )

    def customer_number_client(self, lang: str) -> str:
        """Tax advisers' client numbers and the tax authority's own reference for a taxpayer."""
        return self._one(
            f"CL{numerals(self.rng, 5)}",
            f"{numerals(self.rng, 4)}-{self._caps(3)}",
            f"R{numerals(self.rng, 6)}",
        )
