"""Payment cards, licence plates and customer, contract, policy, member, client and library card numbers of
test_v71."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers_v71_numbers import digits, luhn_finish, ocr_digits, split_in

_SIDECODES = (
    "LL-99-99",
    "99-LL-99",
    "99-LL-LL",
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


class CodesV71:
    """Mixed into `FillersV71`: the slots CARD*, PLATE* and CUSTOMER_NUMBER_*."""

    rng: random.Random

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _upper(self, count: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))

    # ---- payment cards
    def card(self, lang: str) -> str:
        head = self._one("4", "4", "4", "51", "54", "55", "2221")
        number = luhn_finish(head + digits(self.rng, 15 - len(head)))
        amex = luhn_finish(self._one("34", "37") + digits(self.rng, 12))
        maestro = luhn_finish("6" + self._one("703", "761", "304") + digits(self.rng, 14))
        return self._one(
            split_in(number, (4, 4, 4, 4)),
            number,
            split_in(number, (4, 4, 4, 4), "-"),
            split_in(amex, (4, 6, 5)),
            split_in(number, (4, 4, 4, 4), "  "),
            split_in(maestro, (4, 4, 4, 4, 3)),
        )

    def card_ocr(self, lang: str) -> str:
        number = luhn_finish("4" + digits(self.rng, 14))
        return ocr_digits(self.rng, split_in(number, (4, 4, 4, 4)))

    # ---- licence plates
    def plate(self, lang: str) -> str:
        code = self.rng.choice(_SIDECODES)
        plate = "".join(
            self.rng.choice(_LETTERS) if c == "L" else str(self.rng.randint(0, 9)) if c == "9" else c for c in code
        )
        return self._one(plate, plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    def plate_abroad(self, lang: str) -> str:
        """German (near the border), Belgian, Polish and Romanian plates."""
        return self._one(
            f"{self._one('KLE', 'BOR', 'AC', 'NOH', 'EMS', 'D')}-{self._upper(2)} {self.rng.randint(1, 9999)}",
            f"{self._one('KLE', 'BOR', 'COE')} {self._upper(1)} {self.rng.randint(10, 999)}",
            f"1-{''.join(self.rng.choice(_LETTERS) for _ in range(3))}-{digits(self.rng, 3)}",
            f"{self._one('WPR', 'PO', 'KR', 'DW', 'GD')} {digits(self.rng, 5)}",
            f"{self._one('WX', 'PZ')}{digits(self.rng, 4)}{self._upper(1)}",
            f"{self._one('B', 'CJ', 'IS', 'TM', 'BV')} {digits(self.rng, 2)} {self._upper(3)}",
            f"{self._one('B', 'CJ', 'SV')}-{digits(self.rng, 3)}-{self._upper(3)}",
        )

    # ---- customer, contract, policy, member, client and card numbers
    def customer_number_customer(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 7),
            f"KN{digits(self.rng, 6)}",
            f"{digits(self.rng, 2)}-{digits(self.rng, 5)}",
            f"C{digits(self.rng, 8)}",
            f"{digits(self.rng, 4)} {digits(self.rng, 4)}",
        )

    def customer_number_contract(self, lang: str) -> str:
        return self._one(
            f"OVK-{digits(self.rng, 6)}",
            f"{self.rng.randint(2019, 2025)}/{digits(self.rng, 5)}",
            f"ZP{digits(self.rng, 7)}",
            f"{self._upper(2)}.{digits(self.rng, 4)}.{digits(self.rng, 3)}",
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 3)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}",
            f"PL-{digits(self.rng, 8)}",
            f"{self._upper(1)}{digits(self.rng, 9)}",
        )

    def customer_number_member(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 8),
            f"LN {digits(self.rng, 6)}",
            f"{digits(self.rng, 3)}-{digits(self.rng, 3)}-{digits(self.rng, 3)}",
            f"M-{digits(self.rng, 5)}",
        )

    def customer_number_client(self, lang: str) -> str:
        """Client numbers at vets, tax advisers and removal firms."""
        return self._one(
            f"{digits(self.rng, 5)}",
            f"CL-{digits(self.rng, 5)}",
            f"R{digits(self.rng, 4)}/{digits(self.rng, 2)}",
            f"{self._upper(3)}{digits(self.rng, 5)}",
        )

    def customer_number_card(self, lang: str) -> str:
        """Library pass and Museumkaart numbers, as on the back of the card."""
        return self._one(
            digits(self.rng, 14),
            split_in(digits(self.rng, 14), (4, 4, 4, 2)),
            f"MK{digits(self.rng, 9)}",
            f"2{digits(self.rng, 12)}",
            f"{digits(self.rng, 4)}-{digits(self.rng, 4)}-{digits(self.rng, 4)}",
        )

    def customer_number_ocr(self, lang: str) -> str:
        return ocr_digits(self.rng, f"{digits(self.rng, 3)}{self._one('-', '', ' ')}{digits(self.rng, 4)}")
