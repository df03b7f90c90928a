"""Bank, card, BSN and account-number fillers of the held-out split test_v49 (a mixin of FillersV49)."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers_v49_numbers import (
    belgian_bban,
    chunk,
    digits,
    elfproef_bsn,
    iban_from,
    luhn_finish,
    say_digits,
    spell_letters,
)


class AccountsV49:
    """IBAN (NL and abroad), BSN, payment cards and the customer, student, member and policy numbers."""

    rng: random.Random

    def _pick_of(self, *options: str) -> str:
        return self.rng.choice(options)

    def _letters(self, count: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))

    # ---- IBAN
    def _dutch_iban(self) -> str:
        bank = self.rng.choice(("INGB", "RABO", "ABNA", "BUNQ", "SNSB", "NNBA", "HAND", "RBRB", "KNAB", "ASNB"))
        return iban_from("NL", bank + digits(self.rng, 10))

    def iban(self, lang: str) -> str:
        value = self._dutch_iban() if self.rng.random() < 0.85 else iban_from("BE", belgian_bban(self.rng))
        spaced = chunk(value, (4, 4, 4, 4, 4))
        return self._pick_of(
            value, spaced, spaced, value.lower(), spaced.lower(), chunk(value, (4, 4, 4, 4, 4), "-"),
            f"{value[:2]} {value[2:4]} {chunk(value[4:], (4, 4, 4, 4))}", f"{value[:8]} {value[8:]}",
        )  # fmt: skip

    def iban_foreign(self, lang: str) -> str:
        country = self._pick_of("BE", "BE", "DE", "FR", "IE", "GR", "HU", "BG")
        if country == "BE":
            value = iban_from("BE", belgian_bban(self.rng))
        elif country == "DE":
            value = iban_from("DE", digits(self.rng, 8, True) + digits(self.rng, 10))
        elif country == "FR":
            value = iban_from("FR", digits(self.rng, 10, True) + digits(self.rng, 11) + digits(self.rng, 2))
        elif country == "IE":
            value = iban_from("IE", self._pick_of("AIBK", "BOFI", "IPBS") + digits(self.rng, 14))
        elif country == "GR":
            value = iban_from("GR", self._pick_of("011", "017", "026") + digits(self.rng, 20))
        elif country == "HU":
            value = iban_from("HU", digits(self.rng, 24, True))
        else:
            value = iban_from("BG", self._pick_of("BNBG", "UNCR", "STSA") + digits(self.rng, 6) + digits(self.rng, 8))
        return self._pick_of(value, chunk(value, (4,) * 8))

    def iban_spoken(self, lang: str) -> str:
        value = self._dutch_iban()
        alphabet = "nl" if lang == "nl" else "nato"
        bank = spell_letters(value[4:8], alphabet, self._pick_of("words", "link", "dash"))
        check = value[2:4]
        return f"{spell_letters('NL', alphabet, 'dash')} {check} {bank} {say_digits(value[8:], lang, self.rng)}"

    # ---- BSN
    def bsn(self, lang: str) -> str:
        value = elfproef_bsn(self.rng)
        return self._pick_of(
            value, value, chunk(value, (3, 3, 3)), chunk(value, (4, 2, 3), "."), chunk(value, (3, 3, 3), ".")
        )

    def bsn_spoken(self, lang: str) -> str:
        return say_digits(elfproef_bsn(self.rng), lang, self.rng)

    # ---- cards
    def _card_number(self) -> str:
        kind = self._pick_of("visa", "visa", "master", "master2", "amex", "maestro")
        if kind == "amex":
            return luhn_finish(self._pick_of("34", "37") + digits(self.rng, 12))
        if kind == "maestro":
            return luhn_finish(self._pick_of("6759", "6799") + digits(self.rng, 13))
        head = {
            "visa": "4",
            "master": self._pick_of("51", "53", "55"),
            "master2": "2" + self._pick_of("221", "5", "70"),
        }
        prefix = head[kind]
        return luhn_finish(prefix + digits(self.rng, 15 - len(prefix)))

    def card(self, lang: str) -> str:
        number = self._card_number()
        if len(number) == 15:
            return self._pick_of(number, chunk(number, (4, 6, 5)), chunk(number, (4, 6, 5), "-"))
        if len(number) == 18:
            return self._pick_of(number, chunk(number, (4, 4, 4, 4, 2)))
        return self._pick_of(
            number, chunk(number, (4, 4, 4, 4)), chunk(number, (4, 4, 4, 4), "-"), chunk(number, (4, 4, 4, 4), ".")
        )

    def card_spoken(self, lang: str) -> str:
        number = self._card_number()
        groups = [say_digits(number[at : at + 4], lang, self.rng) for at in range(0, len(number), 4)]
        return ", ".join(groups) if self.rng.random() < 0.5 else chunk(number, (4, 4, 4, 4))

    # ---- customer, student, member and policy numbers
    def customer_number(self, lang: str) -> str:
        return self._pick_of(
            digits(self.rng, 8, True), f"KL{digits(self.rng, 7)}", f"{digits(self.rng, 4, True)}-{digits(self.rng, 5)}",
            f"NR {digits(self.rng, 6, True)}",
        )  # fmt: skip

    def customer_number_telecom(self, lang: str) -> str:
        return self._pick_of(
            digits(self.rng, 9, True), chunk(digits(self.rng, 9, True), (3, 3, 3), "."), f"T-{digits(self.rng, 7)}",
            f"CN {chunk(digits(self.rng, 8), (4, 4))}", f"{digits(self.rng, 1, True)}0{digits(self.rng, 8)}",
        )  # fmt: skip

    def customer_number_student(self, lang: str) -> str:
        return self._pick_of(
            f"s{digits(self.rng, 7, True)}", digits(self.rng, 7, True), f"u{digits(self.rng, 7)}",
            f"r0{digits(self.rng, 6)}",
            f"{digits(self.rng, 6, True)}{self._letters(2).lower()}", f"i{digits(self.rng, 6)}",
        )  # fmt: skip

    def customer_number_library(self, lang: str) -> str:
        barcode = "2" + digits(self.rng, 13)
        return self._pick_of(barcode, chunk(barcode, (5, 5, 4)), f"BIB-{digits(self.rng, 8)}")

    def customer_number_museum(self, lang: str) -> str:
        number = digits(self.rng, 10, True)
        return self._pick_of(number, chunk(number, (4, 4, 2)), f"MK{number}", chunk(number, (3, 3, 4), "-"))

    def customer_number_streaming(self, lang: str) -> str:
        return self._pick_of(
            f"ACC-{digits(self.rng, 8)}",
            f"{self._letters(1)}{digits(self.rng, 3)}-{digits(self.rng, 4)}-{digits(self.rng, 4)}",
            f"{digits(self.rng, 10, True)}", f"ID {self._letters(3)}{digits(self.rng, 6)}",
        )  # fmt: skip

    def customer_number_policy(self, lang: str) -> str:
        return self._pick_of(
            f"W{digits(self.rng, 8)}", f"{digits(self.rng, 2, True)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}",
            f"INB-{digits(self.rng, 7)}", digits(self.rng, 9, True),
            f"{digits(self.rng, 4)} {digits(self.rng, 4)} {digits(self.rng, 2)}",
        )  # fmt: skip

    def customer_number_flyer(self, lang: str) -> str:
        number = digits(self.rng, 10, True)
        return self._pick_of(
            number, chunk(number, (4, 3, 3)), chunk(number, (3, 3, 4), " "), f"{digits(self.rng, 9, True)}"
        )

    def customer_number_dealer(self, lang: str) -> str:
        return self._pick_of(
            f"DLR{digits(self.rng, 6)}", f"{digits(self.rng, 6, True)}", f"K/{digits(self.rng, 5, True)}"
        )

    def customer_number_security(self, lang: str) -> str:
        return self._pick_of(
            f"VS-{digits(self.rng, 7)}", f"{digits(self.rng, 3, True)}-{digits(self.rng, 3)}-{digits(self.rng, 2)}",
            f"AB{digits(self.rng, 6)}",
        )  # fmt: skip

    def customer_number_spoken(self, lang: str) -> str:
        return say_digits(digits(self.rng, self.rng.choice((7, 8, 9)), True), lang, self.rng)
