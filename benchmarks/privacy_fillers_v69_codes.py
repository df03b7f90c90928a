"""Payment cards, licence plates (Dutch sidecodes, German and Belgian) and customer, contract, policy and member
numbers of the held-out split test_v69."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers_v69_numbers import card_number, cut, numerals

_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
# Dutch sidecodes: L a letter, 9 a digit.
_SIDECODES = (
    "LL-99-99",
    "99-99-LL",
    "99-LL-99",
    "LL-99-LL",
    "LL-LL-99",
    "99-LL-LL",
    "99-LLL-9",
    "9-LLL-99",
    "LL-999-L",
    "L-999-LL",
    "LLL-99-L",
    "L-99-LLL",
    "9-LL-999",
    "999-LL-9",
)


class CodesV69:
    """Mixed into `FillersV69`: the slots CARD, PLATE* and CUSTOMER_NUMBER_*."""

    rng: random.Random

    def _any(self, *options: str) -> str:
        return self.rng.choice(options)

    def _letters(self, count: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(count))

    # ---- payment cards
    def card(self, lang: str) -> str:
        visa, master = card_number(self.rng, "4", 16), card_number(self.rng, self._any("51", "54", "22"), 16)
        amex = card_number(self.rng, self._any("34", "37"), 15)
        number = self._any(visa, master)
        return self._any(
            cut(number, (4, 4, 4, 4)),
            number,
            cut(number, (4, 4, 4, 4), "-"),
            cut(amex, (4, 6, 5)),
            cut(number, (4, 4, 4, 4), "  "),
        )

    # ---- licence plates
    def plate(self, lang: str) -> str:
        code = self.rng.choice(_SIDECODES)
        plate = "".join(
            self.rng.choice(_PLATE_LETTERS) if c == "L" else self.rng.choice("0123456789") if c == "9" else c
            for c in code
        )
        return self._any(plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "), f"NL {plate}")

    def plate_abroad(self, lang: str) -> str:
        city = self._any("KLE", "AC", "D", "K", "BOR", "VIE", "WES", "HH", "GE")
        return self._any(
            f"{city}-{self._letters(2)} {self.rng.randint(1, 9999)}",
            f"{city} {self._letters(self.rng.choice((1, 2)))} {self.rng.randint(10, 999)}",
            f"{self.rng.choice('12')}-{self._letters(3)}-{numerals(self.rng, 3)}",
            f"{self.rng.choice('12')}{self._letters(3)}{numerals(self.rng, 3)}",
            f"{city}-{numerals(self.rng, 5)}",
        )

    # ---- customer, contract, policy and member numbers
    def customer_number_customer(self, lang: str) -> str:
        return self._any(
            numerals(self.rng, 7),
            f"KN{numerals(self.rng, 6)}",
            f"{numerals(self.rng, 4)}-{numerals(self.rng, 4)}",
            f"C{numerals(self.rng, 2)}.{numerals(self.rng, 5)}",
            f"R-{numerals(self.rng, 8)}",
        )

    def customer_number_contract(self, lang: str) -> str:
        return self._any(
            f"{self.rng.randint(2019, 2025)}-{numerals(self.rng, 5)}",
            f"OV{numerals(self.rng, 7)}",
            f"PB {numerals(self.rng, 3)} {numerals(self.rng, 3)}",
            f"{self._letters(2)}/{numerals(self.rng, 6)}",
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._any(
            f"{numerals(self.rng, 3)}.{numerals(self.rng, 3)}.{numerals(self.rng, 3)}",
            f"TV{numerals(self.rng, 8)}",
            f"{numerals(self.rng, 10)}",
            f"ZV-{numerals(self.rng, 4)}-{numerals(self.rng, 4)}",
        )

    def customer_number_member(self, lang: str) -> str:
        return self._any(
            numerals(self.rng, 8),
            f"SN{numerals(self.rng, 7)}",
            f"L{numerals(self.rng, 5)}",
            f"{numerals(self.rng, 2)}-{numerals(self.rng, 4)}-{numerals(self.rng, 2)}",
        )
