"""Payment cards, licence plates, postcodes, street addresses and personal customer, member, policy, contract,
loan, dossier, booking and order numbers of test_v110 (mixed into `FillersV110`)."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers_v110_numbers import chunk, digit_string, luhn_complete

_NL_SIDECODES = ("XX-99-XX", "99-XX-XX", "99-XXX-9", "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "9-XX-999")
_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
_UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ"
_IRISH_COUNTIES = ("D", "C", "G", "L", "KY", "WX", "MO", "DL", "W", "TS")


class CodesV110:
    """CARD, PLATE*, POSTCODE*, ADDRESS* and CUSTOMER_NUMBER_*; `rng` and `pick` come from `Fillers`."""

    rng: random.Random

    def _any(self, *options: str) -> str:
        return self.rng.choice(options)

    def _caps(self, count: int) -> str:
        return "".join(self.rng.choice(_UPPER) for _ in range(count))

    def _num(self, count: int) -> str:
        return digit_string(self.rng, count)

    # ---- payment cards
    def card(self, lang: str) -> str:
        visa = luhn_complete("4" + self._num(14))
        head = self._any("51", "53", "55", "2223", "2720")
        master = luhn_complete(head + self._num(15 - len(head)))
        amex = luhn_complete(self._any("34", "37") + self._num(12))
        number = self._any(visa, visa, master, master)
        return self._any(
            chunk(number, (4, 4, 4, 4)),
            chunk(number, (4, 4, 4, 4)),
            number,
            chunk(number, (4, 4, 4, 4), "-"),
            chunk(number, (4, 4, 4, 4), " - "),
            chunk(number, (4, 4, 4, 4), "."),
            chunk(amex, (4, 6, 5)),
            amex,
        )

    # ---- licence plates
    def plate(self, lang: str) -> str:
        shape = self.rng.choice(_NL_SIDECODES)
        plate = "".join(self.rng.choice(_PLATE_LETTERS) if c == "X" else self._num(1) if c == "9" else c for c in shape)
        return self._any(plate, plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    def plate_be(self, lang: str) -> str:
        plate = f"{self.rng.randint(1, 2)}-{self._caps(3)}-{self._num(3)}"
        return self._any(plate, plate, plate.replace("-", ""), plate.replace("-", " "), plate.lower())

    def plate_abroad(self, lang: str) -> str:
        year = self._any("08", "12", "151", "162", "181", "192", "211", "222", "231", "242")
        return self._any(
            f"{year}-{self.rng.choice(_IRISH_COUNTIES)}-{self.rng.randint(1, 29999)}",
            f"{year} {self.rng.choice(_IRISH_COUNTIES)} {self.rng.randint(1, 9999)}",
            f"K{self._any('D', 'C', 'B')}{self._caps(1)} {self._num(3)}{self._caps(1)}",
            f"{self._caps(4)} {self._num(3)}",
            f"{self._caps(1)}{self._num(2)} {self._num(1)}{self._caps(2)}",
            f"{self._any('WPR', 'KR', 'PO', 'GD')} {self._num(4)}{self._caps(1)}",
            f"{self._any('NOH', 'EL', 'BOR', 'LER')}-{self._caps(2)} {self.rng.randint(10, 9999)}",
            f"{self._num(2)} {self._caps(3)} {self._num(2)}",
        )

    # ---- postcodes
    def _letter_pair(self) -> str:
        pair = self._caps(2)
        return pair.replace("SA", "SE").replace("SD", "SF").replace("SS", "ST")

    def postcode(self, lang: str) -> str:
        number = self._any(
            str(self.rng.randint(4301, 4589)),
            str(self.rng.randint(7701, 7999)),
            str(self.rng.randint(9401, 9539)),
            str(self.rng.randint(1011, 9999)),
        )
        pair = self._letter_pair()
        return self._any(
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair}",
            f"{number} {pair.lower()}",
            f"{number}{pair.lower()}",
            f"{number}  {pair}",
        )

    def postcode_be(self, lang: str) -> str:
        number = str(self.rng.randint(8000, 8980))
        return self._any(number, number, f"B-{number}", f"B {number}")

    def postcode_ie(self, lang: str) -> str:
        key = self._any("D02", "D04", "D06W", "D08", "D15", "T12", "T23", "H91", "V94", "A96", "P72", "F94")
        key = key if len(key) == 3 else "D6W"
        unique = self._caps(1) + self._num(1) + self._any(self._caps(1), self._num(1)) + self._num(1)
        return self._any(f"{key} {unique}", f"{key}{unique}", f"{key} {unique}".lower())

    def postcode_ca(self, lang: str) -> str:
        first = self._any("M", "K", "H", "V", "T", "B", "R", "E")
        code = f"{first}{self._num(1)}{self._caps(1)} {self._num(1)}{self._caps(1)}{self._num(1)}"
        return self._any(code, code, code.replace(" ", ""), code.lower())

    # ---- street addresses (`pick` comes from `Fillers`)
    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 240))
        suffix = self._any("", "", "", "", "a", "A", "-b", " bis", "-2", " rd")
        text = f"{self.pick('street_nl')} {number}{suffix}"
        return text if self.rng.random() < 0.85 else text.lower()

    def address_be(self, lang: str) -> str:
        number = str(self.rng.randint(1, 320))
        box = self._any("", "", "", f" bus {self.rng.randint(1, 12)}", f"/{self.rng.randint(1, 3)}0{self._num(1)}")
        return f"{self.pick('street_be')} {number}{box}"

    def address_ie(self, lang: str) -> str:
        flat = self._any("", "", f"Apt {self.rng.randint(1, 40)}, ")
        return f"{flat}{self.rng.randint(1, 260)} {self.pick('street_ie')}"

    def address_ke(self, lang: str) -> str:
        return self._any(
            f"House No. {self.rng.randint(1, 260)}, {self.pick('street_ke')}",
            f"Apartment {self._caps(1)}{self.rng.randint(1, 12)}, {self.pick('street_ke')}",
        )

    def address_ca(self, lang: str) -> str:
        unit = self._any("", "", f"{self.rng.randint(101, 2409)}-", f"Unit {self.rng.randint(1, 30)}, ")
        return f"{unit}{self.rng.randint(1, 260)} {self.pick('street_ca')}"

    def address_en(self, lang: str) -> str:
        return self.rng.choice((self.address_ie, self.address_ie, self.address_ke, self.address_ca))(lang)

    # ---- personal numbers
    def customer_number_customer(self, lang: str) -> str:
        return self._any(
            f"KL-{self._num(6)}",
            self._num(8),
            f"{self._num(3)} {self._num(3)} {self._num(2)}",
            f"C{self._num(7)}",
            f"{self._caps(2)}{self._num(6)}",
            f"0{self._num(6)}/{self._num(2)}",
        )

    def customer_number_client(self, lang: str) -> str:
        """A vet's or home-care organisation's client number."""
        return self._any(
            f"CL{self._num(5)}",
            f"{self._num(5)}-{self._num(1)}",
            f"PAT-{self._num(6)}",
            f"{self._num(7)}",
            f"CLT/{self._num(4)}/{self._caps(2)}",
        )

    def customer_number_member(self, lang: str) -> str:
        return self._any(
            f"{self._caps(4)}{self._num(2)}{self._caps(1)}",
            f"{self._caps(4)}{self._num(2)}{self._caps(1)}",
            f"LID{self._num(5)}",
            f"{self._num(2)}-{self._num(5)}",
            f"M-{self._num(6)}",
            f"{self._num(4)} {self._num(4)}",
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._any(
            f"{self._num(2)}.{self._num(3)}.{self._num(3)}",
            f"PV{self._num(8)}",
            f"{self._caps(3)}-{self._num(7)}",
            f"{self._num(10)}",
            f"POL {self._num(4)} {self._num(4)}",
        )

    def customer_number_contract(self, lang: str) -> str:
        """Rental agreements, mortgage loan parts and lesson contracts."""
        return self._any(
            f"HC-{self._num(6)}",
            f"{self._num(4)}.{self._num(3)}.{self._num(3)}",
            f"LN{self._num(9)}",
            f"{self._num(3)}-{self._num(7)}-{self._num(2)}",
            f"RA{self._num(2)}/{self._num(5)}",
            f"{self._caps(1)}{self._num(9)}",
        )

    def customer_number_file(self, lang: str) -> str:
        """A Dutch subsidy application dossier."""
        return self._any(
            f"ISDE-{self.rng.randint(22, 25)}-{self._num(6)}",
            f"ISDE{self.rng.randint(22, 25)}{self._num(6)}",
            f"Z{self._num(4)}-{self._num(5)}",
            f"{self._num(2)}/{self._num(6)}",
        )

    def customer_number_premie(self, lang: str) -> str:
        """A Flemish renovation premium dossier."""
        return self._any(f"VBP-{self.rng.randint(22, 25)}-{self._num(7)}", f"VBP{self._num(9)}", f"MVP/{self._num(8)}")

    def customer_number_grant(self, lang: str) -> str:
        """An Irish SEAI home energy grant application."""
        return self._any(f"SEAI-{self._num(7)}", f"HEG{self._num(6)}", f"SEAI/{self._num(2)}/{self._num(5)}")

    def customer_number_greener(self, lang: str) -> str:
        """A Canadian Greener Homes grant file."""
        return self._any(f"GHG-{self._num(4)}-{self._num(5)}", f"CGHG{self._num(8)}", f"GH-{self._num(7)}")

    def customer_number_booking(self, lang: str) -> str:
        """Ferry and ski-rental bookings in one person's name."""
        return self._any(
            f"{self._caps(3)}{self._num(5)}",
            f"{self._caps(2)}-{self._num(3)}-{self._num(3)}",
            f"{self._num(3)} {self._num(3)} {self._num(3)}",
            f"{self._caps(1)}{self._num(1)}{self._caps(1)}{self._num(1)}{self._caps(2)}",
            f"B{self._num(8)}",
        )

    def customer_number_order(self, lang: str) -> str:
        """A photo order holding one family's pictures and address."""
        return self._any(
            f"{self._num(9)}",
            f"FO-{self._num(7)}",
            f"{self._num(4)}-{self._num(4)}-{self._num(3)}",
            f"NL{self._num(8)}",
        )

    def customer_number_bare(self, lang: str) -> str:
        """A number the writer gives without saying what it is."""
        return self._any(self._num(7), self._num(8), f"{self._num(4)} {self._num(3)}", f"{self._num(3)}.{self._num(4)}")
