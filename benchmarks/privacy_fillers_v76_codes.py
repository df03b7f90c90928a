"""Bank accounts, BSNs, payment cards, licence plates and customer, contract, policy and member numbers of
test_v76."""

from __future__ import annotations

import random
from collections.abc import Callable

from benchmarks.privacy_fillers_v76_numbers import digits, eleven_proof, iban_for, luhn_finish, read_out, split_in

_SIDECODES = (
    "99-LL-LL",
    "LL-999-L",
    "L-999-LL",
    "9-LLL-99",
    "99-LLL-9",
    "LL-99-LL",
    "LLL-99-L",
    "9-LL-999",
    "999-LL-9",
    "LL-LL-99",
    "XL-999-L",
)
_LETTERS = "BDFGHJKLNPRSTVXZ"


class CodesV76:
    """Mixed into `FillersV76`: the slots IBAN*, BSN*, CARD, PLATE* and CUSTOMER_NUMBER_*."""

    rng: random.Random
    pick: Callable[[str], str]  # from `Fillers`

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _upper(self, count: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))

    # ---- bank accounts
    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, iban.lower(), grouped.lower(), grouped.replace(" ", "-"))

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(iban_for("NL", self.pick("bank") + digits(self.rng, 10)))

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "NL", "BE", "DE", "FR", "LU")
        if country == "NL":
            return self.iban_nl(lang)
        if country == "FR":
            return self._write_iban(iban_for("FR", digits(self.rng, 10) + self._upper(1) + digits(self.rng, 12)))
        return self._write_iban(iban_for(country, digits(self.rng, {"BE": 12, "DE": 18, "LU": 16}[country])))

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(
            bsn,
            bsn,
            f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
            f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}",
            f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}",
            f"{bsn[:2]} {bsn[2:5]} {bsn[5:]}",
            f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}",
        )

    def bsn_spoken(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        if self.rng.random() < 0.5:
            return read_out(bsn, lang)
        return f"{read_out(bsn[:3], lang)}, {read_out(bsn[3:6], lang)}, {read_out(bsn[6:], lang)}"

    # ---- payment cards
    def card(self, lang: str) -> str:
        head = self._one("4", "4", "4", "51", "54", "2221", "6011")
        number = luhn_finish(head + digits(self.rng, 15 - len(head)))
        amex = luhn_finish(self._one("34", "37") + digits(self.rng, 12))
        return self._one(
            split_in(number, (4, 4, 4, 4)),
            number,
            split_in(number, (4, 4, 4, 4), "-"),
            split_in(amex, (4, 6, 5)),
            amex,
            split_in(number, (4, 4, 4, 4), "  "),
        )

    # ---- licence plates
    def plate(self, lang: str) -> str:
        code = self.rng.choice(_SIDECODES)
        plate = "".join(
            self.rng.choice(_LETTERS) if c == "L" else str(self.rng.randint(0, 9)) if c == "9" else c for c in code
        ).replace("X", self._one("D", "F"))
        return self._one(plate, plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    def plate_moped(self, lang: str) -> str:
        """Yellow (bromfiets) and blue (snorfiets) moped plates: 'D-123-BB', 'F-456-KL', 'DBK-12-S'."""
        letters = "".join(self.rng.choice(_LETTERS) for _ in range(2))
        head = self._one("D", "F")
        return self._one(
            f"{head}-{digits(self.rng, 3)}-{letters}",
            f"{head}{letters}-{digits(self.rng, 2)}-{self.rng.choice(_LETTERS)}",
            f"{head}{digits(self.rng, 3)}{letters}",
        )

    def plate_abroad(self, lang: str) -> str:
        return self._one(
            f"1-{self._upper(3)}-{digits(self.rng, 3)}",
            f"{self._one('B', 'M', 'K', 'HH')}-{self._upper(2)} {digits(self.rng, 3)}",
            f"{self._upper(2)}-{digits(self.rng, 3)}-{self._upper(2)}",
            f"K{self._upper(2)} {digits(self.rng, 3)}{self._upper(1)}",
            f"GR {digits(self.rng, 4)}-{digits(self.rng, 2)}",
        )

    # ---- customer, contract, policy and member numbers
    def customer_number_customer(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 9),
            f"D{digits(self.rng, 7)}",
            f"{digits(self.rng, 4)}-{digits(self.rng, 4)}",
            f"REL{digits(self.rng, 6)}",
            f"{digits(self.rng, 2)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}",
            f"KN {digits(self.rng, 3)} {digits(self.rng, 3)}",
        )

    def customer_number_contract(self, lang: str) -> str:
        return self._one(
            f"OVK-{digits(self.rng, 5)}",
            f"{digits(self.rng, 4)}/{digits(self.rng, 4)}",
            f"C{digits(self.rng, 8)}",
            f"{self._upper(2)}-{digits(self.rng, 4)}-{digits(self.rng, 3)}",
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 3)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}",
            f"BS{digits(self.rng, 7)}",
            f"{digits(self.rng, 8)}-{digits(self.rng, 1)}",
            f"SCT/{digits(self.rng, 6)}",
            f"{self._upper(3)}{digits(self.rng, 5)}",
        )

    def customer_number_member(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 6),
            f"V{digits(self.rng, 5)}",
            f"{digits(self.rng, 2)}-{digits(self.rng, 4)}",
            f"DON{digits(self.rng, 6)}",
            f"{digits(self.rng, 3)} {digits(self.rng, 4)}",
        )
