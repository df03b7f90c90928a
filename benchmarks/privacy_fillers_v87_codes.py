"""Payment cards, licence plates and customer, contract, policy, member, patient and pass numbers of test_v87."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers_v87_numbers import chunk, digits, luhn_close

_SIDECODES = (
    "99-LL-99",
    "99-LLL-9",
    "9-LLL-99",
    "LL-999-L",
    "L-999-LL",
    "LLL-99-L",
    "9-LL-999",
    "999-LL-9",
    "LL-99-LL",
    "99-LL-LL",
    "L-99-LLL",
    "V-999-LL",
)
_LETTERS = "BDFGHJKLNPRSTVXZ"


class CodesV87:
    """Mixed into `FillersV87`: the slots CARD, PLATE* and CUSTOMER_NUMBER_*."""

    rng: random.Random

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _caps(self, count: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))

    # ---- payment cards
    def card(self, lang: str) -> str:
        head = self._one("4", "4", "4", "51", "54", "2221", "6011")
        number = luhn_close(head + digits(self.rng, 15 - len(head)))
        amex = luhn_close(self._one("34", "37") + digits(self.rng, 12))
        maestro = luhn_close("6759" + digits(self.rng, 14))
        return self._one(
            chunk(number, (4, 4, 4, 4)),
            chunk(number, (4, 4, 4, 4)),
            number,
            chunk(number, (4, 4, 4, 4), "-"),
            chunk(number, (4, 4, 4, 4), "  "),
            chunk(amex, (4, 6, 5)),
            chunk(amex, (4, 6, 5), "-"),
            chunk(maestro, (4, 4, 4, 4, 3)),
        )

    # ---- licence plates
    def plate(self, lang: str) -> str:
        code = self.rng.choice(_SIDECODES)
        plate = "".join(
            self.rng.choice(_LETTERS) if c == "L" else str(self.rng.randint(0, 9)) if c == "9" else c for c in code
        )
        return self._one(plate, plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    def plate_abroad(self, lang: str) -> str:
        three = "".join(self.rng.choice(_LETTERS) for _ in range(3))
        return self._one(
            f"{self._one('1', '2')}-{three}-{digits(self.rng, 3)}",
            f"{self._caps(2)}{digits(self.rng, 2)} {self._caps(3)}",
            f"{self._caps(2)}{digits(self.rng, 2)}{self._caps(3)}",
            f"{self._one('AC', 'KLE', 'D', 'BOR')}-{self._caps(2)} {digits(self.rng, 3)}",
            f"GR-{digits(self.rng, 4)}-{self._caps(2)}",
            f"P{self._one('A', 'B')}-{digits(self.rng, 4)}",
        )

    # ---- customer, contract, policy, member, patient and pass numbers
    def customer_number_customer(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 7),
            f"KN{digits(self.rng, 6)}",
            f"{digits(self.rng, 2)}-{digits(self.rng, 5)}",
            f"K-{digits(self.rng, 4)}-{self._caps(2)}",
            f"{digits(self.rng, 4)} {digits(self.rng, 4)}",
            f"DEB{digits(self.rng, 5)}",
        )

    def customer_number_contract(self, lang: str) -> str:
        return self._one(
            f"OVK-{digits(self.rng, 5)}",
            f"HC{digits(self.rng, 2)}/{digits(self.rng, 4)}",
            f"{digits(self.rng, 6)}-{digits(self.rng, 2)}",
            f"C{digits(self.rng, 3)}.{digits(self.rng, 3)}",
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 3)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}",
            f"PL-{digits(self.rng, 8)}",
            f"{self._caps(3)}{digits(self.rng, 7)}",
            f"{digits(self.rng, 9)}/{digits(self.rng, 1)}",
        )

    def customer_number_member(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 6),
            f"L{digits(self.rng, 5)}",
            f"LID {digits(self.rng, 4)}-{digits(self.rng, 2)}",
            f"{self._caps(2)}-{digits(self.rng, 6)}",
        )

    def customer_number_patient(self, lang: str) -> str:
        return self._one(
            f"PAT{digits(self.rng, 6)}",
            digits(self.rng, 8),
            f"{digits(self.rng, 3)}-{digits(self.rng, 3)}-{digits(self.rng, 2)}",
        )

    def customer_number_pass(self, lang: str) -> str:
        """A season pass or subscription card bearing one person's name."""
        return self._one(
            f"SP{digits(self.rng, 8)}",
            f"{digits(self.rng, 4)}-{digits(self.rng, 4)}-{digits(self.rng, 4)}",
            f"ABO-{digits(self.rng, 6)}",
            f"{self._caps(1)}{digits(self.rng, 9)}",
        )
