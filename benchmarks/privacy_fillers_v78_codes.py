"""Payment cards, licence plates and customer, contract, policy, member and subscription numbers of test_v78."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers_v78_numbers import digits, luhn_finish, split_in

_SIDECODES = (
    "99-LL-99",
    "99-99-LL",
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
_LETTERS = "BDFGHJKLNPRSTVXZ"


class CodesV78:
    """Mixed into `FillersV78`: the slots CARD, PLATE* and CUSTOMER_NUMBER_*."""

    rng: random.Random

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _upper(self, count: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))

    # ---- payment cards
    def card(self, lang: str) -> str:
        head = self._one("4", "4", "4", "51", "54", "55", "2221", "2720")
        number = luhn_finish(head + digits(self.rng, 15 - len(head)))
        amex = luhn_finish(self._one("34", "37") + digits(self.rng, 12))
        return self._one(
            split_in(number, (4, 4, 4, 4)),
            split_in(number, (4, 4, 4, 4)),
            number,
            split_in(number, (4, 4, 4, 4), "-"),
            split_in(amex, (4, 6, 5)),
            amex,
            split_in(number, (4, 4, 4, 4), "  "),
            split_in(number, (8, 8)),
        )

    # ---- licence plates
    def plate(self, lang: str) -> str:
        code = self.rng.choice(_SIDECODES)
        plate = "".join(
            self.rng.choice(_LETTERS) if c == "L" else str(self.rng.randint(0, 9)) if c == "9" else c for c in code
        )
        return self._one(plate, plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    def plate_abroad(self, lang: str) -> str:
        return self._one(
            f"1-{self._upper(3)}-{digits(self.rng, 3)}",
            f"2-{self._upper(3)}-{digits(self.rng, 3)}",
            f"{self._one('M', 'K', 'D', 'KLE', 'BOR')}-{self._upper(2)} {self.rng.randint(10, 9999)}",
            f"{self._one('W', 'I', 'S', 'KB')}-{digits(self.rng, 4)}{self._upper(1)}",
            f"{self._one('ZH', 'BE', 'VS', 'GR')} {self.rng.randint(1000, 999999)}",
            f"{self._upper(2)}-{digits(self.rng, 3)}-{self._upper(2)}",
            f"S{self._upper(2)} {self.rng.randint(1, 9999)} {self._upper(1)}",
        )

    # ---- customer, contract, policy, member and subscription numbers
    def customer_number_customer(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 8),
            f"KN{digits(self.rng, 7)}",
            f"{digits(self.rng, 2)}-{digits(self.rng, 5)}-{digits(self.rng, 1)}",
            f"C{digits(self.rng, 6)}",
            f"{digits(self.rng, 4)} {digits(self.rng, 4)}",
            digits(self.rng, 9),
        )

    def customer_number_contract(self, lang: str) -> str:
        return self._one(
            f"HC-{digits(self.rng, 7)}",
            f"{self._upper(2)}{digits(self.rng, 4)}/{digits(self.rng, 3)}",
            f"{digits(self.rng, 3)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}",
            f"RC{digits(self.rng, 8)}",
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 3)}.{digits(self.rng, 3)}.{digits(self.rng, 2)}",
            f"PL-{digits(self.rng, 8)}",
            f"{self._upper(3)}{digits(self.rng, 7)}",
            f"{digits(self.rng, 10)}",
        )

    def customer_number_member(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 6)}",
            f"L{digits(self.rng, 7)}",
            f"{digits(self.rng, 2)} {digits(self.rng, 3)} {digits(self.rng, 3)}",
            f"MBR-{digits(self.rng, 6)}",
        )

    def customer_number_subscription(self, lang: str) -> str:
        return self._one(
            f"AB{digits(self.rng, 8)}",
            f"SUB-{self._upper(2)}{digits(self.rng, 6)}",
            f"{digits(self.rng, 4)}-{digits(self.rng, 4)}-{digits(self.rng, 2)}",
            f"W{digits(self.rng, 7)}",
        )
