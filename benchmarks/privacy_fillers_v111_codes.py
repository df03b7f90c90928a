"""Payment cards, licence plates, postcodes, street addresses and personal numbers (OV-chipkaart, rail pass, pension,
water, broadband order, lease contract, benefit repayment, parcel claim, airline booking, frequent flyer, dental
patient and rent-to-own contract) of test_v111, mixed into `FillersV111`."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers_v111_numbers import PhonesV111, luhn_finish, split_groups

_CONSONANTS = "BDFGHJKLNPRSTVXZ"
_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
_UK_TAIL = "ABDEFGHJLNPQRSTUWXY"
# NL side codes of cars built since 1999 (lease cars), L = consonant, 9 = digit.
_NL_SHAPES = ("99-LLL-9", "9-LLL-99", "LL-999-L", "L-999-LL", "LLL-99-L", "L-99-LLL", "9-LL-999", "LL-99-LL")
_SCOT_AREAS = ("G12", "G41", "G3", "EH6", "EH9", "EH11", "AB10", "AB24", "DD1", "DD4", "KY16", "IV2", "PA2", "FK8")
_ZA_CODES = ("8001", "7700", "7441", "2196", "2193", "4001", "4052", "0181", "0083", "6001", "7530", "1682")


class CodesV111(PhonesV111):
    """CARD, PLATE_*, POSTCODE_*, ADDRESS_* and CUSTOMER_NUMBER_*; `rng` and `pick` come from `Fillers`."""

    rng: random.Random

    def _l(self, count: int, alphabet: str = _LETTERS) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(count))

    # ---- payment cards
    def card(self, lang: str) -> str:
        kind = self.rng.random()
        if kind < 0.15:
            amex = luhn_finish(self._one("34", "37") + self._d(12))
            return self._one(split_groups(amex, (4, 6, 5)), amex, split_groups(amex, (4, 6, 5), "-"))
        head = self._one("4", "4", "4", "51", "52", "54", "55", "2221", "2500")
        number = luhn_finish(head + self._d(15 - len(head)))
        return self._one(
            split_groups(number, (4, 4, 4, 4)),
            split_groups(number, (4, 4, 4, 4)),
            number,
            split_groups(number, (4, 4, 4, 4), "-"),
            split_groups(number, (4, 4, 4, 4), "  "),
            split_groups(number, (8, 8)),
        )

    # ---- licence plates
    def plate(self, lang: str) -> str:
        shape = self.rng.choice(_NL_SHAPES)
        text = "".join(self.rng.choice(_CONSONANTS) if ch == "L" else self._d(1) if ch == "9" else ch for ch in shape)
        return self._one(text, text, text, text.lower(), text.replace("-", ""), text.replace("-", " "))

    def plate_be(self, lang: str) -> str:
        text = f"{self._one('1', '1', '2')}-{self._l(3)}-{self._d(3)}"
        return self._one(text, text, text.replace("-", ""), text.replace("-", " "), text.replace("-", ".", 1))

    def plate_uk(self, lang: str) -> str:
        age = self._one("15", "65", "17", "67", "19", "69", "20", "70", "22", "72", "23", "73", "24", "74")
        text = f"S{self.rng.choice('ABCDEFGHJKLMNOPSTVWXY')}{age} {self._l(3, _UK_TAIL)}"
        return self._one(text, text, text.replace(" ", ""), text.lower())

    def plate_za(self, lang: str) -> str:
        return self._one(
            f"CA {self._d(3)}-{self._d(3)}",
            f"CA {self._d(6)}",
            f"CY {self._d(3)}-{self._d(3)}",
            f"{self._l(2, _CONSONANTS)} {self._d(2)} {self._l(2, _CONSONANTS)} GP",
            f"ND {self._d(3)}-{self._d(3)}",
            f"{self._l(3, _CONSONANTS)} {self._d(3)} GP",
        )

    def plate_ng(self, lang: str) -> str:
        area = self._one("LSR", "KJA", "EPE", "AAA", "ABJ", "GGE", "KTU", "APP", "FKJ", "SMK", "LND")
        text = f"{area}-{self._d(3)}{self._l(2)}"
        return self._one(text, text.replace("-", " "), f"{area} {self._d(3)} {self._l(2)}")

    def plate_abroad(self, lang: str) -> str:
        return self._one(
            f"{self._one('B', 'HH', 'K', 'D', 'MG', 'AC')}-{self._l(2)} {self.rng.randint(1, 9999)}",
            f"{self._one('WX', 'WI', 'PO', 'KR', 'DW', 'GD')} {self._d(5)}",
            f"{self._one('WA', 'KR', 'PZ')} {self._d(1)}{self._l(3)}{self._d(1)}",
            f"{self._d(2)} {self._l(3)} {self._d(3)}",
        )

    # ---- postcodes
    def _pc_letters(self) -> str:
        pair = self._l(2, "ABCDEGHJKLMNPRTVWXZ")
        return pair if pair not in ("SA", "SD", "SS") else "ST"

    def postcode(self, lang: str) -> str:
        number = self._one(
            str(self.rng.randint(9711, 9999)),
            str(self.rng.randint(4811, 5709)),
            str(self.rng.randint(5611, 5658)),
            str(self.rng.randint(1011, 9999)),
        )
        pair = self._pc_letters()
        return self._one(
            f"{number} {pair}",
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}{pair.lower()}",
            f"{number}-{pair}",
        )

    def postcode_be(self, lang: str) -> str:
        number = str(self.rng.choice((self.rng.randint(2000, 3990), self.rng.randint(8000, 9990))))
        return self._one(number, number, f"B-{number}", f"B {number}")

    def postcode_uk(self, lang: str) -> str:
        code = f"{self.rng.choice(_SCOT_AREAS)} {self._d(1)}{self._l(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        return self._one(code, code, code.replace(" ", ""), code.lower())

    def postcode_za(self, lang: str) -> str:
        return self.rng.choice(_ZA_CODES)

    # ---- street addresses
    def address(self, lang: str) -> str:
        street = self.pick(self._one("street_gr", "street_br", "street_nl"))
        number = str(self.rng.randint(1, 312))
        tail = self._one("", "", "", "", "a", "A", "b", "-1", "-II", " bis", " rood", "-14")
        text = f"{street} {number}{tail}"
        return self._one(text, text, text, text, text.lower())

    def address_gr(self, lang: str) -> str:
        return f"{self.pick('street_gr')} {self.rng.randint(1, 188)}{self._one('', '', 'a', '-3', ' B')}"

    def address_br(self, lang: str) -> str:
        return f"{self.pick('street_br')} {self.rng.randint(1, 240)}{self._one('', '', 'a', '-2', ' C')}"

    def address_be(self, lang: str) -> str:
        box = self._one("", "", f" bus {self.rng.randint(1, 24)}", f"/{self.rng.randint(1, 9)}", f" b{self._d(1)}")
        return f"{self.pick('street_be')} {self.rng.randint(1, 290)}{box}"

    def address_uk(self, lang: str) -> str:
        number, street = self.rng.randint(1, 220), self.pick("street_sc")
        return self._one(
            f"{number} {street}",
            f"Flat {self.rng.randint(0, 3)}/{self.rng.randint(1, 2)}, {number} {street}",
            f"{self.rng.randint(1, 4)}F{self.rng.randint(1, 3)}, {number} {street}",
            f"{number}/{self.rng.randint(1, 9)} {street}",
        )

    def address_za(self, lang: str) -> str:
        number, street = self.rng.randint(1, 180), self.pick("street_za")
        return self._one(
            f"{number} {street}",
            f"Unit {self.rng.randint(1, 40)}, {number} {street}",
            f"{self.rng.randint(1, 30)} {self._one('Protea', 'Acacia', 'Fynbos', 'Kiepersol')} Mews, {number} {street}",
        )

    def address_ng(self, lang: str) -> str:
        number, street = self.rng.randint(1, 160), self.pick("street_ng")
        return self._one(
            f"{number} {street}",
            f"No. {number}, {street}",
            f"Plot {number}, {street}",
            f"Flat {self.rng.randint(1, 12)}, Block {self._l(1, 'ABCDEF')}, {number} {street}",
        )

    def address_sr(self, lang: str) -> str:
        return f"{self.pick('street_sr')} {self.rng.randint(1, 480)}{self._one('', '', ' (achter)', 'A', '-2')}"

    # ---- personal numbers
    def customer_number_ovcard(self, lang: str) -> str:
        """The number printed on a personal OV-chipkaart."""
        number = "3528" + self._d(12)
        return self._one(split_groups(number, (4, 4, 4, 4)), number, split_groups(number, (4, 4, 4, 4), "-"))

    def customer_number_rail(self, lang: str) -> str:
        """An NS season ticket or NS account number, or a ScotRail smartcard for English writers."""
        if lang == "en":
            return self._one(f"633597{self._d(10)}", f"SR{self._d(8)}", f"{self._d(4)} {self._d(4)} {self._d(4)}")
        return self._one(self._d(9), f"{self._d(3)} {self._d(3)} {self._d(3)}", f"NS{self._d(8)}", self._d(10))

    def customer_number_pension(self, lang: str) -> str:
        """A Dutch fund's relation number; for English writers a Nigerian RSA PIN or a UK/SA scheme number."""
        if lang == "en":
            return self._one(f"PEN{self._d(12)}", f"PEN {self._d(12)}", f"{self._l(2)}{self._d(6)}", self._d(9))
        return self._one(
            self._d(8),
            f"{self._d(4)} {self._d(4)}",
            f"PN{self._d(7)}",
            f"{self._d(2)}-{self._d(6)}-{self._d(2)}",
            f"R{self._d(9)}",
            f"{self._d(3)}.{self._d(3)}.{self._d(3)}.{self._d(1)}",
        )

    def customer_number_water(self, lang: str) -> str:
        if lang == "en":
            return self._one(self._d(9), self._d(10), f"{self._d(3)} {self._d(3)} {self._d(4)}", f"WC{self._d(8)}")
        return self._one(
            f"3000{self._d(6)}",
            f"{self._d(2)} {self._d(2)} {self._d(2)} {self._d(2)}",
            f"WB-{self._d(7)}",
            f"{self._d(9)}",
            f"2{self._d(3)}.{self._d(3)}.{self._d(3)}",
        )

    def customer_number_order(self, lang: str) -> str:
        """A broadband installation order in the customer's name."""
        return self._one(
            f"1-{self._l(1)}{self._d(1)}{self._l(2)}{self._d(3)}",
            f"ORD-{self.rng.randint(2024, 2026)}-{self._d(6)}",
            f"{self._d(10)}",
            f"ZG{self._d(9)}",
            f"{self._d(3)}-{self._d(4)}-{self._d(3)}",
        )

    def customer_number_lease(self, lang: str) -> str:
        return self._one(
            f"{self._d(10)}",
            f"LC-{self._d(6)}",
            f"{self._one('AY', 'ATH', 'ARV')}/{self.rng.randint(2019, 2023)}/{self._d(3)} {self._d(3)}",
            f"{self._d(3)}.{self._d(3)}.{self._d(3)}-{self._d(2)}",
            f"PL{self._d(8)}",
        )

    def customer_number_toeslag(self, lang: str) -> str:
        """A benefit repayment's payment reference (betalingskenmerk) or file number."""
        number = self._d(16)
        return self._one(
            split_groups(number, (4, 4, 4, 4)),
            number,
            split_groups(number, (4, 4, 4, 4), "."),
            f"TS{self._d(2)}.{self._d(4)}.{self._d(4)}",
        )

    def customer_number_claim(self, lang: str) -> str:
        """A parcel damage claim or the claimant's own tracking code."""
        return self._one(
            f"3S{self._l(4)}{self._d(7)}",
            f"3S{self._l(4)}{self._d(9)}",
            f"JVGL{self._d(14)}",
            f"CLM-{self._d(7)}",
            f"{self._d(14)}",
            f"SCH{self.rng.randint(2024, 2026)}-{self._d(5)}",
            f"H{self._d(2)}{self._l(3)}{self._d(10)}",
        )

    def customer_number_booking(self, lang: str) -> str:
        """An airline booking code (PNR) or e-ticket number."""
        pnr = "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        return self._one(pnr, pnr, pnr, pnr.lower(), f"074-{self._d(10)}", f"074 {self._d(10)}", f"125{self._d(10)}")

    def customer_number_flyer(self, lang: str) -> str:
        number = self._d(10)
        return self._one(number, split_groups(number, (4, 3, 3)), f"FB {number}", f"BA{self._d(8)}")

    def customer_number_patient(self, lang: str) -> str:
        return self._one(self._d(6), f"P-{self._d(5)}", f"{self._d(4)}/{self._d(3)}", f"PAT{self._d(7)}")

    def customer_number_contract(self, lang: str) -> str:
        """A rent-to-own (huurkoop) agreement or a generic contract number."""
        return self._one(
            f"HK-{self.rng.randint(2022, 2025)}-{self._d(5)}",
            f"{self._d(2)}-{self._d(5)}",
            f"HKO{self._d(7)}",
            f"{self._d(8)}",
            f"RTO/{self._d(4)}/{self._l(1)}",
        )

    def customer_number_customer(self, lang: str) -> str:
        return self._one(self._d(7), self._d(8), f"K{self._d(6)}", f"{self._d(3)}-{self._d(3)}-{self._d(3)}")

    def customer_number_bare(self, lang: str) -> str:
        """A personal number the writer gives without saying what it is."""
        return self._one(self._d(8), self._d(9), f"{self._d(4)} {self._d(4)}", f"{self._l(2)}{self._d(6)}")
