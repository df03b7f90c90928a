"""Bank accounts, BSNs, payment cards, dates of birth, licence plates and customer, contract, policy, member,
patient and subscriber numbers of the held-out split test_v65."""

from __future__ import annotations

import random
from collections.abc import Callable

from benchmarks.privacy_fillers_v65_numbers import (
    digits,
    eleven_proof,
    iban_for,
    luhn_finish,
    ordinal_en,
    split_in,
    word_digits,
    word_number,
    word_year,
)

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
_SIDECODES = ("LL-99-99", "99-LL-99", "99-LL-LL", "LL-99-LL", "99-LLL-9", "9-LLL-99", "LL-999-L", "L-999-LL")
_SIDECODES += ("LLL-99-L", "9-LL-999", "LL-LL-99", "99-LL-LL")
_LETTERS = "BDFGHJKLNPRSTVXZ"


class CodesV65:
    """Mixed into `FillersV65`: IBAN*, BSN*, CARD, DOB*, PLATE* and CUSTOMER_NUMBER_*."""

    rng: random.Random
    pick: Callable[[str], str]

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
        country = self._one("NL", "NL", "NL", "BE", "BE", "DE", "GB", "FR")
        if country == "NL":
            return self.iban_nl(lang)
        if country == "GB":
            return self._write_iban(iban_for("GB", self.pick("bank_gb") + digits(self.rng, 14)))
        bban = digits(self.rng, {"BE": 12, "DE": 18, "FR": 23}[country])
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
            f"{bsn[:4]} {bsn[4:6]} {bsn[6:]}",
            f"{bsn[:2]} {bsn[2:5]} {bsn[5:]}",
        )

    def bsn_spoken(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(
            word_digits(bsn, lang), f"{word_digits(bsn[:3], lang)} {split_in(bsn[3:], (3, 3))}", " ".join(bsn)
        )

    # ---- payment cards
    def card(self, lang: str) -> str:
        head = self._one("4", "4", "4", "51", "53", "54", "23")
        number = luhn_finish(head + digits(self.rng, 15 - len(head)))
        amex = luhn_finish(self._one("34", "37") + digits(self.rng, 12))
        return self._one(
            split_in(number, (4, 4, 4, 4)),
            split_in(number, (4, 4, 4, 4)),
            number,
            split_in(number, (4, 4, 4, 4), "-"),
            split_in(amex, (4, 6, 5)),
            amex,
        )

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1932, 2023)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["nl"][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day} {name} {year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day}.{month}.{year}",
            f"{day} {name[:3]} {year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day:02d}-{month:02d}-'{str(year)[2:]}",
            f"{day:02d}{month:02d}{str(year)[2:]}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{day:02d}/{month:02d}/{year}",
            f"{day}/{month}/{str(year)[2:]}",
            f"{day} {name} {year}",
            f"{day}{nth} {name} {year}",
            f"{day}{nth} of {name} {year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{day} {name[:3]} {year}",
        )

    def dob_spoken(self, lang: str) -> str:
        """A recogniser's date of birth: 'twaalf maart negentien zesentachtig', 'the third of May nineteen ...'."""
        day, month, year = self._birth()
        if lang == "en":
            return f"the {ordinal_en(day)} of {_MONTHS['en'][month - 1]} {word_year(year, 'en')}"
        return self._one(
            f"{word_number(day, 'nl')} {_MONTHS['nl'][month - 1]} {word_year(year, 'nl')}",
            f"{day} {_MONTHS['nl'][month - 1]} {word_year(year, 'nl')}",
            f"{word_number(day, 'nl')} {word_number(month, 'nl')} {year}",
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
            f"{self._one('B', 'K', 'D', 'AC')}-{self._upper(2)} {digits(self.rng, 3)}",
            f"S{self._one('V', 'W', 'X', 'Y')}{digits(self.rng, 2)} {self._upper(3)}",
            f"{self._upper(3)}-{digits(self.rng, 3)}",
            f"{digits(self.rng, 1)}{self._upper(2)}{digits(self.rng, 1)} {digits(self.rng, 1)}{self._upper(2)}",
        )

    # ---- customer, contract, policy, member, patient and subscriber numbers
    def customer_number_customer(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 8),
            f"R{digits(self.rng, 7)}",
            f"{digits(self.rng, 2)}-{digits(self.rng, 6)}",
            f"HN{digits(self.rng, 6)}",
            split_in(digits(self.rng, 9), (3, 3, 3)),
        )

    def customer_number_contract(self, lang: str) -> str:
        return self._one(
            f"HC-{digits(self.rng, 7)}",
            f"{digits(self.rng, 5)}/{digits(self.rng, 2)}",
            f"VHE{digits(self.rng, 6)}",
            f"{self._upper(2)}{digits(self.rng, 4)}.{digits(self.rng, 3)}",
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 3)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}",
            f"PV-{digits(self.rng, 8)}",
            f"{self._upper(3)}{digits(self.rng, 7)}",
            f"{digits(self.rng, 9)}-{digits(self.rng, 1)}",
        )

    def customer_number_member(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 9),
            f"{digits(self.rng, 4)} {digits(self.rng, 4)}",
            f"VR{digits(self.rng, 6)}",
            f"L-{digits(self.rng, 6)}",
        )

    def customer_number_patient(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 7)}", f"PAT{digits(self.rng, 6)}", f"{digits(self.rng, 3)}-{digits(self.rng, 4)}"
        )

    def customer_number_subscriber(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 10)}",
            f"Z{digits(self.rng, 8)}",
            f"A{digits(self.rng, 3)}-{digits(self.rng, 5)}",
            f"{digits(self.rng, 4)}-{digits(self.rng, 4)}-{digits(self.rng, 2)}",
        )
