"""Payment cards, licence plates and customer, contract, policy, member, donor and patient numbers of test_v82."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers_v82_numbers import digits, group, luhn

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


class CodesV82:
    """Mixed into `FillersV82`: the slots CARD, PLATE* and CUSTOMER_NUMBER_*."""

    rng: random.Random

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _caps(self, count: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))

    def card(self, lang: str) -> str:
        head = self._one("4", "4", "4", "51", "52", "54", "55", "23")
        number = luhn(head + digits(self.rng, 15 - len(head)))
        amex = luhn(self._one("34", "37") + digits(self.rng, 12))
        return self._one(
            group(number, (4, 4, 4, 4)),
            group(number, (4, 4, 4, 4)),
            number,
            group(number, (4, 4, 4, 4), "-"),
            group(number, (4, 4, 4, 4), "  "),
            group(amex, (4, 6, 5)),
            group(amex, (4, 6, 5), "-"),
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
            f"{self._one('K', 'KLE', 'BOR', 'AC', 'D')}-{self._caps(2)} {digits(self.rng, 3)}",
            f"{self._one('34', '06', '35', '16')} {self._caps(self.rng.choice((1, 2, 3)))} {digits(self.rng, 3)}",
            f"{self._one('GR', 'AS', 'GT', 'GW')} {digits(self.rng, 4)}-{self._one('19', '21', '22', '23')}",
            f"{digits(self.rng, 3)}-{self._one('D', 'C', 'G', 'KY', 'WW')}-{digits(self.rng, 4)}",
            f"{self._caps(2)}{digits(self.rng, 2)} {self._caps(3)}",
        )

    def customer_number_customer(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 7),
            digits(self.rng, 9),
            f"KN-{digits(self.rng, 6)}",
            f"C{digits(self.rng, 8)}",
            f"{digits(self.rng, 2)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}",
            f"{self._caps(3)}{digits(self.rng, 5)}",
        )

    def customer_number_contract(self, lang: str) -> str:
        return self._one(
            f"OV-{digits(self.rng, 4)}-{digits(self.rng, 3)}",
            f"{digits(self.rng, 4)}/{digits(self.rng, 2)}",
            f"CTR{digits(self.rng, 7)}",
            f"{self._caps(2)}-{digits(self.rng, 2)}-{digits(self.rng, 5)}",
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 3)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}",
            f"PL-{digits(self.rng, 8)}",
            f"{self._caps(1)}{digits(self.rng, 2)}-{digits(self.rng, 6)}",
            f"{digits(self.rng, 10)}",
        )

    def customer_number_member(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 5),
            f"LID{digits(self.rng, 6)}",
            f"{self._caps(3)}-{digits(self.rng, 4)}",
            f"{digits(self.rng, 4)} {digits(self.rng, 4)}",
            f"ABO-{digits(self.rng, 7)}",
        )

    def customer_number_donor(self, lang: str) -> str:
        return self._one(
            f"DR{digits(self.rng, 9)}",
            f"{digits(self.rng, 3)}-{digits(self.rng, 3)}-{digits(self.rng, 3)}-{self._caps(1)}",
            f"D-{digits(self.rng, 7)}",
        )

    def customer_number_patient(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 7)}",
            f"PID {digits(self.rng, 6)}",
            f"Z{digits(self.rng, 6)}",
            f"{digits(self.rng, 2)}-{digits(self.rng, 5)}",
        )
