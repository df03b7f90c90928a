"""Payment cards, licence plates and customer, contract, policy, member and patient numbers of test_v81."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers_v81_numbers import digits, luhn_finish, split_in

# The Dutch sidecodes 1 to 14 (L a letter, 9 a digit).
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
_LETTERS = "BDFGHJKLNPRSTVXZ"


class CodesV81:
    """Mixed into `FillersV81`: the slots CARD, PLATE* and CUSTOMER_NUMBER_*."""

    rng: random.Random

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _upper(self, count: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))

    # ---- payment cards
    def card(self, lang: str) -> str:
        head = self._one("4", "4", "5", "2", "6")
        if head == "5":
            head += self._one("1", "2", "3", "4", "5")
        elif head == "2":
            head = self._one("2221", "2720", "2300")
        elif head == "6":
            head = "6759"  # Maestro
        number = luhn_finish(head + digits(self.rng, 15 - len(head)))
        amex = luhn_finish(self._one("34", "37") + digits(self.rng, 12))
        return self._one(
            split_in(number, (4, 4, 4, 4)),
            number,
            split_in(number, (4, 4, 4, 4), "-"),
            split_in(amex, (4, 6, 5)),
            amex,
            split_in(number, (4, 4, 4, 4), "  "),
            split_in(number, (4, 4, 4, 4), "."),
        )

    # ---- licence plates
    def plate(self, lang: str) -> str:
        code = self.rng.choice(_SIDECODES)
        plate = "".join(
            self.rng.choice(_LETTERS) if c == "L" else str(self.rng.randint(0, 9)) if c == "9" else c for c in code
        )
        return self._one(plate, plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    def plate_abroad(self, lang: str) -> str:
        """Polish, Romanian, Belgian, German and British plates."""
        return self._one(
            f"{self._one('WA', 'KR', 'PO', 'GD', 'WR')} {digits(self.rng, 4)}{self._upper(1)}",
            f"{self._one('WA', 'DW', 'LU', 'SZ')}{digits(self.rng, 5)}",
            f"{self._one('B', 'CJ', 'IS', 'TM', 'SV', 'BV')} {digits(self.rng, 2)} {self._upper(3)}",
            f"{self._one('CJ', 'IS', 'BH')}-{digits(self.rng, 2)}-{self._upper(3)}",
            f"1-{self._upper(3)}-{digits(self.rng, 3)}",
            f"{self._one('K', 'D', 'E', 'KLE')}-{self._upper(2)} {digits(self.rng, 3)}",
            f"S{self._one('A', 'B', 'F', 'G', 'N')}{digits(self.rng, 2)} {self._upper(3)}",
        )

    # ---- customer, contract, policy, member and patient numbers
    def customer_number_customer(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 9),
            f"KN{digits(self.rng, 7)}",
            f"{digits(self.rng, 4)}-{digits(self.rng, 4)}",
            f"C{digits(self.rng, 3)}.{digits(self.rng, 3)}.{digits(self.rng, 2)}",
            f"{digits(self.rng, 2)} {digits(self.rng, 3)} {digits(self.rng, 3)}",
            f"K-{digits(self.rng, 6)}",
        )

    def customer_number_contract(self, lang: str) -> str:
        return self._one(
            f"OVK-{digits(self.rng, 6)}",
            f"{digits(self.rng, 4)}/{digits(self.rng, 5)}",
            f"LFT{digits(self.rng, 7)}",
            f"{self._upper(2)}-{digits(self.rng, 4)}-{self._upper(1)}{digits(self.rng, 2)}",
            f"{digits(self.rng, 10)}",
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 3)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}",
            f"PL-{digits(self.rng, 8)}",
            f"{self._upper(3)}{digits(self.rng, 7)}",
            f"{digits(self.rng, 8)}-{digits(self.rng, 1)}",
        )

    def customer_number_member(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 8)}",
            f"ST-{digits(self.rng, 6)}",
            f"LD{digits(self.rng, 5)}",
            f"{digits(self.rng, 4)} {digits(self.rng, 4)}",
            f"M{digits(self.rng, 6)}",
        )

    def customer_number_patient(self, lang: str) -> str:
        return self._one(
            f"PAT-{digits(self.rng, 6)}",
            f"{digits(self.rng, 7)}",
            f"{self._upper(2)}{digits(self.rng, 5)}/{digits(self.rng, 2)}",
            f"{digits(self.rng, 3)}-{digits(self.rng, 3)}-{digits(self.rng, 2)}",
        )
