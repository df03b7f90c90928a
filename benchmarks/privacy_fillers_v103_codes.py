"""Payment cards, licence plates and customer, contract, policy, member and subscription numbers of test_v103."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers_v103_numbers import digits, luhn_finish, split_in

_SIDECODES = (
    "LL-99-99",
    "99-LL-LL",
    "L-99-LLL",
    "99-99-LL",
    "99-LL-99",
    "LL-99-LL",
    "LL-LL-99",
    "99-LLL-9",
    "9-LLL-99",
    "LL-999-L",
    "L-999-LL",
    "LLL-99-L",
    "9-LL-999",
    "99-L-999",
)
_LETTERS = "BDFGHJKLNPRSTVXZ"


class CodesV103:
    """Mixed into `FillersV103`: the slots CARD, PLATE* and CUSTOMER_NUMBER_*."""

    rng: random.Random

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _upper(self, count: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))

    def card(self, lang: str) -> str:
        head = self._one("4", "4", "51", "54", "2221", "6011")
        number = luhn_finish(head + digits(self.rng, 15 - len(head)))
        amex = luhn_finish(self._one("34", "37") + digits(self.rng, 12))
        return self._one(
            split_in(number, (4, 4, 4, 4)),
            number,
            split_in(number, (4, 4, 4, 4), "-"),
            split_in(amex, (4, 6, 5)),
            split_in(number, (4, 4, 4, 4), "  "),
        )

    def plate(self, lang: str) -> str:
        code = self.rng.choice(_SIDECODES)
        plate = "".join(
            self.rng.choice(_LETTERS) if c == "L" else str(self.rng.randint(0, 9)) if c == "9" else c for c in code
        )
        return self._one(plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    def plate_abroad(self, lang: str) -> str:
        letters = "".join(self.rng.choice(_LETTERS) for _ in range(3))
        return self._one(
            f"1-{letters}-{digits(self.rng, 3)}",
            f"2-{letters}-{digits(self.rng, 3)}",
            f"{self._upper(2)}{digits(self.rng, 2)} {self._upper(3)}",
            f"{self._upper(2)}{digits(self.rng, 2)}{self._upper(3)}",
            f"{self._one('HH', 'K', 'OS')}-{self._upper(2)} {digits(self.rng, 3)}",
            f"{digits(self.rng, 1)}{self._upper(3)}{digits(self.rng, 3)}",
            f"{digits(self.rng, 1)}-{self._upper(3)}-{digits(self.rng, 2)}",
            f"{self._upper(3)}{digits(self.rng, 3)}",
            f"MH {digits(self.rng, 2)} {self._upper(2)} {digits(self.rng, 4)}",
            f"{digits(self.rng, 4)} {self._upper(2)}",
        )

    def customer_number_customer(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 7),
            f"KL{digits(self.rng, 6)}",
            f"{digits(self.rng, 3)}-{digits(self.rng, 4)}",
            f"CUS{digits(self.rng, 6)}",
            f"{digits(self.rng, 3)} {digits(self.rng, 3)} {digits(self.rng, 2)}",
        )

    def customer_number_contract(self, lang: str) -> str:
        return self._one(
            f"HK-{digits(self.rng, 5)}",
            f"{self._upper(2)}{digits(self.rng, 5)}-{digits(self.rng, 2)}",
            f"CTR.{digits(self.rng, 6)}",
            f"{digits(self.rng, 4)}/{digits(self.rng, 4)}",
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._one(
            f"UV{digits(self.rng, 8)}",
            f"{digits(self.rng, 2)}.{digits(self.rng, 3)}.{digits(self.rng, 4)}",
            f"{self._upper(2)} {digits(self.rng, 6)} {self._upper(1)}",
        )

    def customer_number_member(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 5),
            f"IMK{digits(self.rng, 4)}",
            f"L-{digits(self.rng, 3)}-{digits(self.rng, 3)}",
            f"nr. {digits(self.rng, 6)}",
        )

    def customer_number_subscription(self, lang: str) -> str:
        return self._one(
            f"PG{digits(self.rng, 7)}", f"{digits(self.rng, 2)}-{digits(self.rng, 4)}-{digits(self.rng, 3)}"
        )

    def customer_number_student(self, lang: str) -> str:
        return self._one(f"S{digits(self.rng, 7)}", f"{digits(self.rng, 4)}.{digits(self.rng, 3)}")
