"""Payment cards, licence plates and customer, contract, policy, member, student, patient and dossier numbers of
test_v73."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers_v73_numbers import digits, luhn_finish, split_in

_SIDECODES = (
    "99-LL-LL",
    "99-LLL-9",
    "9-LLL-99",
    "LL-999-L",
    "L-999-LL",
    "LLL-99-L",
    "9-LL-999",
    "999-LL-9",
    "LL-99-LL",
    "99-LL-99",
)
_LETTERS = "BDFGHJKLNPRSTVXZ"


class CodesV73:
    """Mixed into `FillersV73`: the slots CARD*, PLATE* and CUSTOMER_NUMBER_*."""

    rng: random.Random

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _upper(self, count: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))

    # ---- payment cards
    def card(self, lang: str) -> str:
        head = self._one("4", "4", "4", "51", "53", "55", "2720")
        number = luhn_finish(head + digits(self.rng, 15 - len(head)))
        amex = luhn_finish(self._one("34", "37") + digits(self.rng, 12))
        discover = luhn_finish("6011" + digits(self.rng, 11))
        return self._one(
            split_in(number, (4, 4, 4, 4)),
            number,
            split_in(number, (4, 4, 4, 4), "-"),
            split_in(number, (4, 4, 4, 4), "."),
            split_in(amex, (4, 6, 5)),
            amex,
            split_in(discover, (4, 4, 4, 4)),
        )

    # ---- licence plates
    def plate(self, lang: str) -> str:
        code = self.rng.choice(_SIDECODES)
        plate = "".join(
            self.rng.choice(_LETTERS) if c == "L" else str(self.rng.randint(0, 9)) if c == "9" else c for c in code
        )
        return self._one(plate, plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    def plate_abroad(self, lang: str) -> str:
        """Belgian, Polish, German, Moroccan and American plates."""
        return self._one(
            f"{self.rng.randint(1, 2)}-{''.join(self.rng.choice(_LETTERS) for _ in range(3))}-{digits(self.rng, 3)}",
            f"{self._one('WA', 'KR', 'PO', 'GD', 'WR', 'LU')} {digits(self.rng, 4)}{self._upper(1)}",
            f"{self._one('WX', 'KR', 'DW')} {digits(self.rng, 5)}",
            f"{self._one('D', 'K', 'BOR', 'KLE', 'AC')}-{self._upper(2)} {self.rng.randint(10, 9999)}",
            f"{digits(self.rng, 5)}-{self._one('A', 'B', 'D', 'H')}-{self.rng.randint(1, 89)}",
            f"{self._one('7', '8', '5')}{self._upper(3)}{digits(self.rng, 3)}",
            f"{self._upper(3)}-{digits(self.rng, 4)}",
        )

    # ---- customer, contract, policy, member, student, patient and dossier numbers
    def customer_number_customer(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 8),
            f"KL{digits(self.rng, 6)}",
            f"{digits(self.rng, 3)}-{digits(self.rng, 4)}",
            f"CUST-{digits(self.rng, 6)}",
            f"{digits(self.rng, 4)}.{digits(self.rng, 3)}",
        )

    def customer_number_contract(self, lang: str) -> str:
        """Berth, stable, desk, storage, room and alarm contracts."""
        return self._one(
            f"LP-{self.rng.randint(2021, 2025)}-{digits(self.rng, 4)}",
            f"HC{digits(self.rng, 7)}",
            f"{digits(self.rng, 2)}/{digits(self.rng, 5)}",
            f"SO-{digits(self.rng, 6)}",
            f"{self._upper(3)}{digits(self.rng, 6)}",
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 2)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}",
            f"POL{digits(self.rng, 8)}",
            f"{self._upper(2)}-{digits(self.rng, 7)}",
            f"{digits(self.rng, 10)}",
        )

    def customer_number_member(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 6),
            f"LID-{digits(self.rng, 5)}",
            f"{digits(self.rng, 3)} {digits(self.rng, 3)}",
            f"M{digits(self.rng, 7)}",
        )

    def customer_number_student(self, lang: str) -> str:
        """Student, tenant and course participant numbers."""
        return self._one(
            f"S{digits(self.rng, 7)}",
            f"{digits(self.rng, 7)}",
            f"INB-{digits(self.rng, 5)}",
            f"{self.rng.randint(2023, 2025)}{digits(self.rng, 5)}",
        )

    def customer_number_patient(self, lang: str) -> str:
        return self._one(
            f"P{digits(self.rng, 6)}",
            f"{digits(self.rng, 3)}.{digits(self.rng, 3)}",
            f"PAT-{digits(self.rng, 5)}",
            f"{digits(self.rng, 9)}",
        )

    def customer_number_dossier(self, lang: str) -> str:
        """A lawyer's or debt collector's file number on one client's matter."""
        return self._one(
            f"{self.rng.randint(2023, 2025)}/{digits(self.rng, 4)}",
            f"{self.rng.randint(2023, 2025)}.{digits(self.rng, 5)}",
            f"D-{digits(self.rng, 6)}",
            f"{digits(self.rng, 5)}/{self._upper(2)}",
        )
