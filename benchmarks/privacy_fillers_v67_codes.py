"""Payment cards, licence plates and customer, contract, account, member and tenant numbers of test_v67."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers_v67_numbers import chunks, luhn, nums, ocr

# Dutch sidecodes: L a letter, 9 a digit.
_SIDECODES = (
    "LL-99-99", "99-99-LL", "99-LL-99", "LL-99-LL", "LL-LL-99", "99-LL-LL",
    "99-LLL-9", "9-LLL-99", "LL-999-L", "L-999-LL", "LLL-99-L", "L-99-LLL", "9-LL-999", "999-LL-9",
)  # fmt: skip
_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
_CAPS = "ABCDEFGHJKLMNPRSTUVWXYZ"


class CodesV67:
    """Mixed into `FillersV67`: the slots CARD*, PLATE* and CUSTOMER_NUMBER_*."""

    rng: random.Random

    def _any(self, *options: str) -> str:
        return self.rng.choice(options)

    def _caps(self, count: int) -> str:
        return "".join(self.rng.choice(_CAPS) for _ in range(count))

    # ---- payment cards
    def card(self, lang: str) -> str:
        kind = self._any("visa", "visa", "master", "master", "amex", "maestro")
        if kind == "amex":
            return chunks(luhn(self._any("34", "37") + nums(self.rng, 12)), (4, 6, 5), self._any(" ", "-", ""))
        head = {"visa": "4", "master": self._any("51", "54", "2221", "2720"), "maestro": "6759"}[kind]
        number = luhn(head + nums(self.rng, 15 - len(head)))
        return self._any(
            chunks(number, (4, 4, 4, 4)),
            number,
            chunks(number, (4, 4, 4, 4), "-"),
            chunks(number, (4, 4, 4, 4), "  "),
            chunks(number, (4, 4, 4, 4), " - "),
        )

    def card_ocr(self, lang: str) -> str:
        return ocr(self.rng, chunks(luhn("4" + nums(self.rng, 14)), (4, 4, 4, 4)), 0.15)

    # ---- licence plates
    def plate(self, lang: str) -> str:
        code = self.rng.choice(_SIDECODES)
        plate = "".join(
            self.rng.choice(_PLATE_LETTERS) if c == "L" else self.rng.choice("0123456789") if c == "9" else c
            for c in code
        )
        return self._any(plate, plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    def plate_abroad(self, lang: str) -> str:
        return self._any(
            f"1-{self._caps(3)}-{nums(self.rng, 3)}",  # Belgium
            f"{self._any('B', 'K', 'D', 'AC')}-{self._caps(2)} {nums(self.rng, 4)}",  # Germany
            f"{self._any('WA', 'KR', 'PO', 'GD')} {nums(self.rng, 5)}",  # Poland
            f"{self._any('34', '06', '35')} {self._caps(3)} {nums(self.rng, 3)}",  # Turkey
            f"{self._any('SA', 'SG', 'SF')}{nums(self.rng, 2)} {self._caps(3)}",  # Scotland
            f"{self._any('KA', 'MH', 'TN')} {nums(self.rng, 2)} {self._caps(2)} {nums(self.rng, 4)}",  # India
        )

    # ---- numbers of customers, contracts, accounts, members and tenants
    def customer_number_customer(self, lang: str) -> str:
        return self._any(
            nums(self.rng, 9),
            f"KN{nums(self.rng, 7)}",
            f"{nums(self.rng, 4)}-{nums(self.rng, 4)}",
            f"C{nums(self.rng, 3)}.{nums(self.rng, 3)}.{nums(self.rng, 3)}",
            f"{self._caps(1)}{nums(self.rng, 8)}",
        )

    def customer_number_contract(self, lang: str) -> str:
        return self._any(
            f"ZP-{nums(self.rng, 7)}",
            f"{nums(self.rng, 2)}/{nums(self.rng, 5)}",
            f"ABO{nums(self.rng, 6)}",
            f"HUUR-{nums(self.rng, 4)}-{self._caps(2)}",
            nums(self.rng, 11),
        )

    def customer_number_account(self, lang: str) -> str:
        """Brokerage and crypto exchange accounts."""
        return self._any(
            f"{nums(self.rng, 3)}-{nums(self.rng, 7)}",
            f"DG{nums(self.rng, 8)}",
            f"UID {nums(self.rng, 9)}",
            f"{self._caps(2)}{nums(self.rng, 4)}{self._caps(2)}{nums(self.rng, 2)}",
        )

    def customer_number_member(self, lang: str) -> str:
        return self._any(
            nums(self.rng, 7),
            f"L{nums(self.rng, 6)}",
            f"{nums(self.rng, 3)} {nums(self.rng, 3)} {nums(self.rng, 2)}",
            f"MBR-{nums(self.rng, 5)}",
        )

    def customer_number_tenant(self, lang: str) -> str:
        """Registration numbers on housing waiting lists and at municipal desks."""
        return self._any(
            f"{nums(self.rng, 4)}{self._caps(1)}{nums(self.rng, 3)}",
            f"W-{nums(self.rng, 8)}",
            f"{nums(self.rng, 2)}.{nums(self.rng, 4)}.{nums(self.rng, 4)}",
            f"RNR{nums(self.rng, 6)}",
        )

    def customer_number_ocr(self, lang: str) -> str:
        return ocr(self.rng, self._any(nums(self.rng, 8), f"KN{nums(self.rng, 7)}", f"W-{nums(self.rng, 8)}"))
