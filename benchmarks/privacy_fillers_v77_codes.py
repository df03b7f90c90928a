"""Bank accounts, BSNs, payment cards, licence plates and customer, contract, policy, member, employee and patient
numbers of test_v77."""

from __future__ import annotations

import random
from collections.abc import Callable

from benchmarks.privacy_fillers_v77_numbers import digits, eleven_proof, iban_for, luhn_finish, read_out, split_in

_SIDECODES = (
    "99-LL-99",
    "LL-999-L",
    "L-999-LL",
    "9-LLL-99",
    "99-LLL-9",
    "LL-99-LL",
    "LLL-99-L",
    "9-LL-999",
    "999-LL-9",
)
_LETTERS = "BDFGHJKLNPRSTVXZ"


class CodesV77:
    """Mixed into `FillersV77`: the slots IBAN*, BSN*, CARD, PLATE* and CUSTOMER_NUMBER_*."""

    rng: random.Random
    pick: Callable[[str], str]  # from `Fillers`

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _upper(self, count: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(count))

    # ---- bank accounts
    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, grouped.lower(), iban.lower(), grouped.replace(" ", "."))

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(iban_for("NL", self.pick("bank") + digits(self.rng, 10)))

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "BE", "BE", "DE", "PT", "GB")
        if country == "NL":
            return self.iban_nl(lang)
        if country == "GB":
            return self._write_iban(iban_for("GB", self._one("NWBK", "BARC", "HBUK") + digits(self.rng, 14)))
        return self._write_iban(iban_for(country, digits(self.rng, {"BE": 12, "DE": 18, "PT": 21}[country])))

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(
            bsn,
            bsn,
            f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
            f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}",
            f"{bsn[:4]} {bsn[4:6]} {bsn[6:]}",
            f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}",
            f"{bsn[:2]}.{bsn[2:5]}.{bsn[5:]}",
        )

    def bsn_spoken(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        if self.rng.random() < 0.5:
            return read_out(bsn, lang)
        return f"{read_out(bsn[:3], lang)} - {read_out(bsn[3:6], lang)} - {read_out(bsn[6:], lang)}"

    # ---- payment cards
    def card(self, lang: str) -> str:
        head = self._one("4", "4", "53", "55", "2720", "6011", "3528")
        number = luhn_finish(head + digits(self.rng, 15 - len(head)))
        amex = luhn_finish(self._one("34", "37") + digits(self.rng, 12))
        return self._one(
            split_in(number, (4, 4, 4, 4)),
            number,
            split_in(number, (4, 4, 4, 4), "-"),
            split_in(number, (4, 4, 4, 4), "."),
            split_in(amex, (4, 6, 5)),
            amex,
        )

    # ---- licence plates
    def plate(self, lang: str) -> str:
        code = self.rng.choice(_SIDECODES)
        plate = "".join(
            self.rng.choice(_LETTERS) if c == "L" else str(self.rng.randint(0, 9)) if c == "9" else c for c in code
        )
        plate = plate.replace("0", str(self.rng.randint(1, 9)), 1) if plate[0] == "0" else plate
        return self._one(plate, plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    def plate_abroad(self, lang: str) -> str:
        """Belgian, German, South African, Australian and Curaçao plates."""
        return self._one(
            f"1-{self._upper(3)}-{digits(self.rng, 3)}",
            f"2{self._upper(3)}{digits(self.rng, 3)}",
            f"{self._one('D', 'K', 'HH', 'KLE')}-{self._upper(2)} {digits(self.rng, 3)}",
            f"CA {digits(self.rng, 3)}-{digits(self.rng, 3)}",
            f"{self._upper(2)} {digits(self.rng, 2)} {self._upper(2)} GP",
            f"{digits(self.rng, 1)}{self._upper(2)}-{digits(self.rng, 1)}{self._upper(2)}",
            f"{self._upper(3)}-{digits(self.rng, 3)}",
            f"{self._one('A', 'B', 'C')}-{digits(self.rng, 5)}",
        )

    # ---- customer, contract, policy, member, employee and patient numbers
    def customer_number_customer(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 8),
            f"K{digits(self.rng, 7)}",
            f"{digits(self.rng, 3)}-{digits(self.rng, 3)}-{digits(self.rng, 3)}",
            f"CUST-{digits(self.rng, 6)}",
            f"{digits(self.rng, 2)} {digits(self.rng, 4)} {digits(self.rng, 2)}",
            f"RES{digits(self.rng, 7)}",
        )

    def customer_number_contract(self, lang: str) -> str:
        return self._one(
            f"CT-{digits(self.rng, 6)}",
            f"{digits(self.rng, 4)}.{digits(self.rng, 4)}",
            f"OVK{digits(self.rng, 2)}/{digits(self.rng, 5)}",
            f"{self._upper(2)}{digits(self.rng, 7)}",
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 2)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}",
            f"PH{digits(self.rng, 8)}",
            f"{digits(self.rng, 7)}-{digits(self.rng, 2)}",
            f"POL/{digits(self.rng, 4)}/{digits(self.rng, 3)}",
        )

    def customer_number_member(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 7),
            f"M{digits(self.rng, 6)}",
            f"{digits(self.rng, 3)}-{digits(self.rng, 3)}",
            f"LID {digits(self.rng, 5)}",
        )

    def customer_number_employee(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 6),
            f"P{digits(self.rng, 5)}",
            f"{digits(self.rng, 4)}-{digits(self.rng, 2)}",
            f"EMP{digits(self.rng, 5)}",
        )

    def customer_number_patient(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 7),
            f"{digits(self.rng, 3)}.{digits(self.rng, 3)}.{digits(self.rng, 1)}",
            f"PT-{digits(self.rng, 6)}",
        )
