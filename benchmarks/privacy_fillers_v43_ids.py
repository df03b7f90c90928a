"""Account-like values of test_v43's fillers: IBANs (NL, BE, DE, RO, HU, TR), BSNs, payment cards, Dutch and
Belgian number plates and the customer, policy, loan, debtor, library, museum and donor numbers of this split."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers_v43_numbers import (
    LETTERS_NL,
    cut,
    digit_string,
    eleven_test_number,
    luhn_finish,
    mod97_iban,
    scanner_noise,
    spell_digits,
)

# Dutch side codes 4 to 14 (L a letter, D a digit); older codes 1 to 3 are rare on the road now.
_SIDECODES = {
    4: "LL-DD-LL", 5: "LL-LL-DD", 6: "DD-LL-LL", 7: "DD-LLL-D", 8: "D-LLL-DD", 9: "LL-DDD-L",
    10: "L-DDD-LL", 11: "LLL-DD-L", 12: "L-DD-LLL", 13: "D-LL-DDD", 14: "DDD-LL-D",
}  # fmt: skip
_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"


class IdsV43:
    """Mixin for FillersV43, which provides `rng`, `pick` (from Fillers) and `_one` (a random choice)."""

    rng: random.Random

    # ---- IBAN
    def _nl_iban(self) -> str:
        return mod97_iban("NL", self.pick("bank") + digit_string(self.rng, 10))

    def iban(self, lang: str) -> str:
        value = self._nl_iban()
        spaced = cut(value, (4,) * 5)
        return self._one(value, spaced, spaced, spaced.lower(), value.lower(), f"{value[:2]} {value[2:4]} {spaced[5:]}")

    def iban_be(self, lang: str) -> str:
        head = digit_string(self.rng, 10)
        value = mod97_iban("BE", f"{head}{int(head) % 97 or 97:02d}")
        return self._one(value, cut(value, (4,) * 4), cut(value, (4,) * 4))

    def iban_foreign(self, lang: str) -> str:
        kind = self._one("BE", "BE", "DE", "RO", "HU", "TR")
        if kind == "BE":
            return self.iban_be(lang)
        if kind == "DE":
            value = mod97_iban("DE", digit_string(self.rng, 8, lead=True) + digit_string(self.rng, 10))
        elif kind == "RO":
            value = mod97_iban("RO", self._one("BTRL", "RNCB", "BRDE", "INGB") + digit_string(self.rng, 16))
        elif kind == "HU":
            value = mod97_iban("HU", digit_string(self.rng, 24, lead=True))
        else:
            value = mod97_iban("TR", digit_string(self.rng, 5, lead=True) + "0" + digit_string(self.rng, 16))
        return self._one(value, cut(value, (4,) * 8))

    def iban_ocr(self, lang: str) -> str:
        value = cut(self._nl_iban(), (4,) * 5)
        noisy = scanner_noise(value[9:], self.rng)  # only the account digits get misread
        return value[:9] + noisy

    def iban_spoken(self, lang: str) -> str:
        value = self._nl_iban()
        bank = value[4:8]
        said_bank = self._one(bank.lower(), " ".join(LETTERS_NL[c] if lang == "nl" else c.lower() for c in bank))
        return f"n l {spell_digits(value[2:4], lang, self.rng)} {said_bank} {spell_digits(value[8:], lang, self.rng)}"

    # ---- BSN
    def bsn(self, lang: str) -> str:
        value = eleven_test_number(self.rng)
        return self._one(value, value, cut(value, (4, 2, 3), "."), cut(value, (3, 3, 3)), cut(value, (3, 3, 3), "."))

    def bsn_spoken(self, lang: str) -> str:
        return spell_digits(eleven_test_number(self.rng), lang, self.rng, pairs=0.2 if lang == "nl" else 0.0)

    def bsn_ocr(self, lang: str) -> str:
        return scanner_noise(cut(eleven_test_number(self.rng), (4, 2, 3), "."), self.rng)

    # ---- payment cards
    def card(self, lang: str) -> str:
        brand = self._one("visa", "visa", "mc", "mc2", "amex")
        if brand == "amex":
            value = luhn_finish(self._one("34", "37") + digit_string(self.rng, 12))
            return self._one(value, cut(value, (4, 6, 5)), cut(value, (4, 6, 5), "-"))
        prefix = {"visa": "4", "mc": str(self.rng.randint(51, 55)), "mc2": str(self.rng.randint(2221, 2720))}[brand]
        value = luhn_finish(prefix + digit_string(self.rng, 15 - len(prefix)))
        return self._one(value, cut(value, (4, 4, 4, 4)), cut(value, (4, 4, 4, 4), "-"), cut(value, (4, 4, 4, 4)))

    # ---- plates
    def _dutch_plate(self) -> str:
        pattern = _SIDECODES[self.rng.randint(4, 14)]
        return "".join(
            self.rng.choice(_PLATE_LETTERS) if c == "L" else self.rng.choice("0123456789") if c == "D" else c
            for c in pattern
        )

    def plate(self, lang: str) -> str:
        value = self._dutch_plate()
        return self._one(value, value, value.replace("-", ""), value.lower(), value.replace("-", " "))

    def plate_be(self, lang: str) -> str:
        letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        value = f"{self.rng.randint(1, 2)}-{letters}-{digit_string(self.rng, 3)}"
        return self._one(value, value.replace("-", ""), value.replace("-", " "))

    def plate_spoken(self, lang: str) -> str:
        value = self._dutch_plate().replace("-", "")
        words = [LETTERS_NL[c] if c.isalpha() else spell_digits(c, "nl", self.rng) for c in value]
        return " ".join(words) if lang == "nl" else " ".join(c.lower() for c in value)

    # ---- customer, policy, loan, debtor and member numbers
    def _d(self, count: int) -> str:
        return digit_string(self.rng, count, lead=True)

    def customer_number(self, lang: str) -> str:
        return self._one(f"KL-{self._d(7)}", cut(self._d(8), (4, 4)), self._d(9), f"{self._d(6)}/{self._d(2)}")

    def customer_number_policy(self, lang: str) -> str:
        return self._one(
            f"POL-{self._d(8)}", cut(self._d(9), (4, 2, 3), "."), f"H {cut(self._d(8), (4, 4))}",
            f"RV-2025-{self._d(5)}", f"DV{digit_string(self.rng, 7)}", f"{self._d(3)}-{self._d(6)}-{self._d(2)}",
        )  # fmt: skip

    def customer_number_loan(self, lang: str) -> str:
        return self._one(
            f"HYP {cut(self._d(10), (2, 2, 2, 4), '.')}", f"{self._d(8)}-0{self.rng.randint(1, 4)}",
            f"CK-{self._d(7)}", f"L{self._d(9)}",
        )  # fmt: skip

    def customer_number_debt(self, lang: str) -> str:
        return self._one(
            f"2025/{self._d(3)}.{digit_string(self.rng, 3)}", f"INT-{self._d(7)}", f"LW {cut(self._d(8), (2, 3, 3))}",
            f"D{self._d(6)}-{self.rng.choice('ABCKX')}",
        )  # fmt: skip

    def customer_number_utility(self, lang: str) -> str:
        return self._one(f"WB-{self._d(7)}", f"HS {cut(self._d(7), (2, 2, 3))}", cut(self._d(10), (4, 4, 2)))

    def customer_number_telecom(self, lang: str) -> str:
        return self._one(f"K-{self._d(8)}", f"ZG {cut(self._d(8), (4, 4))}", self._d(10), f"CAI{self._d(6)}")

    def customer_number_childcare(self, lang: str) -> str:
        return self._one(f"KO-{self._d(5)}", f"LLN {self._d(6)}", f"{self._d(4)}-{digit_string(self.rng, 3)}")

    def customer_number_library(self, lang: str) -> str:
        barcode = "2" + digit_string(self.rng, 13)
        return self._one(barcode, cut(barcode, (4, 4, 4, 2)), cut(barcode, (1, 4, 5, 4)))

    def customer_number_museum(self, lang: str) -> str:
        return self._one(f"MK {cut(self._d(10), (4, 4, 2))}", f"{self._d(4)}-{digit_string(self.rng, 4)}-{self._d(3)}")

    def customer_number_donor(self, lang: str) -> str:
        return self._one(f"D-{digit_string(self.rng, 7)}", self._d(6), f"DON{self._d(5)}")

    def customer_number_funeral(self, lang: str) -> str:
        return self._one(f"UV-{digit_string(self.rng, 7)}", f"DEL {cut(self._d(7), (2, 2, 3))}", f"{self._d(8)}.1")

    def customer_number_spoken(self, lang: str) -> str:
        return spell_digits(self._d(self.rng.randint(7, 9)), lang, self.rng, pairs=0.25 if lang == "nl" else 0.0)

    def customer_number_ocr(self, lang: str) -> str:
        return scanner_noise(self._one(self.customer_number_debt(lang), self.customer_number_policy(lang)), self.rng)
