"""Payment cards, licence plates and customer, contract, policy, member and student numbers of test_v64."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers_v64_numbers import digits, luhn_finish, split_in

# Dutch sidecodes 1 to 11 and a few more recent ones ("9" a digit, "L" a letter).
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


class CodesV64:
    """Mixed into `FillersV64`: the slots CARD, PLATE* and CUSTOMER_NUMBER_*."""

    rng: random.Random

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _caps(self, count: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))

    # ---- payment cards
    def card(self, lang: str) -> str:
        head = self._one("4", "4", "4", "51", "54", "52", "2221", "6011")
        number = luhn_finish(head + digits(self.rng, 15 - len(head)))
        amex = luhn_finish(self._one("34", "37") + digits(self.rng, 12))
        return self._one(
            split_in(number, (4, 4, 4, 4)),
            split_in(number, (4, 4, 4, 4)),
            number,
            split_in(number, (4, 4, 4, 4), "-"),
            split_in(number, (4, 4, 4, 4), "  "),
            split_in(amex, (4, 6, 5)),
            amex,
        )

    # ---- licence plates
    def plate(self, lang: str) -> str:
        code = self.rng.choice(_SIDECODES)
        plate = "".join(
            self.rng.choice(_LETTERS) if c == "L" else str(self.rng.randint(0, 9)) if c == "9" else c for c in code
        )
        return self._one(
            plate, plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "), f"NL {plate}"
        )

    def plate_abroad(self, lang: str) -> str:
        """German, Polish, Belgian and South African plates."""
        return self._one(
            f"{self._one('B', 'K', 'D', 'HH', 'M', 'GE', 'KLE', 'AC')}-{self._caps(2)} {digits(self.rng, 4)}",
            f"{self._one('B', 'M', 'D')} {self._caps(2)} {digits(self.rng, 3)}",
            f"{self._one('WX', 'WE', 'KR', 'PO', 'DW', 'GD')} {digits(self.rng, 5)}",
            f"{self._one('WX', 'KR', 'PO')} {digits(self.rng, 3)}{self._caps(2)}",
            f"{self.rng.randint(1, 2)}-{self._caps(3)}-{digits(self.rng, 3)}",
            f"CA {digits(self.rng, 3)}-{digits(self.rng, 3)}",
            f"{self._caps(2)} {digits(self.rng, 2)} {self._caps(2)} GP",
        )

    # ---- customer, contract, policy, member and student numbers
    def customer_number_customer(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 9),
            f"KN{digits(self.rng, 8)}",
            f"{digits(self.rng, 4)} {digits(self.rng, 4)}",
            f"{digits(self.rng, 3)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}",
            f"C-{digits(self.rng, 7)}",
            f"{self._caps(1)}{digits(self.rng, 2)}-{digits(self.rng, 5)}",
        )

    def customer_number_contract(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 10)}",
            f"CN-{digits(self.rng, 7)}",
            f"OVK{digits(self.rng, 6)}",
            f"{digits(self.rng, 2)}/{digits(self.rng, 5)}/{self._caps(2)}",
            f"HYP-{digits(self.rng, 4)}-{digits(self.rng, 4)}",
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 3)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}",
            f"RP{digits(self.rng, 8)}",
            f"{digits(self.rng, 8)}-{digits(self.rng, 1)}",
            f"{self._caps(3)}{digits(self.rng, 6)}",
        )

    def customer_number_member(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 5),
            f"L-{digits(self.rng, 4)}",
            f"{digits(self.rng, 2)}.{digits(self.rng, 4)}",
            f"VT{digits(self.rng, 5)}",
            f"{digits(self.rng, 4)}-{self._caps(1)}",
        )

    def customer_number_student(self, lang: str) -> str:
        return self._one(
            f"s{digits(self.rng, 7)}",
            digits(self.rng, 7),
            f"{digits(self.rng, 3)} {digits(self.rng, 4)}",
            f"U{digits(self.rng, 7)}",
        )
