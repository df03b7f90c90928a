"""Payment cards, licence plates and customer, contract, policy and member numbers of test_v105."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers_v105_numbers import digits, luhn_finish, split_in

_SIDECODES = (
    "XX-99-99",
    "99-XX-99",
    "99-XX-XX",
    "XX-XX-99",
    "99-XXX-9",
    "9-XXX-99",
    "XX-999-X",
    "X-999-XX",
    "XXX-99-X",
    "X-99-XXX",
    "9-XX-999",
    "999-XX-9",
)
_LETTERS = "BDFGHJKLNPRSTVXZ"


class CodesV105:
    """Mixed into `FillersV105`: the slots CARD, PLATE* and CUSTOMER_NUMBER_*."""

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
        return self._one(plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "), plate)

    def plate_abroad(self, lang: str) -> str:
        return self._one(
            f"1-{self._caps(3)}-{digits(self.rng, 3)}",
            f"2{self._caps(3)}{digits(self.rng, 3)}",
            f"{self._caps(2)}{digits(self.rng, 2)} {self._caps(3)}",
            f"{digits(self.rng, 1)}{self._caps(3)}{digits(self.rng, 3)}",
            f"GR {digits(self.rng, 4)}-{digits(self.rng, 2)}",
            f"{self._one('BOR', 'KLE', 'BOH')}-{self._caps(2)} {digits(self.rng, 3)}",
            f"{self._caps(3)}-{digits(self.rng, 3)}",
        )

    def customer_number_customer(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 8),
            f"KL{digits(self.rng, 6)}",
            f"{digits(self.rng, 3)}-{digits(self.rng, 4)}",
            f"D{digits(self.rng, 7)}",
            f"{digits(self.rng, 3)} {digits(self.rng, 3)} {digits(self.rng, 2)}",
        )

    def customer_number_contract(self, lang: str) -> str:
        return self._one(
            f"LS-{digits(self.rng, 6)}",
            f"{self._caps(3)}{digits(self.rng, 5)}",
            f"{digits(self.rng, 4)}/{digits(self.rng, 3)}",
            f"ZP.{digits(self.rng, 2)}.{digits(self.rng, 5)}",
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._one(
            f"OT{digits(self.rng, 7)}",
            f"{digits(self.rng, 3)}-{digits(self.rng, 6)}",
            f"{digits(self.rng, 10)}",
            f"POL/{digits(self.rng, 6)}/{self._caps(1)}",
        )

    def customer_number_member(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 5)}",
            f"S{digits(self.rng, 6)}",
            f"DON-{digits(self.rng, 4)}",
            f"{digits(self.rng, 3)}.{digits(self.rng, 3)}",
            f"V{digits(self.rng, 2)}-{digits(self.rng, 4)}",
        )
