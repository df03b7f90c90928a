"""Payment cards, licence plates and customer, contract, policy, member, subscriber, loan and waste-pass numbers
of test_v72."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers_v72_numbers import digits, luhn_finish, split_in

_SIDECODES = (
    "99-LL-99",
    "99-LL-LL",
    "LL-LL-99",
    "99-LLL-9",
    "9-LLL-99",
    "LL-999-L",
    "L-999-LL",
    "LLL-99-L",
    "L-99-LLL",
    "9-LL-999",
    "999-LL-9",
    "LL-99-LL",
)
_LETTERS = "BDFGHJKLNPRSTVXZ"


class CodesV72:
    """Mixed into `FillersV72`: the slots CARD, PLATE* and CUSTOMER_NUMBER_*."""

    rng: random.Random

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _upper(self, count: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))

    # ---- payment cards
    def card(self, lang: str) -> str:
        head = self._one("4", "4", "51", "54", "2221", "6759")
        number = luhn_finish(head + digits(self.rng, 15 - len(head)))
        amex = luhn_finish(self._one("34", "37") + digits(self.rng, 12))
        return self._one(
            split_in(number, (4, 4, 4, 4)),
            number,
            split_in(number, (4, 4, 4, 4), "-"),
            split_in(amex, (4, 6, 5)),
            split_in(amex, (4, 6, 5), "-"),
            split_in(number, (4, 4, 4, 4), "  "),
        )

    # ---- licence plates
    def plate(self, lang: str) -> str:
        code = self.rng.choice(_SIDECODES)
        plate = "".join(
            self.rng.choice(_LETTERS) if c == "L" else str(self.rng.randint(0, 9)) if c == "9" else c for c in code
        )
        return self._one(plate, plate, plate, plate.lower(), plate.replace("-", ""), f"NL {plate}")

    def plate_abroad(self, lang: str) -> str:
        return self._one(
            f"1-{self._upper(3)}-{digits(self.rng, 3)}",
            f"2{self._upper(3)}{digits(self.rng, 3)}",
            f"{self._one('B', 'K', 'D', 'M', 'HH')}-{self._upper(2)} {digits(self.rng, 4)}",
            f"{self._one('34', '06', '35')} {self._upper(3)} {digits(self.rng, 3)}",
            f"{self._upper(2)} {digits(self.rng, 2)} {self._upper(2)} GP",
            f"CA {digits(self.rng, 3)}-{digits(self.rng, 3)}",
            f"{digits(self.rng, 1)}{self._upper(3)}{digits(self.rng, 3)}",
        )

    # ---- customer, contract, policy, member, subscriber, loan and pass numbers
    def customer_number_customer(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 9),
            f"KN{digits(self.rng, 7)}",
            f"{digits(self.rng, 4)}-{digits(self.rng, 4)}",
            f"C{digits(self.rng, 8)}",
            f"{digits(self.rng, 2)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}",
        )

    def customer_number_contract(self, lang: str) -> str:
        return self._one(
            f"HC-{digits(self.rng, 7)}",
            f"{digits(self.rng, 4)}/{digits(self.rng, 5)}",
            f"RA{digits(self.rng, 8)}",
            f"{self._upper(2)}-{digits(self.rng, 4)}-{digits(self.rng, 3)}",
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 3)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}",
            f"PL-{digits(self.rng, 8)}",
            f"{digits(self.rng, 10)}",
            f"WZ{digits(self.rng, 6)}/{digits(self.rng, 2)}",
        )

    def customer_number_member(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 8),
            f"L{digits(self.rng, 7)}",
            f"{digits(self.rng, 4)} {digits(self.rng, 4)}",
            f"DLN-{digits(self.rng, 6)}",
        )

    def customer_number_subscriber(self, lang: str) -> str:
        return self._one(
            f"AB{digits(self.rng, 7)}",
            f"{digits(self.rng, 3)}-{digits(self.rng, 3)}-{digits(self.rng, 3)}",
            digits(self.rng, 7),
            f"S-{digits(self.rng, 6)}-{self._upper(1)}",
        )

    def customer_number_loan(self, lang: str) -> str:
        return self._one(
            f"HYP{digits(self.rng, 8)}",
            f"{digits(self.rng, 2)}-{digits(self.rng, 6)}-{digits(self.rng, 2)}",
            f"SHV/{digits(self.rng, 4)}/{digits(self.rng, 3)}",
            f"LN{digits(self.rng, 9)}",
        )

    def customer_number_waste(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 10)}",
            f"AP-{digits(self.rng, 6)}",
            f"{digits(self.rng, 4)} {digits(self.rng, 4)} {digits(self.rng, 2)}",
        )
