"""Payment cards, licence plates and customer, contract, policy, member, donor and client numbers of test_v80."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers_v80_numbers import digits, groups, luhn

_SIDECODES = (
    "99-LL-LL",
    "LL-999-L",
    "L-999-LL",
    "99-LLL-9",
    "9-LLL-99",
    "LL-99-LL",
    "LLL-99-L",
    "9-LL-999",
    "LL-LL-99",
    "99-LL-99",
    "GG-999-L",
    "V-999-LL",
)
_LETTERS = "BDFGHJKLNPRSTVXZ"


class CodesV80:
    """Mixed into `FillersV80`: the slots CARD, PLATE* and CUSTOMER_NUMBER_*."""

    rng: random.Random

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _caps(self, count: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))

    # ---- payment cards
    def card(self, lang: str) -> str:
        head = self._one("4", "4", "5", "2", "6")
        head += {"4": "", "5": self._one("1", "3", "5"), "2": "2", "6": "011"}[head]
        number = luhn(head + digits(self.rng, 15 - len(head)))
        amex = luhn(self._one("34", "37") + digits(self.rng, 12))
        return self._one(
            groups(number, (4, 4, 4, 4)),
            groups(number, (4, 4, 4, 4)),
            number,
            groups(number, (4, 4, 4, 4), "-"),
            groups(amex, (4, 6, 5)),
            groups(number, (4, 4, 4, 4), "  "),
            groups(number, (4, 4, 4, 4), "/"),
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
            f"A-{digits(self.rng, 4)}",
            f"A {digits(self.rng, 5)}",
            f"B {digits(self.rng, 4)}",
            f"B-{digits(self.rng, 3)}",
            f"{self._caps(4)} {digits(self.rng, 3)}",
            f"{self._caps(3)}-{digits(self.rng, 3)}",
            f"{self._caps(3)} {digits(self.rng, 3)}",
            f"{digits(self.rng, 1)}-{self._caps(3)}-{digits(self.rng, 3)}",
            f"{self._one('B', 'M', 'K')}-{self._caps(2)} {digits(self.rng, 3)}",
        )

    # ---- customer, contract, policy, member, donor and client numbers
    def customer_number_customer(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 9),
            f"KN{digits(self.rng, 7)}",
            f"{digits(self.rng, 2)}-{digits(self.rng, 5)}-{digits(self.rng, 1)}",
            f"C{digits(self.rng, 3)}.{digits(self.rng, 3)}",
            f"{digits(self.rng, 4)} {digits(self.rng, 4)}",
            f"{self._caps(3)}{digits(self.rng, 6)}",
        )

    def customer_number_contract(self, lang: str) -> str:
        return self._one(
            f"WC-{digits(self.rng, 7)}",
            f"{digits(self.rng, 4)}/{digits(self.rng, 3)}/{self._caps(1)}",
            f"HUUR{digits(self.rng, 5)}",
            f"{digits(self.rng, 3)}.{digits(self.rng, 3)}.{digits(self.rng, 2)}",
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._one(
            f"PL-{digits(self.rng, 3)}-{digits(self.rng, 4)}",
            f"{digits(self.rng, 10)}",
            f"{self._caps(1)}{digits(self.rng, 3)} {digits(self.rng, 4)}",
        )

    def customer_number_member(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 6)}",
            f"LNR {digits(self.rng, 5)}",
            f"MB{digits(self.rng, 5)}-{digits(self.rng, 1)}",
            f"{digits(self.rng, 2)}.{digits(self.rng, 4)}",
        )

    def customer_number_donor(self, lang: str) -> str:
        return self._one(
            f"D-{digits(self.rng, 5)}",
            f"DON{digits(self.rng, 6)}",
            f"{digits(self.rng, 4)}-{self._caps(2)}",
            f"SD {digits(self.rng, 3)} {digits(self.rng, 3)}",
        )

    def customer_number_client(self, lang: str) -> str:
        return self._one(
            f"BW/{digits(self.rng, 4)}/{digits(self.rng, 2)}",
            f"{digits(self.rng, 8)}",
            f"CL-{digits(self.rng, 6)}",
            f"{self._caps(2)}{digits(self.rng, 4)}{self._caps(1)}",
        )
