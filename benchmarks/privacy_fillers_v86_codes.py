"""Payment cards, licence plates and customer, contract, policy and member numbers of test_v86."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers_v86_numbers import digits, luhn_finish, split_in

_SIDECODES = (
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
    "LL-99-99",
)
_LETTERS = "BDFGHJKLNPRSTVXZ"


class CodesV86:
    """Mixed into `FillersV86`: the slots CARD, PLATE* and CUSTOMER_NUMBER_*."""

    rng: random.Random

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _upper(self, count: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))

    # ---- payment cards
    def card(self, lang: str) -> str:
        head = self._one("4", "4", "4", "51", "54", "2221", "2720")
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
        )

    # ---- licence plates
    def plate(self, lang: str) -> str:
        code = self.rng.choice(_SIDECODES)
        plate = "".join(
            self.rng.choice(_LETTERS) if c == "L" else str(self.rng.randint(0, 9)) if c == "9" else c for c in code
        )
        return self._one(plate, plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    def plate_abroad(self, lang: str) -> str:
        """Belgian, German, Curaçao, Singaporean and South African plates."""
        three = "".join(self.rng.choice(_LETTERS) for _ in range(3))
        return self._one(
            f"{self._one('1', '2')}-{three}-{digits(self.rng, 3)}",
            f"{self._one('2', '1')}{three}{digits(self.rng, 3)}",
            f"{self._one('K', 'D', 'AC', 'KLE')}-{self._upper(2)} {digits(self.rng, 3)}",
            f"{self._one('S', 'SJ', 'SK', 'SL')}{self._upper(2)[:1]} {digits(self.rng, 4)} {self._upper(1)}",
            f"{self._one('CA', 'CY', 'CF', 'ND')} {digits(self.rng, 3)}-{digits(self.rng, 3)}",
            f"{self._upper(2)} {digits(self.rng, 2)} {self._upper(2)} GP",
            f"{self._one('A', 'B', 'C')}-{digits(self.rng, 5)}",
        )

    # ---- customer, contract, policy and member numbers
    def customer_number_customer(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 7),
            f"KL-{digits(self.rng, 6)}",
            f"{digits(self.rng, 2)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}",
            f"C{digits(self.rng, 8)}",
            f"{self._upper(3)}{digits(self.rng, 5)}",
            digits(self.rng, 9),
        )

    def customer_number_contract(self, lang: str) -> str:
        return self._one(
            f"GR-{self.rng.randint(1995, 2025)}-{digits(self.rng, 4)}",
            f"OVK{digits(self.rng, 6)}",
            f"{digits(self.rng, 4)}/{digits(self.rng, 3)}",
            f"HC-{digits(self.rng, 5)}-{self._upper(1)}",
            f"{self._upper(2)}{digits(self.rng, 7)}",
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 3)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}",
            f"PL{digits(self.rng, 8)}",
            f"{digits(self.rng, 2)}-{digits(self.rng, 6)}-{digits(self.rng, 2)}",
            f"VZ {digits(self.rng, 7)}",
        )

    def customer_number_member(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 6),
            f"L{digits(self.rng, 7)}",
            f"KNSB-{digits(self.rng, 6)}",
            f"{digits(self.rng, 4)}-{digits(self.rng, 3)}",
            f"NL-MAC-{digits(self.rng, 5)}",
        )
