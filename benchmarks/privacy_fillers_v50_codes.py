"""Number-like values of test_v50's fillers (bank accounts, cards, BSN, dates of birth, plates, customer, loan,
member and contract numbers), as a mixin of `FillersV50`."""

from __future__ import annotations

import random
from collections.abc import Callable

from benchmarks.privacy_fillers_v50_numbers import (
    MONTHS,
    ROMAN_MONTHS,
    belgian_bban,
    card_number,
    chunk,
    digits,
    eleven_test,
    mod97_check,
    ordinal_en,
    say_digits,
    year_words_nl,
)
from benchmarks.privacy_fillers_v50_pools import BANK_FOREIGN

_PLATE_SHAPES = (  # Dutch side codes 1 to 14, newest (7 to 14) twice as likely; a is a letter, n a digit
    "aa-nn-nn", "nn-nn-aa", "nn-aa-nn", "aa-nn-aa", "aa-aa-nn", "nn-aa-aa",
    "nn-aaa-n", "n-aaa-nn", "aa-nnn-a", "a-nnn-aa", "aaa-nn-a", "a-nn-aaa", "n-aa-nnn", "nnn-aa-n",
    "nn-aaa-n", "n-aaa-nn", "aa-nnn-a", "a-nnn-aa", "aaa-nn-a", "a-nn-aaa", "n-aa-nnn", "nnn-aa-n",
)  # fmt: skip
_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"


class CodesV50:
    """IBAN_*, CARD, BSN_*, DOB_*, PLATE_* and CUSTOMER_NUMBER_* slots; needs `rng` and `pick` of `Fillers`."""

    rng: random.Random
    pick: Callable[[str], str]

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    # ---- bank accounts and cards
    def iban(self, lang: str) -> str:
        value = mod97_check("NL", self.pick("bank") + digits(self.rng, 10))
        return self._one(
            value, chunk(value, 4), chunk(value, 4), chunk(value, 4).lower(), value.lower(),
            f"{value[:4]} {value[4:8]} {value[8:]}", chunk(value, 4, sep="-"),
        )  # fmt: skip

    def iban_be(self, lang: str) -> str:
        value = mod97_check("BE", belgian_bban(self.rng))
        return self._one(chunk(value, 4), chunk(value, 4), value, chunk(value, 4).lower())

    def iban_foreign(self, lang: str) -> str:
        country = self._one("BE", "BE", "BE", *BANK_FOREIGN)
        if country == "BE":
            value = mod97_check("BE", belgian_bban(self.rng))
        else:
            shape = BANK_FOREIGN[country]
            bban = "".join(
                self.rng.choice("ABCDEFGHIJKLMNOPRSTUVWXZ") if c == "L" else digits(self.rng, 1) for c in shape
            )
            value = mod97_check(country, bban)
        return self._one(chunk(value, 4), chunk(value, 4), value)

    def card(self, lang: str) -> str:
        kind = self._one("visa", "visa", "mc", "mc2", "amex")
        if kind == "amex":
            number = card_number(self.rng, self._one("34", "37"), 15)
            return self._one(chunk(number, 4, 6, 5), number)
        lead = {"visa": "4", "mc": self._one("51", "53", "55"), "mc2": self._one("2221", "2345", "2720")}[kind]
        number = card_number(self.rng, lead, 16)
        return self._one(chunk(number, 4), chunk(number, 4), number, chunk(number, 4, sep="-"))

    # ---- government number, postcode, address
    def bsn(self, lang: str) -> str:
        value = eleven_test(self.rng)
        return self._one(
            value, value, chunk(value, 3), f"{value[:4]}.{value[4:6]}.{value[6:]}",
            f"{value[:2]} {chunk(value[2:], 2, 2, 3)}", chunk(value, 3, sep="."),
        )  # fmt: skip

    def bsn_spoken(self, lang: str) -> str:
        return say_digits(eleven_test(self.rng), lang, self.rng)

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1938, 2005)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        abbrev = MONTHS[lang][month - 1][:3] + ("." if lang == "nl" else "")
        return self._one(
            f"{day:02d}-{month:02d}-{year}", f"{day}-{month}-{year}", f"{day:02d}.{month:02d}.{year}",
            f"{day}. {month}. {year}", f"{year}-{month:02d}-{day:02d}", f"{day:02d}/{month:02d}/{year}",
            f"{day} {abbrev} {year}", f"{day}-{ROMAN_MONTHS[month - 1]}-{year}",
            f"{day:02d}-{month:02d}-'{year % 100:02d}",
        )  # fmt: skip

    def dob_words(self, lang: str) -> str:
        day, month, year = self._birth()
        name = MONTHS[lang][month - 1]
        if lang == "nl":
            return self._one(f"{day} {name} {year}", f"{day} {name} {year_words_nl(year)}", f"{day}e {name} {year}")
        return self._one(
            f"{ordinal_en(day)} of {name} {year}", f"{name} {ordinal_en(day)}, {year}", f"{day} {name} {year}"
        )

    # ---- plates
    def plate(self, lang: str) -> str:
        shape = self.rng.choice(_PLATE_SHAPES)
        value = "".join(
            self.rng.choice(_PLATE_LETTERS) if c == "a" else digits(self.rng, 1) if c == "n" else c for c in shape
        )
        return self._one(value, value, value, value.replace("-", ""), value.lower(), value.replace("-", " "))

    def plate_be(self, lang: str) -> str:
        letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        first, tail = self._one("1", "1", "2"), digits(self.rng, 3)
        return self._one(f"{first}-{letters}-{tail}", f"{first}{letters}{tail}", f"{first} {letters} {tail}")

    # ---- customer, loan, member and contract numbers
    def customer_number(self, lang: str) -> str:
        rng = self.rng
        return self._one(
            digits(rng, 7, "4"), f"K {digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}", f"70{digits(rng, 7)}",
            f"CUST-{digits(rng, 6)}", f"KL{digits(rng, 8)}", f"{digits(rng, 4)} {digits(rng, 4)}",
        )  # fmt: skip

    def customer_number_loan(self, lang: str) -> str:
        rng = self.rng
        return self._one(
            f"HYP-{self._one('2017', '2019', '2021', '2023')}-{digits(rng, 5)}", f"{digits(rng, 9, '6')}",
            f"{digits(rng, 2, '1')}.{digits(rng, 3)}.{digits(rng, 3)}", f"L{digits(rng, 9)}", f"LN {digits(rng, 8)}",
        )  # fmt: skip

    def customer_number_vve(self, lang: str) -> str:
        return self._one(
            f"ML{digits(self.rng, 5)}", f"{digits(self.rng, 4)}-{digits(self.rng, 3)}", f"VE{digits(self.rng, 6)}"
        )

    def customer_number_storage(self, lang: str) -> str:
        rng = self.rng
        return self._one(
            f"SB-{digits(rng, 5)}-{digits(rng, 2)}", f"OPS{digits(rng, 6)}", f"{digits(rng, 2)}/{digits(rng, 6)}"
        )

    def customer_number_spoken(self, lang: str) -> str:
        return say_digits(digits(self.rng, 8, self.rng.choice("123456789")), lang, self.rng)
