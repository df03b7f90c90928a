"""Payment cards, licence plates (cars and caravans), postcodes, street addresses and personal student, patient,
order, member, subscriber, parking, contract, dossier and pet-owner numbers of test_v112 (mixed into
`FillersV112`)."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers_v112_numbers import digits, luhn, say_digits, split_up

_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
_NL_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
_NL_SHAPES = ("99-XXX-9", "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "9-XX-999", "XX-99-XX", "99-XX-XX")
_CARAVAN_SHAPES = ("WX-99-XX", "WX-XX-99", "WX-999-X", "W-999-XX")  # light trailers carry a W first
_DE_DISTRICTS = ("AC", "HS", "VIE", "KLE", "NOH", "BOR", "ST", "DN", "D", "MS")
_IN_STATES = ("KA 05", "KA 03", "MH 12", "MH 02", "TN 09", "DL 8C", "TS 07", "UP 16", "KL 07", "HR 26")


class CodesV112:
    """CARD*, PLATE*, POSTCODE*, ADDRESS* and CUSTOMER_NUMBER_*; `rng` and `pick` come from `Fillers`."""

    rng: random.Random

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _d(self, count: int) -> str:
        return digits(self.rng, count)

    def _up(self, count: int, letters: str = _LETTERS) -> str:
        return "".join(self.rng.choice(letters) for _ in range(count))

    # ---- payment cards
    def _card_digits(self) -> str:
        kind = self._one("visa", "visa", "master", "master", "amex", "rupay", "maestro")
        if kind == "visa":
            return luhn("4" + self._d(14))
        if kind == "master":
            head = self._one("51", "52", "54", "55", "2221", "2703")
            return luhn(head + self._d(15 - len(head)))
        if kind == "amex":
            return luhn(self._one("34", "37") + self._d(12))
        if kind == "rupay":
            return luhn(self._one("6521", "6522", "6083", "8172") + self._d(11))
        return luhn(self._one("6759", "6799", "5018") + self._d(14))  # Maestro, 19 digits

    def card(self, lang: str) -> str:
        number = self._card_digits()
        if len(number) == 15:
            return self._one(split_up(number, (4, 6, 5)), number, split_up(number, (4, 6, 5), "-"))
        if len(number) == 19:
            return self._one(split_up(number, (4, 4, 4, 4, 3)), number)
        return self._one(
            split_up(number, (4, 4, 4, 4)),
            split_up(number, (4, 4, 4, 4)),
            number,
            split_up(number, (4, 4, 4, 4), "-"),
            split_up(number, (4, 4, 4, 4), "  "),
            split_up(number, (4, 4, 4, 4), " / "),
        )

    def card_spoken(self, lang: str) -> str:
        head = self._one("4", "53", "55")
        number = luhn(head + self._d(15 - len(head)))
        return ", ".join(say_digits(number[at : at + 4], lang, self.rng) for at in range(0, 16, 4))

    # ---- licence plates
    def _shape(self, shape: str, letters: str = _NL_PLATE_LETTERS) -> str:
        return "".join(self._up(1, letters) if c == "X" else self._d(1) if c == "9" else c for c in shape)

    def plate(self, lang: str) -> str:
        plate = self._shape(self.rng.choice(_NL_SHAPES))
        return self._one(plate, plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    def plate_caravan(self, lang: str) -> str:
        plate = self._shape(self.rng.choice(_CARAVAN_SHAPES))
        return self._one(plate, plate, plate.lower(), plate.replace("-", ""))

    def plate_be(self, lang: str) -> str:
        plate = f"{self._one('1', '1', '2')}-{self._up(3)}-{self._d(3)}"
        return self._one(plate, plate, plate.replace("-", ""), plate.replace("-", " "), plate.lower(), plate[2:])

    def plate_de(self, lang: str) -> str:
        return f"{self.rng.choice(_DE_DISTRICTS)}-{self._up(self.rng.choice((1, 2)))} {self.rng.randint(1, 9999)}"

    def plate_nz(self, lang: str) -> str:
        plate = self._one(f"{self._up(3)}{self._d(3)}", f"{self._up(3)}{self._d(3)}", f"{self._up(2)}{self._d(4)}")
        return self._one(plate, plate, plate.lower(), f"{plate[:3]} {plate[3:]}")

    def plate_jm(self, lang: str) -> str:
        return self._one(f"{self._d(4)} {self._up(2)}", f"{self._up(2)} {self._d(4)}", f"{self._d(4)}{self._up(2)}")

    def plate_in(self, lang: str) -> str:
        state = self.rng.choice(_IN_STATES)
        plate = f"{state} {self._up(2)} {self._d(4)}"
        return self._one(plate, plate.replace(" ", ""), plate.replace(" ", "-"))

    def plate_uk(self, lang: str) -> str:
        plate = f"{self._up(2)}{self._d(2)} {self._up(3)}"
        return self._one(plate, plate, plate.replace(" ", ""))

    def plate_en(self, lang: str) -> str:
        return self.rng.choice((self.plate_nz, self.plate_jm, self.plate_in, self.plate_uk, self.plate))(lang)

    # ---- postcodes
    def postcode(self, lang: str) -> str:
        number = self._one(
            str(self.rng.randint(6200, 6299)),  # Maastricht
            str(self.rng.randint(6400, 6469)),  # Heerlen, Kerkrade
            str(self.rng.randint(5900, 5994)),  # Venlo
            str(self.rng.randint(7511, 7548)),  # Enschede
            str(self.rng.randint(7550, 7559)),  # Hengelo
            str(self.rng.randint(7600, 7609)),  # Almelo
            str(self.rng.randint(1011, 9999)),
        )
        pair = self._up(2, "ABCEGHJKLMNPRTVWXZ")
        return self._one(f"{number} {pair}", f"{number} {pair}", f"{number}{pair}", f"{number} {pair.lower()}")

    def postcode_be(self, lang: str) -> str:
        number = self._one("2000", "2018", "2020", "2030", "2060", "2100", "2140", "2170", "2600", "2610", "2660")
        number = self._one(number, str(self.rng.randint(2000, 2990)))
        return self._one(number, number, f"B-{number}", f"B{number}")

    def postcode_nz(self, lang: str) -> str:
        return self._one("6011", "6021", "1011", "1021", "1024", "8041", "3200", "9016", "4310", "0610", "7010")

    def postcode_in(self, lang: str) -> str:
        pin = self._one("5600", "5601", "6000", "4000", "4110", "5000", "1100", "2013") + self._d(2)
        return self._one(pin, pin, f"{pin[:3]} {pin[3:]}", f"PIN {pin}")

    def postcode_uk(self, lang: str) -> str:
        outward = self._one("SW9", "SW2", "SE24", "E8", "N15", "B21", "LS7", "BS2", "M16", "NW10")
        code = f"{outward} {self._d(1)}{self._up(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        return self._one(code, code, code.replace(" ", ""), code.lower())

    def postcode_en(self, lang: str) -> str:
        return self.rng.choice((self.postcode_nz, self.postcode_in, self.postcode_uk))(lang)

    # ---- street addresses (`pick` comes from `Fillers`)
    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 289))
        extra = self._one("", "", "", "", "A", "a", "-B", " bis", "-3", " K12", "-1")
        text = f"{self.pick('street_nl')} {number}{extra}"
        return self._one(text, text, text, text.lower())

    def address_be(self, lang: str) -> str:
        number = str(self.rng.randint(1, 260))
        extra = self._one("", "", f" bus {self.rng.randint(1, 20)}", f"/{self.rng.randint(1, 4)}", f" b{self._d(1)}")
        return f"{self.pick('street_be')} {number}{extra}"

    def address_nz(self, lang: str) -> str:
        unit = self._one("", "", f"{self.rng.randint(1, 12)}/", f"Flat {self.rng.randint(1, 9)}, ")
        return f"{unit}{self.rng.randint(1, 240)}{self._one('', '', 'A', 'B')} {self.pick('street_nz')}"

    def address_jm(self, lang: str) -> str:
        return self._one(
            f"{self.rng.randint(1, 120)} {self.pick('street_jm')}",
            f"Lot {self.rng.randint(1, 900)}, {self.pick('street_jm')}",
            f"Apt {self.rng.randint(1, 30)}, {self.rng.randint(2, 90)} {self.pick('street_jm')}",
        )

    def address_uk(self, lang: str) -> str:
        number = f"{self.rng.randint(1, 180)}{self._one('', '', '', 'A', 'B')}"
        return self._one("", "", f"Flat {self.rng.randint(1, 20)}, ") + f"{number} {self.pick('street_uk')}"

    def address_in(self, lang: str) -> str:
        return self._one(
            f"#{self.rng.randint(1, 400)}, {self.pick('street_in')}",
            f"Flat {self.rng.randint(1, 12)}0{self.rng.randint(1, 8)}, {self.pick('street_in')}",
            f"No. {self.rng.randint(1, 99)}/{self.rng.randint(1, 9)}, {self.pick('street_in')}",
        )

    def address_en(self, lang: str) -> str:
        return self.rng.choice((self.address_nz, self.address_jm, self.address_uk, self.address_in))(lang)

    # ---- personal numbers
    def customer_number_student(self, lang: str) -> str:
        """Student numbers of Dutch and Flemish universities and colleges, and Studielink numbers."""
        return self._one(
            f"i6{self._d(6)}",
            f"s{self._d(7)}",
            f"S{self._d(7)}",
            f"{self._d(7)}",
            f"20{self.rng.randint(19, 25)}{self._d(4)}",
            f"s0{self._d(6)}",
            f"{self._d(3)} {self._d(4)}",
        )

    def customer_number_ucas(self, lang: str) -> str:
        return self._one(
            f"{self._d(3)}-{self._d(3)}-{self._d(4)}", self._d(10), f"{self._d(3)} {self._d(3)} {self._d(4)}"
        )

    def customer_number_patient(self, lang: str) -> str:
        return self._one(
            f"{self._d(9)}",
            f"P{self._d(7)}",
            f"{self._d(3)}.{self._d(3)}.{self._d(3)}",
            f"MST-{self._d(6)}",
            f"{self._d(2)}-{self._d(6)}",
            f"UZA{self._d(8)}",
        )

    def customer_number_order(self, lang: str) -> str:
        """A made-to-measure order in one household's name and address."""
        return self._one(
            f"{self._d(8)}",
            f"ORD-{self._d(6)}",
            f"{self.rng.randint(24, 25)}-{self._d(5)}",
            f"MTM{self._d(7)}",
            f"#{self._d(6)}",
            f"WB/{self._d(4)}/{self._up(2)}",
        )

    def customer_number_member(self, lang: str) -> str:
        """Bicycle subscription member numbers."""
        return self._one(
            f"SW{self._d(7)}",
            f"{self._d(8)}",
            f"NL-{self._d(6)}",
            f"{self._up(3)}{self._d(4)}{self._up(1)}",
            f"VA{self._d(6)}",
            f"{self._d(4)}-{self._d(4)}",
        )

    def customer_number_subscriber(self, lang: str) -> str:
        return self._one(f"{self._d(7)}", f"AB-{self._d(5)}", f"{self._d(2)}.{self._d(4)}", f"T{self._d(6)}")

    def customer_number_parking(self, lang: str) -> str:
        return self._one(f"PP{self._d(6)}", f"{self._d(10)}", f"{self._d(4)} {self._d(4)} {self._d(2)}")

    def customer_number_contract(self, lang: str) -> str:
        """Home battery lease contracts."""
        return self._one(
            f"TB-{self._d(7)}",
            f"LC{self._d(8)}",
            f"{self._d(3)}-{self._d(3)}-{self._d(3)}",
            f"BAT/{self.rng.randint(2022, 2025)}/{self._d(5)}",
            f"{self._d(10)}",
        )

    def customer_number_file(self, lang: str) -> str:
        """Dossier numbers of benefit, fee and parking-fine files, and housing benefit references."""
        return self._one(
            f"{self._d(4)}.{self._d(3)}.{self._d(3)}",
            f"HT-{self._d(8)}",
            f"{self._d(2)}/{self._d(6)}/{self._up(1)}",
            f"Z{self._d(9)}",
            f"BZ{self._d(2)}-{self._d(5)}",
            f"HB{self._d(6)}{self._up(1)}",
        )

    def customer_number_owner(self, lang: str) -> str:
        """A pet owner's registration number at a chip databank."""
        return self._one(f"H{self._d(7)}", f"{self._d(3)}-{self._d(4)}", f"REG{self._d(6)}", f"{self._d(9)}")

    def customer_number_client(self, lang: str) -> str:
        """A plain customer number, with or without a cue."""
        return self._one(
            f"{self._d(7)}",
            f"{self._d(8)}",
            f"K{self._d(6)}",
            f"{self._d(3)} {self._d(3)} {self._d(3)}",
            f"CU-{self._d(5)}",
            f"{self._up(2)}{self._d(6)}",
        )
