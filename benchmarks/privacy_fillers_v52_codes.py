"""Plates and customer, account, employee, candidate and lease numbers of the held-out split test_v52."""

from __future__ import annotations

from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v52_numbers import alnum, digits, say_each

_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
# Dutch side codes 4 to 14 (L letter, D digit), the ones on cars still driving around.
_SIDE_CODES = (
    "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D", "D-LLL-DD", "LL-DDD-L", "L-DDD-LL",
    "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D",
)  # fmt: skip


class CodesV52(Fillers):
    """Slots PLATE, PLATE_BE and CUSTOMER_NUMBER_* of test_v52 (FillersV52 adds the rest)."""

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    # ---- plates
    def plate(self, lang: str) -> str:
        code = self.rng.choice(_SIDE_CODES)
        value = "".join(
            self.rng.choice(_PLATE_LETTERS) if ch == "L" else str(self.rng.randint(0, 9)) if ch == "D" else ch
            for ch in code
        )
        return self._one(value, value, value, value.replace("-", ""), value.lower(), value.replace("-", " "))

    def plate_be(self, lang: str) -> str:
        letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        value = f"{self.rng.randint(1, 2)}-{letters}-{digits(self.rng, 3)}"
        return self._one(value, value.replace("-", ""), value.replace("-", " ", 1))

    # ---- customer and account numbers
    def customer_number(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 8, True), f"KL-{digits(self.rng, 6)}", f"{digits(self.rng, 3)}.{digits(self.rng, 3)}"
        )

    def customer_number_telecom(self, lang: str) -> str:
        return self._one(
            f"ZK{digits(self.rng, 8)}", f"1.{digits(self.rng, 7)}.{digits(self.rng, 1)}", f"BA-{digits(self.rng, 6)}",
            digits(self.rng, 10, True), f"{digits(self.rng, 4)} {digits(self.rng, 4)} {digits(self.rng, 2)}",
        )  # fmt: skip

    def customer_number_psp(self, lang: str) -> str:
        return self._one(
            f"MID {digits(self.rng, 9, True)}", f"M-{digits(self.rng, 6)}", f"mrc_{alnum(self.rng, 10).lower()}",
            f"acct_{alnum(self.rng, 14)}", f"ML{digits(self.rng, 7)}",
        )  # fmt: skip

    def customer_number_seller(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 7, True),
            f"P-{digits(self.rng, 7)}",
            f"S{digits(self.rng, 9)}",
            f"VK-{digits(self.rng, 5)}",
        )

    def customer_number_employee(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 5, True),
            f"P{digits(self.rng, 6)}",
            f"{digits(self.rng, 4)}-{digits(self.rng, 2)}",
            f"PNR {digits(self.rng, 6, True)}",
        )

    def customer_number_candidate(self, lang: str) -> str:
        return self._one(f"KAN-{digits(self.rng, 7)}", f"{digits(self.rng, 8, True)}", f"CV{digits(self.rng, 6)}")

    def customer_number_lease(self, lang: str) -> str:
        return self._one(
            f"LC{digits(self.rng, 8)}",
            f"{digits(self.rng, 6, True)}/{digits(self.rng, 3)}",
            f"BL-{digits(self.rng, 2)}-{digits(self.rng, 5)}",
        )

    def customer_number_spoken(self, lang: str) -> str:
        number = digits(self.rng, 8, True)
        return self._one(say_each(number, lang), say_each(number, lang, ", "), f"{' '.join(number)}")
