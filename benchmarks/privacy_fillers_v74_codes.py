"""Bank accounts, BSNs, payment cards, licence plates and customer, contract, policy and member numbers of test_v74."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers_v74_numbers import digits, eleven_proof, iban_for, luhn_finish, read_out, split_in

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


class CodesV74:
    """Mixed into `FillersV74`: IBAN*, BSN*, CARD*, PLATE* and CUSTOMER_NUMBER_*."""

    rng: random.Random
    pool: dict[str, list[str]]

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _upper(self, count: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))

    # ---- bank accounts
    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 9)
        return self._one(iban, grouped, grouped, grouped, iban.lower(), grouped.lower(), grouped.replace(" ", "-"))

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(iban_for("NL", self.rng.choice(self.pool["bank"]) + digits(self.rng, 10)))

    def _be_bban(self) -> str:
        head = digits(self.rng, 10)
        return f"{head}{int(head) % 97 or 97:02d}"

    def iban_be(self, lang: str) -> str:
        return self._write_iban(iban_for("BE", self._be_bban()))

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "NL", "BE", "DE", "IE", "GB", "FR", "ES")
        if country == "NL":
            return self.iban_nl(lang)
        if country in ("IE", "GB"):
            bban = self.rng.choice(self.pool["bank_ie" if country == "IE" else "bank_gb"]) + digits(self.rng, 14)
        else:
            bban = self._be_bban() if country == "BE" else digits(self.rng, {"DE": 18, "FR": 23, "ES": 20}[country])
        return self._write_iban(iban_for(country, bban))

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(
            bsn,
            bsn,
            f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
            f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}",
            f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}",
            f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}",
            f"{bsn[:2]} {bsn[2:5]} {bsn[5:]}",
        )

    def bsn_spoken(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        if self.rng.random() < 0.5:
            return read_out(bsn, lang)
        return ", ".join(read_out(bsn[at : at + 3], lang) for at in (0, 3, 6))

    # ---- payment cards
    def card(self, lang: str) -> str:
        head = self._one("4", "4", "4", "51", "52", "54", "2221", "6011")
        number = luhn_finish(head + digits(self.rng, 15 - len(head)))
        amex = luhn_finish(self._one("34", "37") + digits(self.rng, 12))
        return self._one(
            split_in(number, (4, 4, 4, 4)),
            split_in(number, (4, 4, 4, 4)),
            number,
            split_in(number, (4, 4, 4, 4), "-"),
            split_in(number, (4, 4, 4, 4), "  "),
            split_in(amex, (4, 6, 5)),
            amex,
        )

    # ---- licence plates
    def plate(self, lang: str) -> str:
        code = self.rng.choice(_SIDECODES)
        plate = "".join(
            self.rng.choice(_LETTERS) if c == "L" else str(self.rng.randint(0, 9)) if c == "9" else c for c in code
        )
        return self._one(plate, plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    def plate_abroad(self, lang: str) -> str:
        letters = "".join(self.rng.choice(_LETTERS) for _ in range(3))
        return self._one(
            f"1-{letters}-{digits(self.rng, 3)}",
            f"2{letters}{digits(self.rng, 3)}",
            f"{self._one('B', 'M', 'K', 'DO')}-{self._upper(2)} {digits(self.rng, 3)}",
            f"{self._upper(2)}{digits(self.rng, 2)} {self._upper(3)}",
            f"{self._one('SA', 'SK', 'SF', 'SN')}{digits(self.rng, 2)} {self._upper(3)}",
            f"{digits(self.rng, 3)}-{self._one('D', 'G', 'C', 'KY', 'WW')}-{digits(self.rng, 4)}",
        )

    # ---- customer, contract, policy and member numbers
    def customer_number_customer(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 9),
            f"KN{digits(self.rng, 7)}",
            f"{digits(self.rng, 4)}-{digits(self.rng, 4)}",
            f"C{digits(self.rng, 8)}",
            f"{digits(self.rng, 2)} {digits(self.rng, 3)} {digits(self.rng, 3)}",
        )

    def customer_number_contract(self, lang: str) -> str:
        return self._one(
            f"OVK-{digits(self.rng, 6)}",
            f"{digits(self.rng, 4)}/{digits(self.rng, 5)}",
            f"HC{digits(self.rng, 7)}",
            f"{self._upper(2)}-{digits(self.rng, 4)}-{digits(self.rng, 3)}",
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 3)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}",
            f"PV{digits(self.rng, 8)}",
            f"{digits(self.rng, 10)}",
            f"DV-{digits(self.rng, 6)}-{digits(self.rng, 1)}",
            f"RV/{digits(self.rng, 7)}",
        )

    def customer_number_member(self, lang: str) -> str:
        return self._one(
            f"{self._upper(3)}{digits(self.rng, 2)}{self._upper(1)}{digits(self.rng, 3)}",
            f"{digits(self.rng, 8)}",
            f"L{digits(self.rng, 6)}",
            f"{digits(self.rng, 4)} {digits(self.rng, 4)}",
        )
