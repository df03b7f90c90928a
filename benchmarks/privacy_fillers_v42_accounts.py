"""Account, card, citizen service and customer numbers of test_v42's fillers (the base class of `FillersV42`):
Dutch, Belgian, German and Portuguese IBANs, cards that pass the Luhn check, BSNs that pass the eleven test, and
the numbers that point at one customer, patient, member, student, tax payer, driver, home seeker or pet owner."""

from __future__ import annotations

from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v42_numbers import (
    EN_DIGITS,
    NL_DIGITS,
    belgian_bban,
    build_iban,
    cut,
    draw_bsn,
    draw_digits,
    en_number,
    luhn_complete,
    nl_number,
    say_digits,
)


class AccountsV42(Fillers):
    """IBAN_*, CARD_*, BSN_* and CUSTOMER_NUMBER_* slots."""

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    # ---- bank accounts and cards
    def _show_iban(self, value: str) -> str:
        grouped = cut(value, (4,))
        return self._one(
            value, grouped, grouped, grouped.lower(), value.lower(), f"{value[:4]} {value[4:8]} {value[8:]}"
        )

    def iban(self, lang: str) -> str:
        return self._show_iban(build_iban("NL", self.pick("bank") + draw_digits(self.rng, 10)))

    def iban_be(self, lang: str) -> str:
        return self._show_iban(build_iban("BE", belgian_bban(self.rng)))

    def iban_de(self, lang: str) -> str:
        blz = self._one("39050000", "39060180", "32450000", "42851310", "37040044")
        return self._show_iban(build_iban("DE", blz + draw_digits(self.rng, 10)))

    def iban_pt(self, lang: str) -> str:
        body = self._one("0035", "0033", "0018", "0010") + draw_digits(self.rng, 4) + draw_digits(self.rng, 11)
        nib = body + f"{98 - int(body) * 100 % 97:02d}"
        return self._show_iban(build_iban("PT", nib))

    def iban_spoken(self, lang: str) -> str:
        value = build_iban("NL", self.pick("bank") + draw_digits(self.rng, 10))
        check = int(value[2:4])
        said_check = (nl_number if lang == "nl" else en_number)(check)
        return f"{value[0]} {value[1]} {said_check}, {' '.join(value[4:8])}, {say_digits(value[8:], lang, self.rng)}"

    def _card_number(self) -> str:
        kind = self._one("visa", "visa", "master", "master2", "amex")
        if kind == "amex":
            return luhn_complete(self._one("34", "37") + draw_digits(self.rng, 12))
        prefix = {"visa": "4", "master": self._one("51", "53", "55"), "master2": self._one("2221", "2300", "2710")}
        head = prefix[kind]
        return luhn_complete(head + draw_digits(self.rng, 15 - len(head)))

    def card(self, lang: str) -> str:
        number = self._card_number()
        if len(number) == 15:
            return self._one(
                number, f"{number[:4]} {number[4:10]} {number[10:]}", f"{number[:4]}-{number[4:10]}-{number[10:]}"
            )
        return self._one(number, cut(number, (4,)), cut(number, (4,)), cut(number, (4,), "-"), cut(number, (4,), "."))

    def card_spoken(self, lang: str) -> str:
        number = self._card_number()
        words = NL_DIGITS if lang == "nl" else EN_DIGITS
        groups = cut(number, (4,)).split()
        return ", ".join(" ".join(words[int(ch)] for ch in group) for group in groups)

    # ---- government numbers
    def bsn(self, lang: str) -> str:
        value = draw_bsn(self.rng)
        return self._one(
            value, value, cut(value, (3,)), cut(value, (3,), "."), cut(value, (4, 2, 3)), cut(value, (4, 2, 3), "-")
        )

    def bsn_spoken(self, lang: str) -> str:
        return say_digits(draw_bsn(self.rng), lang, self.rng, pause=0.5)

    # ---- numbers that point at one customer, patient, member, student or tenant
    def _n(self, count: int, lead: str = "123456789") -> str:
        return draw_digits(self.rng, count, lead)

    def customer_number(self, lang: str) -> str:
        return self._one(
            self._n(9), f"KL-{self._n(7, '0')}", f"K {self._n(4)} {self._n(4)}", f"{self._n(3)}-{self._n(5)}"
        )

    def customer_number_patient(self, lang: str) -> str:
        value = self._n(7, "12345679")
        return self._one(value, f"{value[:2]}.{value[2:4]}.{value[4:]}", f"P{self._n(8, '0')}", f"Z{value}")

    def customer_number_member(self, lang: str) -> str:
        letters = "".join(self.rng.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(4))
        return self._one(
            f"{letters}{self._n(2)}{self.rng.choice('BCDFGHK')}",
            f"LID {self._n(6)}",
            f"{self._n(4)}-{self._n(4)}",
            self._n(10, "0"),
        )

    def customer_number_student(self, lang: str) -> str:
        return self._one(f"i{self._n(7, '6')}", f"u{self._n(6)}", f"s{self._n(7, '12')}", self._n(7, "12"))

    def customer_number_tax(self, lang: str) -> str:
        return self._one(
            f"{self._n(4)}.{self._n(2)}.{self._n(3)}",
            f"SUB-{self._n(7, '0')}",
            self._n(10),
            f"{self._n(6)}/{self._n(2)}",
        )

    def customer_number_rental(self, lang: str) -> str:
        return self._one(f"DRV{self._n(7)}", f"{self._n(2)}-{self._n(2)}-{self._n(4)}", f"R{self._n(6)}NL", self._n(8))

    def customer_number_housing(self, lang: str) -> str:
        year = self._one("2016", "2018", "2019", "2021", "2023")
        return self._one(f"WZ{year}-{self._n(6, '0')}", f"{self._n(8, '0')}", f"INS/{year}/{self._n(5)}")

    def customer_number_vet(self, lang: str) -> str:
        return self._one(f"KL {self._n(5)}", f"{self._n(4)}-{self._n(1)}", f"C{self._n(6)}")

    def customer_number_spoken(self, lang: str) -> str:
        return say_digits(self._n(8), lang, self.rng, pause=0.3)
