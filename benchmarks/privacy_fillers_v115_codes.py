"""National numbers (BSN, Belgian register, South African ID, British National Insurance, Kenyan ID), payment
cards, licence plates (Dutch, German border districts, Belgian, Kenyan, South African and Scottish), postcodes,
street addresses from Achterhoek farms and student flats to Glasgow tenements and Nairobi post boxes, and the personal
numbers of test_v115: tenants and room seekers, e-bike lease contracts and staff numbers, hearing aid clients and
insurance policies, window cleaning subscribers, debt counselling clients, garage customers, club members and KNVB
relation codes, alarm subscribers and day care clients (mixed into `FillersV115`)."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from benchmarks.privacy_fillers_v115_numbers import (
    be_register,
    bsn,
    digits,
    ke_id,
    luhn,
    ni_number,
    ocr,
    say_digits,
    spaced,
    za_id,
)

_UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ"
_PLATE_NL = "BDFGHJKLNPRSTVXZ"
# Dutch side codes still on the road: L a letter, 9 a digit.
_SIDE_CODES = ("99-LL-99", "99-99-LL", "99-LLL-9", "9-LLL-99", "LL-999-L", "L-999-LL", "LLL-99-L", "L-99-LLL",
               "9-LL-999", "999-LL-9", "LL-99-LL")  # fmt: skip
_DE_DISTRICTS = ("BOR", "BOR", "ST", "COE", "NOH", "KLE", "EN", "AH")
_ZA_WESTERN = ("CA", "CY", "CF", "CEY", "CL", "CK")
_UK_AREAS = ("EH", "EH", "G", "G", "AB", "DD", "KY", "IV", "PA", "FK", "ML", "KA")
_KE_CODES = ("00100", "00200", "00202", "00505", "00606", "00800", "80100", "40100", "20100", "30100")
# Personal numbers by kind, "|" between layouts: {n3}..{n10} digits, {yr} a recent year, {A1} {A2} {A4} capitals.
_NUMBERS = {
    "tenant": "{n6}|HN{n7}|{n2}.{n5}|H-{n6}|{n8}",
    "room": "{yr}{n6}|INS-{n7}|{n8}|R{n2}-{n5}",
    "lease": "LAB{n7}|EBL-{yr}-{n5}|{n4}-{n4}-{n2}|FP{n6}",
    "employee": "{n6}|P{n5}|{A2}{n5}|MW-{n4}|{n7}",
    "patient": "{n7}|HT-{n6}|{n2}-{n5}|A{n6}",
    "policy": "{n9}|{n3} {n3} {n3}|ZV-{n8}|{n10}|{A2}{n8}",
    "window": "GW-{n5}|{n5}|AB{n4}|{n4}/{n2}|GL{n6}",
    "client": "CL-{n6}|{n7}|SHV{n5}|{yr}/{n5}",
    "tyre": "K{n5}|{n6}|BH-{n5}|{n4}-{A1}",
    "member": "{n8}|LID{n5}|{n5}|{A1}{n6}|{n2}-{n4}",
    "knvb": "{A4}{n2}{A1}",
    "alarm": "PA{n6}|{n7}|ALM-{n5}|{n3}-{n4}",
    "daycare": "{n6}|CL{n5}|DB-{n4}|{yr}-{n4}",
    "": "{n7}|{n8}|KL{n6}|{n3}.{n3}.{n2}",
}


class CodesV115:
    """BSN*, CARD*, PLATE*, POSTCODE*, ADDRESS* and CUSTOMER_NUMBER_*; `rng` and `pick` come from `Fillers`."""

    rng: random.Random
    pick: Callable[[str], str]

    def _any(self, *options: str) -> str:
        return self.rng.choice(options)

    def _n(self, count: int) -> str:
        return digits(self.rng, count)

    def _caps(self, count: int, letters: str = _UPPER) -> str:
        return "".join(self.rng.choice(letters) for _ in range(count))

    def _form(self, layouts: str, **parts: str) -> str:
        return self.rng.choice(layouts.split("|")).format(**parts)

    def _birthday(self, first: int, last: int) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(first, last)

    # ---- national numbers
    def bsn(self, lang: str) -> str:
        number = bsn(self.rng)
        return self._any(number, number, spaced(number, (3, 3, 3)), spaced(number, (4, 2, 3), "."),
                         spaced(number, (3, 3, 3), "."), spaced(number, (2, 3, 2, 2)))  # fmt: skip

    def bsn_watch(self, lang: str) -> str:
        number = bsn(self.rng)
        return self._any(number, spaced(number, (3, 3, 3)), say_digits(number, lang, self.rng))

    def bsn_ocr(self, lang: str) -> str:
        number = bsn(self.rng)
        return ocr(self._any(number, spaced(number, (4, 2, 3), "."), spaced(number, (3, 3, 3))), self.rng)

    def bsn_be(self, lang: str) -> str:
        number = be_register(self.rng, *self._birthday(1950, 2006))
        return self._any(number, number, number.replace(".", "").replace("-", ""))

    def bsn_za(self, lang: str) -> str:
        number = za_id(self.rng, *self._birthday(1955, 2004))
        return self._any(number, number, spaced(number, (6, 4, 3)))

    def bsn_ke(self, lang: str) -> str:
        return ke_id(self.rng)

    def bsn_uk(self, lang: str) -> str:
        number = ni_number(self.rng)
        return self._any(number, spaced(number, (2, 2, 2, 2, 1)), number.lower())

    # ---- payment cards
    def _card_digits(self) -> str:
        head = self._any("4", "4", "4", "51", "53", "55", "2221", "2720", "34", "37", "6011")
        return luhn(head + self._n((15 if head in ("34", "37") else 16) - 1 - len(head)))

    def card(self, lang: str) -> str:
        number = self._card_digits()
        if len(number) == 15:
            return self._any(spaced(number, (4, 6, 5)), number)
        return self._any(spaced(number, (4, 4, 4, 4)), number, spaced(number, (4, 4, 4, 4), "-"),
                         spaced(number, (4, 4, 4, 4), "  "))  # fmt: skip

    def card_watch(self, lang: str) -> str:
        number = self._card_digits()
        return self._any(spaced(number, (4, 4, 4, 4)), number, spaced(number, (2,) * 8), spaced(number, (3,) * 6))

    # ---- licence plates
    def plate(self, lang: str) -> str:
        shape = self.rng.choice(_SIDE_CODES)
        plate = "".join(self.rng.choice(_PLATE_NL) if c == "L" else self._n(1) if c == "9" else c for c in shape)
        return self._any(plate, plate, plate, plate.replace("-", ""), plate.lower())

    def plate_lower(self, lang: str) -> str:
        plate = self.plate(lang).lower()
        return self._any(plate, plate.replace("-", ""), plate.replace("-", " "))

    def plate_watch(self, lang: str) -> str:
        return self.plate(lang).replace("-", " ").lower()

    def plate_de(self, lang: str) -> str:
        district, letters = self._any(*_DE_DISTRICTS), self._caps(self.rng.choice((1, 2)), "ABCDEFGHJKLMNPRSTUVWXYZ")
        number = str(self.rng.randint(1, 9999))
        return self._any(f"{district}-{letters} {number}", f"{district} {letters} {number}",
                         f"{district}-{letters}{number}", f"{district}-{letters} {number[:3]}E")  # fmt: skip

    def plate_ke(self, lang: str) -> str:
        plate = f"K{self._any('C', 'D', 'B')}{self._caps(1, 'ABCDEFGHJKLMNPQRSTUVWXYZ')} {self._n(3)}{self._caps(1)}"
        return self._any(plate, plate, plate.replace(" ", ""))

    def plate_za(self, lang: str) -> str:
        return self._any(
            f"{self._any(*_ZA_WESTERN)} {self._n(3)}-{self._n(3)}", f"{self._any(*_ZA_WESTERN)} {self._n(5)}",
            f"{self._caps(2)} {self._n(2)} {self._caps(2)} GP", f"ND {self._n(3)}-{self._n(3)}",
            f"{self._caps(3)} {self._n(3)} GP",
        )  # fmt: skip

    def plate_uk(self, lang: str) -> str:
        age = self._any("19", "69", "20", "70", "21", "71", "22", "72", "23", "73", "24", "74", "15", "65")
        plate = f"S{self._caps(1, 'ABCDEFGHJKLMNOPRSTVWXY')}{age} {self._caps(3, 'ABCDEFGHJKLMNOPRSTUVWXYZ')}"
        return self._any(plate, plate, plate.replace(" ", ""))

    def plate_be(self, lang: str) -> str:
        return f"{self.rng.randint(1, 2)}-{self._caps(3)}-{self._n(3)}"

    # ---- postcodes
    def _nl_postcode(self, low: int, high: int) -> str:
        letters = self._caps(2, "ABCDEFGHJKLMNPRTVWXZ")
        while letters in ("SA", "SD", "SS"):
            letters = self._caps(2, "ABCDEFGHJKLMNPRTVWXZ")
        number = str(self.rng.randint(low, high))
        return self._any(
            f"{number} {letters}",
            f"{number}{letters}",
            f"{number} {letters}",
            f"{number} {letters.lower()}",
            f"{number}{letters.lower()}",
            f"{number}  {letters}",
        )

    def postcode(self, lang: str) -> str:
        return self._nl_postcode(1011, 9999)

    def postcode_ah(self, lang: str) -> str:
        return self._nl_postcode(7100, 7299) if self.rng.random() < 0.5 else self._nl_postcode(7400, 7699)

    def postcode_uk(self, lang: str) -> str:
        area = self._any(*_UK_AREAS)
        district = self.rng.randint(1, 17 if area in ("EH", "G") else 9)
        code = f"{area}{district} {self._n(1)}{self._caps(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        return self._any(code, code, code.lower(), code.replace(" ", ""))

    def postcode_za(self, lang: str) -> str:
        return self._any("7700", "8001", "7530", "2196", "2001", "0081", "4001", "7600", "7441", "6001", "2092")

    def postcode_ke(self, lang: str) -> str:
        return self._any(*_KE_CODES)

    def postcode_de(self, lang: str) -> str:
        return self._any("46395", "46397", "48599", "48691", "46325", "48683", "48455", "46414", "48703")

    def postcode_be(self, lang: str) -> str:
        return self._any("3000", "3010", "2000", "2018", "9000", "8500", "3500", "2800", "1030")

    # ---- street addresses
    def _house(self) -> str:
        number = str(self.rng.randint(1, 320))
        return number + self._any("", "", "", "", "a", "A", "-2", " B", "-bis", " hs", "-1")

    def address(self, lang: str) -> str:
        return f"{self.pick('street_nl')} {self._house()}"

    def address_ah(self, lang: str) -> str:
        return f"{self.pick('street_ah')} {self._house()}"

    def address_room(self, lang: str) -> str:
        street, number = self.pick("street_room"), str(self.rng.randint(1, 240))
        room = str(self.rng.randint(1, 40))
        return self._any(
            f"{street} {number}-{room}",
            f"{street} {number} kamer {room}",
            f"{street} {number}-{self._any('A', 'B', 'C')}{room:0>2}",
            f"{street} {number}/{room}",
            f"{street} {number}",
        )

    def address_watch(self, lang: str) -> str:
        return self._any(self.address(lang), self.address_ah(lang)).lower().replace("-", " ")

    def address_ocr(self, lang: str) -> str:
        street = self._any(self.pick("street_nl"), self.pick("street_ah"))
        return f"{street} {ocr(str(self.rng.randint(10, 199)), self.rng, 1)}"

    def address_uk(self, lang: str) -> str:
        street, number = self.pick("street_sc"), str(self.rng.randint(2, 310))
        return self._any(
            f"{number} {street}",
            f"Flat {self._any('1/1', '2/1', '0/2', '3/2', '1/R', '2F1')}, {number} {street}",
            f"{number}/{self.rng.randint(1, 9)} {street}",
        )

    def address_za(self, lang: str) -> str:
        street, number = self.pick("street_za"), str(self.rng.randint(1, 250))
        return self._any(f"{number} {street}", f"Unit {self.rng.randint(1, 40)}, {number} {street}")

    def address_ke(self, lang: str) -> str:
        street = self.pick("street_ke")
        return self._any(
            f"House No. {self.rng.randint(1, 90)}, {street}",
            f"Apartment {self._caps(1, 'ABCDE')}{self.rng.randint(1, 20)}, {street}",
            f"{street}, Hse {self.rng.randint(1, 90)}",
        )

    def address_kebox(self, lang: str) -> str:
        return self._any("P.O. Box ", "P.O Box ", "Box ", "P. O. Box ") + str(self.rng.randint(100, 99999))

    def address_sr(self, lang: str) -> str:
        street = self.pick("street_sr")
        return self._any(f"{street} {self.rng.randint(1, 400)}", f"{street} no. {self.rng.randint(1, 400)}",
                         f"{street} perceel {self.rng.randint(1, 90)}")  # fmt: skip

    def address_de(self, lang: str) -> str:
        return f"{self.pick('street_de')} {self.rng.randint(1, 140)}{self._any('', '', 'a', 'b')}"

    def address_be(self, lang: str) -> str:
        return f"{self.pick('street_be')} {self.rng.randint(1, 260)}{self._any('', '', ' bus 3', '/0101', ' bus 12')}"

    # ---- personal numbers
    def personal_number(self, kind: str) -> str:
        """Each field of the layout drawn afresh, so '{n4}-{n4}' never repeats its four digits."""

        def draw(field: re.Match[str]) -> str:
            name = field.group(1)
            if name == "yr":
                return str(self.rng.randint(2016, 2025))
            return self._caps(int(name[1:])) if name[0] == "A" else self._n(int(name[1:]))

        return re.sub(r"\{(\w+)\}", draw, self.rng.choice(_NUMBERS[kind].split("|")))
