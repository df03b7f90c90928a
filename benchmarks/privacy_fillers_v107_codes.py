"""Payment cards, licence plates and customer, contract, policy, member and ticket numbers of test_v107."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers_v107_numbers import digits, luhn_finish, split_in

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


class CodesV107:
    """Mixed into `FillersV107`: the slots CARD*, PLATE* and CUSTOMER_NUMBER_*."""

    rng: random.Random

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _caps(self, count: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))

    def card(self, lang: str) -> str:
        head = self._one("4", "4", "51", "52", "2221", "6703")
        number = luhn_finish(head + digits(self.rng, 15 - len(head)))
        amex = luhn_finish(self._one("34", "37") + digits(self.rng, 12))
        return self._one(
            split_in(number, (4, 4, 4, 4)),
            number,
            split_in(number, (4, 4, 4, 4), "-"),
            split_in(amex, (4, 6, 5)),
            split_in(number, (4, 4, 4, 4), "  "),
            split_in(number, (4, 4, 4, 4), "/"),
        )

    def plate(self, lang: str) -> str:
        code = self.rng.choice(_SIDECODES)
        plate = "".join(
            self.rng.choice(_LETTERS) if c == "X" else str(self.rng.randint(0, 9)) if c == "9" else c for c in code
        )
        return self._one(plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "), plate)

    def plate_abroad(self, lang: str) -> str:
        """Belgian, Irish, Singaporean, Nigerian and German plates."""
        county = self._one("WH", "OY", "LD", "G")
        return self._one(
            f"1-{self._caps(3)}-{digits(self.rng, 3)}",
            f"2-{self._caps(3)}-{digits(self.rng, 3)}",
            f"{self.rng.randint(12, 24)}{self._one('1', '2', '')}-{county}-{digits(self.rng, 4)}",
            f"S{self._caps(2)} {self.rng.randint(1, 9999)} {self._caps(1)}",
            f"{self._one('LAG', 'ABJ', 'KJA', 'EKY')} {digits(self.rng, 3)} {self._caps(2)}",
            f"{self._one('LAG', 'ABC', 'FST')}-{digits(self.rng, 3)}{self._caps(2)}",
            f"{self._one('NOH', 'EN', 'BOR')}-{self._caps(2)} {self.rng.randint(10, 999)}",
        )

    def customer_number_customer(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 8),
            f"K{digits(self.rng, 7)}",
            f"{digits(self.rng, 3)}.{digits(self.rng, 3)}.{digits(self.rng, 2)}",
            f"CUS{digits(self.rng, 6)}",
            f"{digits(self.rng, 2)}-{digits(self.rng, 6)}",
        )

    def customer_number_contract(self, lang: str) -> str:
        return self._one(
            f"BP-{digits(self.rng, 6)}",
            f"{self._caps(2)}{digits(self.rng, 4)}/{digits(self.rng, 2)}",
            f"{digits(self.rng, 4)}-{digits(self.rng, 4)}-{digits(self.rng, 2)}",
            f"OV{digits(self.rng, 7)}",
            digits(self.rng, 9),
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._one(
            f"PL{digits(self.rng, 8)}",
            f"{digits(self.rng, 2)}.{digits(self.rng, 4)}.{digits(self.rng, 3)}",
            f"{self._caps(3)}-{digits(self.rng, 6)}",
        )

    def customer_number_member(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 6),
            f"VTV-{digits(self.rng, 4)}",
            f"{digits(self.rng, 4)} {digits(self.rng, 3)}",
            f"LID{digits(self.rng, 5)}",
            f"{self._caps(1)}{digits(self.rng, 3)}-{digits(self.rng, 2)}",
        )

    def customer_number_season(self, lang: str) -> str:
        card = "3" + digits(self.rng, 11)
        return self._one(
            card, split_in(card, (4, 4, 4)), f"SK-{split_in(card, (6, 6), '-')}", split_in(card, (3, 3, 3, 3))
        )

    def customer_number_ocr(self, lang: str) -> str:
        number = digits(self.rng, 8)
        return self._one(number.replace("0", "O"), number.replace("1", "l"), number, number.replace("5", "S"))
