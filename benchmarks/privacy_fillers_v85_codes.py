"""Payment cards, licence plates and customer, contract, policy, member and donor numbers of test_v85."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers_v85_numbers import digits, luhn_finish, split_in

_SIDECODES = (
    "LL-99-99",
    "99-99-LL",
    "99-LL-99",
    "99-LL-LL",
    "LL-99-LL",
    "LL-LL-99",
    "99-LLL-9",
    "9-LLL-99",
    "LL-999-L",
    "L-999-LL",
    "LLL-99-L",
    "9-LL-999",
    "999-LL-9",
)
_LETTERS = "BDFGHJKLNPRSTVXZ"


class CodesV85:
    """Mixed into `FillersV85`: the slots CARD, PLATE* and CUSTOMER_NUMBER_*."""

    rng: random.Random

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _caps(self, count: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))

    def card(self, lang: str) -> str:
        head = self._one("4", "4", "51", "54", "22", "6011")
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
        return self._one(plate, plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    def plate_abroad(self, lang: str) -> str:
        return self._one(
            f"1-{self._caps(3)}-{digits(self.rng, 3)}",
            f"2-{self._caps(3)}-{digits(self.rng, 3)}",
            f"{self._caps(2)}{digits(self.rng, 2)} {self._caps(3)}",
            f"{self._one('B', 'M', 'HB', 'OS')}-{self._caps(2)} {digits(self.rng, 4)}",
            f"{self._caps(3)}-{digits(self.rng, 3)}",
            f"UA{digits(self.rng, 3)}{self._caps(1)}",
            f"{self._caps(2)}-{digits(self.rng, 3)}-{self._caps(2)}",
        )

    def customer_number_customer(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 8),
            f"KN{digits(self.rng, 7)}",
            f"{digits(self.rng, 2)}-{digits(self.rng, 5)}",
            f"C{digits(self.rng, 6)}/{digits(self.rng, 2)}",
            split_in(digits(self.rng, 9), (3, 3, 3)),
        )

    def customer_number_contract(self, lang: str) -> str:
        return self._one(
            f"HC-{digits(self.rng, 6)}",
            f"{digits(self.rng, 4)}-{self._caps(2)}-{digits(self.rng, 3)}",
            f"STG{digits(self.rng, 7)}",
            f"{digits(self.rng, 3)}.{digits(self.rng, 3)}.{digits(self.rng, 2)}",
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._one(
            f"PL-{digits(self.rng, 8)}",
            f"{digits(self.rng, 2)}/{digits(self.rng, 6)}",
            f"{self._caps(3)}{digits(self.rng, 7)}",
        )

    def customer_number_member(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 7),
            f"SP{digits(self.rng, 6)}",
            f"{digits(self.rng, 4)}-{digits(self.rng, 4)}",
            f"L{digits(self.rng, 5)}{self._caps(1)}",
        )

    def customer_number_donor(self, lang: str) -> str:
        return self._one(
            f"D-{digits(self.rng, 5)}", f"DON{digits(self.rng, 6)}", f"{self._caps(1)}{digits(self.rng, 4)}"
        )

    def customer_number_vnr(self, lang: str) -> str:
        """A COA resident's V-number (vreemdelingennummer)."""
        number = digits(self.rng, 10)
        return self._one(number, split_in(number, (4, 3, 3)), split_in(number, (2, 4, 4), "."))
