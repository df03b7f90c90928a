"""Payment cards, licence plates and customer, contract, policy, member and loyalty numbers of test_v106."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers_v106_numbers import digits, keyed, luhn_finish, split_in

_SIDECODES = (
    "XX-99-99",
    "99-99-XX",
    "99-XX-99",
    "XX-99-XX",
    "XX-XX-99",
    "99-XX-XX",
    "99-XXX-9",
    "9-XXX-99",
    "XX-999-X",
    "X-999-XX",
    "XXX-99-X",
    "9-XX-999",
)
_LETTERS = "BDFGHJKLNPRSTVXZ"


class CodesV106:
    """Mixed into `FillersV106`: the slots CARD*, PLATE* and CUSTOMER_NUMBER_*."""

    rng: random.Random

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _caps(self, count: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))

    def card(self, lang: str) -> str:
        head = self._one("4", "4", "53", "55", "2720", "6759")
        number = luhn_finish(head + digits(self.rng, 15 - len(head)))
        amex = luhn_finish(self._one("34", "37") + digits(self.rng, 12))
        return self._one(
            split_in(number, (4, 4, 4, 4)),
            number,
            split_in(number, (4, 4, 4, 4), "-"),
            split_in(amex, (4, 6, 5)),
            split_in(number, (4, 4, 4, 4), "."),
        )

    def plate(self, lang: str) -> str:
        code = self.rng.choice(_SIDECODES)
        plate = "".join(
            self.rng.choice(_LETTERS) if c == "X" else str(self.rng.randint(0, 9)) if c == "9" else c for c in code
        )
        return self._one(plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    def plate_abroad(self, lang: str) -> str:
        """Belgian, Welsh/British, Hong Kong, Jamaican and Trinidadian plates."""
        return self._one(
            f"1-{self._caps(3)}-{digits(self.rng, 3)}",
            f"2{self._caps(3)}{digits(self.rng, 3)}",
            f"{self._one('CY', 'CA', 'CF', 'CN')}{digits(self.rng, 2)} {self._caps(3)}",
            f"{self._caps(2)} {self.rng.randint(1, 9999)}",
            f"{digits(self.rng, 4)} {self._caps(2)}",
            f"P{self._caps(2)} {self.rng.randint(1, 9999)}",
        )

    def customer_number_customer(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 8),
            f"KL{digits(self.rng, 6)}",
            f"{digits(self.rng, 3)}-{digits(self.rng, 4)}",
            f"CUST-{digits(self.rng, 7)}",
            f"{digits(self.rng, 4)} {digits(self.rng, 4)}",
            f"R{digits(self.rng, 2)}.{digits(self.rng, 5)}",
        )

    def customer_number_contract(self, lang: str) -> str:
        return self._one(
            f"CT-{digits(self.rng, 6)}",
            f"{self._caps(3)}/{digits(self.rng, 4)}/{digits(self.rng, 2)}",
            f"{digits(self.rng, 2)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}",
            f"GR{digits(self.rng, 7)}",
            f"{digits(self.rng, 10)}",
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._one(
            f"POL{digits(self.rng, 7)}",
            f"{digits(self.rng, 3)}-{digits(self.rng, 3)}-{digits(self.rng, 3)}",
            f"{digits(self.rng, 2)}/{digits(self.rng, 6)}/{self._caps(1)}",
            f"HK-{digits(self.rng, 8)}",
        )

    def customer_number_member(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 5),
            f"L{digits(self.rng, 6)}",
            f"{digits(self.rng, 3)} {digits(self.rng, 3)} {digits(self.rng, 3)}",
            f"M{digits(self.rng, 2)}-{digits(self.rng, 4)}",
            f"{self._caps(2)}{digits(self.rng, 5)}",
        )

    def customer_number_loyalty(self, lang: str) -> str:
        card = "2" + digits(self.rng, 12)
        return self._one(card, split_in(card, (4, 4, 5)), split_in(card, (1, 6, 6)))

    def customer_number_dtmf(self, lang: str) -> str:
        number = digits(self.rng, self.rng.choice((7, 8, 9)))
        return self._one(keyed(number), number, "-".join(number))
