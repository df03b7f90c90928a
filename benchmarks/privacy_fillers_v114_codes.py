"""National numbers (BSN, Belgian register, Irish PPS, Pakistani CNIC), payment cards, licence plates (cars, boat
trailers, Belgian, Irish, Aruban, German, Pakistani and Ugandan), postcodes and Eircodes, street addresses from Dutch
towns to Kampala plots, and the personal numbers of test_v114: allowance files, driving licences, solar leases,
orthodontic patients, lost-property claims, farm shop and sailing club members, laundry orders, coffee machine
contracts, phone insurance policies and claims (mixed into `FillersV114`)."""

from __future__ import annotations

import random
from collections.abc import Callable

from benchmarks.privacy_fillers_v114_numbers import (
    bsn_of,
    chunk,
    cnic_of,
    draw_digits,
    luhn_of,
    pps_of,
    read_out,
    register_be,
)

_CAPS = "ABCDEFGHJKLMNPRSTUVWXYZ"
_NL_PLATE = "BDFGHJKLNPRSTVXZ"
_NL_SHAPES = ("L-999-LL", "LL-999-L", "LLL-99-L", "99-LLL-9", "9-LLL-99", "LL-99-LL", "9-LL-999", "999-LL-9")
_IE_COUNTIES = ("D", "D", "C", "G", "L", "KY", "WW", "MH", "LH", "KE", "DL", "WH", "T", "MO")
_DE_NEAR = ("AC", "HS", "DN", "KLE", "VIE", "BOR", "EU")
_EIRCODE_KEYS = ("D02", "D04", "D6W", "D08", "D15", "A94", "A96", "T12", "T23", "H91", "V94", "F92", "N37", "W91")
_EIRCODE_CHARS = "ACDEFHKNPRTVWXY0123456789"
_LOST_DESKS = ("AMSKL", "AMSHV", "EINHV", "BRUSN", "MSTKL", "AUAKL", "CURKL", "DUBEI", "RTMHV")
# Personal numbers, "|" between layouts (the fields: `_Fresh`): a municipality's file on one claimant's housing
# allowance, the document number on one driving licence, solar lease and coffee machine contracts, an orthodontic
# patient, one traveller's lost-property or baggage claim, farm box and sailing club members, a laundry ticket in one
# customer's name, phone insurance policies and claims, and plain customer numbers ("").
_PERSONAL = {
    "allowance": "WKT-{yr}-{n5}|Z/{y2}/{n6}|{n7}|HP/{yr}/{n4}|SZW{n6}",
    "licence": "{n10}|{n4} {n3} {n3}|{n10}|{n9}",
    "lease": "SL-{n6}|ZPL{n7}|{n3}-{n5}|LEASE/{n4}/{n3}",
    "patient": "{n6}|ORT-{n5}|P{n6}|{yr}-{n4}",
    "lost": "{desk}{n5}|LF-{n7}|LF{n4}-{A2}|{n8}",
    "member": "{n5}|LID-{n4}|ZV{n4}|BW-{n5}|{n3}-{n3}",
    "order": "W{n6}|#{n5}|LS-{n4}-{A2}|BON {n4}",
    "contract": "KL-{n6}|CM{n7}|{n4}/{n4}|CON-{n5}",
    "policy": "POL{n8}|{n3}.{n3}.{n3}|TV-{n7}|{A2}{n6}",
    "claim": "SCH-{yr}-{n5}|CLM{n7}|{n2}-{n6}",
    "": "{n7}|{n8}|K{n6}|{n3} {n4}|KN-{n5}",
}


class CodesV114:
    """CARD*, PLATE*, POSTCODE*, ADDRESS* and CUSTOMER_NUMBER_*; `rng` and `pick` come from `Fillers`."""

    rng: random.Random
    pick: Callable[[str], str]

    def _any(self, *options: str) -> str:
        return self.rng.choice(options)

    def _n(self, count: int) -> str:
        return draw_digits(self.rng, count)

    def _caps(self, count: int, letters: str = _CAPS) -> str:
        return "".join(self.rng.choice(letters) for _ in range(count))

    def _layout(self, table: str, **parts: str) -> str:
        return self.rng.choice(table.split("|")).format(**parts)

    def _local(self, count: int) -> str:
        """A subscriber number, which never starts with 0 or 1."""
        return str(self.rng.randint(2, 9)) + self._n(count - 1)

    # ---- national numbers
    def bsn(self, lang: str) -> str:
        number = bsn_of(self.rng)
        return self._any(number, number, number, chunk(number, (3, 3, 3)), chunk(number, (4, 2, 3), "."),
                         chunk(number, (3, 3, 3), "-"), chunk(number, (2, 3, 4)))  # fmt: skip

    def bsn_spoken(self, lang: str) -> str:
        return read_out(bsn_of(self.rng), lang, self.rng)

    def bsn_card(self, lang: str) -> str:
        number = bsn_of(self.rng)
        return self._any(" ".join(number), chunk(number, (3, 3, 3), "  "), f"{number[:4]} {number[4:]}", number)

    def bsn_be(self, lang: str) -> str:
        day, month, year = (self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1945, 2006))
        number = register_be(self.rng, day, month, year)
        return self._any(
            number, number, number.replace(".", "").replace("-", ""), number.replace(".", " ").replace("-", " ")
        )

    def bsn_ie(self, lang: str) -> str:
        number = pps_of(self.rng)
        return self._any(number, number, f"{number[:7]} {number[7:]}", number.lower())

    def bsn_pk(self, lang: str) -> str:
        number = cnic_of(self.rng)
        return self._any(number, number, number.replace("-", ""), number.replace("-", " "))

    # ---- payment cards
    def _card_number(self) -> str:
        brand = self._any("visa", "visa", "visa", "mc", "mc", "amex", "maestro", "jcb", "unionpay")
        heads = {
            "visa": ("4",),
            "mc": ("51", "53", "55", "2223", "2511"),
            "amex": ("34", "37"),
            "maestro": ("6759", "6799", "5020"),
            "jcb": ("3528", "3556", "3589"),
            "unionpay": ("6210", "6228", "6259"),
        }
        head = self.rng.choice(heads[brand])
        length = {"amex": 15, "maestro": self._any("17", "19")}.get(brand, 16)
        return luhn_of(head + self._n(int(length) - 1 - len(head)))

    def card(self, lang: str) -> str:
        number = self._card_number()
        if len(number) == 15:
            return self._any(chunk(number, (4, 6, 5)), number, chunk(number, (4, 6, 5), "-"))
        if len(number) != 16:
            return self._any(chunk(number, (4, 4, 4, 4)), number)
        return self._any(
            chunk(number, (4, 4, 4, 4)),
            chunk(number, (4, 4, 4, 4)),
            number,
            chunk(number, (4, 4, 4, 4), "-"),
            chunk(number, (4, 4, 4, 4), "."),
            chunk(number, (8, 8)),
        )

    def card_spoken(self, lang: str) -> str:
        head = self._any("4", "52", "54")
        number = luhn_of(head + self._n(15 - len(head)))
        sep = self._any(", ", " ... ", " ")
        return sep.join(read_out(number[i : i + 4], lang, self.rng) for i in range(0, 16, 4))

    def card_ocr(self, lang: str) -> str:
        """A card number copied off a handwritten card by staff: groups as the writer spaced them."""
        number = luhn_of("4" + self._n(14))
        grouped = chunk(number, (4, 4, 4, 4))
        return self._any(grouped, chunk(number, (4, 4, 4, 4), "  "), f"{number[:8]} {number[8:]}", number)

    # ---- licence plates
    def _shape(self, shape: str) -> str:
        return "".join(self._caps(1, _NL_PLATE) if c == "L" else self._n(1) if c == "9" else c for c in shape)

    def plate(self, lang: str) -> str:
        plate = self._shape(self.rng.choice(_NL_SHAPES))
        return self._any(plate, plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    def plate_trailer(self, lang: str) -> str:
        """A boat trailer's own plate: light trailers start with a W, heavier ones with an O."""
        plate = self._shape(self._any("WL-99-LL", "WL-LL-99", "OL-99-LL", "WL-999-L"))
        return self._any(plate, plate, plate.lower(), plate.replace("-", ""))

    def plate_be(self, lang: str) -> str:
        plate = f"{self._any('1', '1', '2', '2')}-{self._caps(3)}-{self._n(3)}"
        return self._any(plate, plate, plate.replace("-", ""), plate.replace("-", " "), plate[2:], plate.lower())

    def plate_ie(self, lang: str) -> str:
        year = self.rng.randint(13, 25)
        period = self._any("1", "2") if year > 12 else ""
        plate = f"{year}{period}-{self.rng.choice(_IE_COUNTIES)}-{self.rng.randint(1, 29999)}"
        return self._any(plate, plate, plate.replace("-", " "), plate.replace("-", ""))

    def plate_aw(self, lang: str) -> str:
        number = str(self.rng.randint(1000, 59999))
        return self._any(f"A-{number}", f"A {number}", f"A{number}", f"a-{number}")

    def plate_de(self, lang: str) -> str:
        return f"{self.rng.choice(_DE_NEAR)}-{self._caps(self.rng.choice((1, 2)))} {self.rng.randint(1, 9999)}"

    def plate_pk(self, lang: str) -> str:
        return self._any(
            f"LE{self._caps(1, 'ABCDFG')}-{self._n(2)}-{self._n(4)}",
            f"LE{self._caps(1, 'ABCDFG')} {self.rng.randint(100, 9999)}",
            f"ICT-{self._caps(2)}-{self._n(3)}",
            f"RIM {self.rng.randint(100, 9999)}",
        )

    def plate_ug(self, lang: str) -> str:
        plate = f"U{self._caps(1, 'ABG')}{self._caps(1)} {self._n(3)}{self._caps(1)}"
        return self._any(plate, plate, plate.replace(" ", ""))

    def plate_en(self, lang: str) -> str:
        return self.rng.choice((self.plate_ie, self.plate_ie, self.plate_pk, self.plate_ug, self.plate))(lang)

    # ---- postcodes
    def postcode(self, lang: str) -> str:
        number = self._any(
            str(self.rng.randint(6211, 6229)),  # Maastricht
            str(self.rng.randint(5911, 5928)),  # Venlo
            str(self.rng.randint(1011, 1109)),  # Amsterdam
            str(self.rng.randint(3011, 3089)),  # Rotterdam
            str(self.rng.randint(8601, 8608)),  # Sneek, the lakes
            str(self.rng.randint(1012, 9999)),
        )
        pair = self._caps(2, "ABCEGHJKLMNPRTVWXZ")
        return self._any(f"{number} {pair}", f"{number} {pair}", f"{number}{pair}", f"{number} {pair.lower()}")

    def _belgian(self, number: str) -> str:
        return self._any(number, number, number, f"B-{number}", f"BE-{number}", f"B{number}")

    def postcode_li(self, lang: str) -> str:
        return self._belgian(self._any("3500", "3510", "3600", "3620", "3630", "3700", "3800", "3920", "3550", "3740"))

    def postcode_bx(self, lang: str) -> str:
        return self._belgian(self._any("1000", "1020", "1030", "1050", "1060", "1070", "1080", "1180", "1190", "1210"))

    def postcode_ie(self, lang: str) -> str:
        code = f"{self.rng.choice(_EIRCODE_KEYS)} {self._caps(4, _EIRCODE_CHARS)}"
        return self._any(code, code, code.replace(" ", ""), code.lower())

    # ---- street addresses
    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 312))
        suffix = self._any("", "", "", "", "a", "B", "-2", " bis", "-III", " hs", "-14")
        text = f"{self.pick('street_nl')} {number}{suffix}"
        return self._any(text, text, text, text.lower())

    def address_li(self, lang: str) -> str:
        box = self._any("", "", "", f" bus {self.rng.randint(1, 12)}", "/0101", f" b{self.rng.randint(1, 4)}")
        return f"{self.pick('street_li')} {self.rng.randint(1, 240)}{box}"

    def address_bx(self, lang: str) -> str:
        box = self._any("", "", f" bte {self.rng.randint(1, 9)}", f" bus {self.rng.randint(1, 9)}", "/3")
        return f"{self.pick('street_bx')} {self.rng.randint(1, 240)}{box}"

    def address_ac(self, lang: str) -> str:
        street = self.pick("street_ac")
        return self._any(
            f"{street} {self.rng.randint(1, 180)}", f"{street} #{self.rng.randint(1, 99)}", f"{street} z/n"
        )

    def address_ie(self, lang: str) -> str:
        return self._any(
            f"{self.rng.randint(1, 140)} {self.pick('street_ie')}",
            f"Apt {self.rng.randint(1, 40)}, {self.pick('estate_ie')}",
            f"{self.rng.randint(1, 60)} {self.pick('estate_ie')}",
            f"{self.pick('estate_ie')}, {self.pick('townland_ie')}",
        )

    def address_pk(self, lang: str) -> str:
        return self._any(
            f"House No. {self.rng.randint(1, 400)}, {self.pick('street_pk')}",
            f"House {self.rng.randint(1, 99)}-{self._any('A', 'B', 'C')}, {self.pick('street_pk')}",
            f"Flat {self.rng.randint(1, 20)}, {self.pick('street_pk')}",
        )

    def address_ug(self, lang: str) -> str:
        return self._any(
            f"Plot {self.rng.randint(1, 300)}, {self.pick('street_ug')}",
            f"Plot {self.rng.randint(1, 90)} {self.pick('street_ug')}",
            f"Block {self._any('A', 'B', 'C')}, Plot {self.rng.randint(1, 120)}, {self.pick('street_ug')}",
        )

    # ---- personal numbers
    def personal_number(self, kind: str) -> str:
        """One of the `_PERSONAL[kind]` layouts, for the slot CUSTOMER_NUMBER_<KIND>."""
        return self.rng.choice(_PERSONAL[kind].split("|")).format_map(_Fresh(self))


class _Fresh(dict):
    """New random parts for every field a layout names, even the same one twice: {n5} five digits, {A2} two
    capitals, {yr} a recent year and {y2} its last two digits, {desk} a lost-property desk."""

    def __init__(self, codes: CodesV114) -> None:
        super().__init__()
        self.codes = codes

    def __missing__(self, key: str) -> str:
        rng = self.codes.rng
        if key == "desk":
            return rng.choice(_LOST_DESKS)
        if key in ("yr", "y2"):
            year = str(rng.randint(2023, 2025))
            return year[2:] if key == "y2" else year
        count = int(key[1:])
        return draw_digits(rng, count) if key[0] == "n" else "".join(rng.choice(_CAPS) for _ in range(count))
