"""Payment cards, licence plates, postcodes and customer, contract, policy and member numbers of test_v108."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers_v108_numbers import digits, luhn_finish, split_in

_SIDECODES = (
    "LL-99-99",
    "99-LL-99",
    "99-LLL-9",
    "9-LLL-99",
    "LL-999-L",
    "L-999-LL",
    "LLL-99-L",
    "9-LL-999",
    "99-LL-LL",
)
_LETTERS = "BDFGHJKLNPRSTVXZ"


class CodesV108:
    """Mixed into `FillersV108`: CARD, PLATE*, POSTCODE* and CUSTOMER_NUMBER_*."""

    rng: random.Random

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _upper(self, count: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))

    def card(self, lang: str) -> str:
        head = self._one("4", "4", "51", "54", "2221", "6011")
        number = luhn_finish(head + digits(self.rng, 15 - len(head)))
        amex = luhn_finish(self._one("34", "37") + digits(self.rng, 12))
        return self._one(
            split_in(number, (4, 4, 4, 4)),
            number,
            split_in(number, (4, 4, 4, 4), "-"),
            split_in(amex, (4, 6, 5)),
            split_in(number, (4, 4, 4, 4), "  "),
        )

    def plate(self, lang: str) -> str:
        code = self.rng.choice(_SIDECODES)
        plate = "".join(
            self.rng.choice(_LETTERS) if c == "L" else str(self.rng.randint(0, 9)) if c == "9" else c for c in code
        )
        return self._one(plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    def plate_abroad(self, lang: str) -> str:
        return self._one(
            f"1-{self._upper(3)}-{digits(self.rng, 3)}",
            f"2-{self._upper(3)}-{digits(self.rng, 3)}",
            f"{self._upper(2)}{digits(self.rng, 2)} {self._upper(3)}",
            f"{self._one('GN', 'DU', 'AC', 'HS')}-{self._upper(2)} {digits(self.rng, 3)}",
            f"{self._upper(2)} {digits(self.rng, 2)} {self._upper(2)} GP",
            f"KA {digits(self.rng, 2)} {self._upper(2)} {digits(self.rng, 4)}",
        )

    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._upper(2).replace("SA", "SB").replace("SD", "SE").replace("SS", "ST")
        return self._one(
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}-{pair}",
            f"{number}{pair.lower()}",
        )

    def postcode_uk(self, lang: str) -> str:
        if self.rng.random() < 0.25:  # Indian PIN code
            pin = str(self.rng.randint(110001, 600099))
            return self._one(pin, f"{pin[:3]} {pin[3:]}")
        outward = self._one("LS6", "LS12", "YO1", "YO31", "HG2", "BD18", "HX1", "S11", "HD1", "WF3", "DN4")
        return f"{outward} {digits(self.rng, 1)}{self._upper(2)}"

    def customer_number_customer(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 9),
            f"KN{digits(self.rng, 6)}",
            f"{digits(self.rng, 2)}-{digits(self.rng, 5)}-{digits(self.rng, 1)}",
            f"C{digits(self.rng, 8)}",
            f"{digits(self.rng, 4)} {digits(self.rng, 4)}",
        )

    def customer_number_contract(self, lang: str) -> str:
        return self._one(
            f"LEASE-{digits(self.rng, 6)}",
            f"EB{digits(self.rng, 7)}",
            f"{self._upper(2)}/{digits(self.rng, 4)}/{digits(self.rng, 3)}",
            f"{digits(self.rng, 3)}.{digits(self.rng, 3)}.{digits(self.rng, 2)}",
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._one(
            f"UV-{digits(self.rng, 7)}",
            f"{digits(self.rng, 3)}.{digits(self.rng, 4)}.{digits(self.rng, 2)}",
            f"P{digits(self.rng, 8)}",
            f"{self._upper(3)}{digits(self.rng, 6)}",
        )

    def customer_number_member(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 6)}",
            f"RUI-{digits(self.rng, 4)}",
            f"M{digits(self.rng, 5)}{self._upper(1)}",
            f"{digits(self.rng, 2)} {digits(self.rng, 3)} {digits(self.rng, 3)}",
        )
