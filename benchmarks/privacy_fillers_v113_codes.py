"""Payment cards, licence plates, postcodes, street addresses and personal patient, policy, claim, contract, bank
customer, uniform order, library card, dossier, fishing booking, VISpas and zoo member numbers of test_v113 (mixed
into `FillersV113`)."""

from __future__ import annotations

import random
from collections.abc import Callable

from benchmarks.privacy_fillers_v113_numbers import cut, draw, keyed, luhn_complete, read_out

_CAPS = "ABCDEFGHJKLMNPRSTUVWXYZ"
_NL_PLATE = "BDFGHJKLNPRSTVXZ"
_NL_SIDECODES = (
    "XX-99-XX",
    "99-XX-XX",
    "99-XXX-9",
    "9-XXX-99",
    "XX-999-X",
    "X-999-XX",
    "XXX-99-X",
    "X-99-XXX",
    "9-XX-999",
    "999-XX-9",
)
_GH_REGIONS = ("GR", "GR", "GT", "GE", "GN", "GW", "AS", "AW", "CR", "ER", "WR", "NR", "VR")
_WALES_TAGS = ("CA", "CB", "CD", "CE", "CF", "CK", "CN", "CP", "CR", "CU", "CV", "CW", "CX", "CY")
_CN_PROVINCES = ("沪A", "沪B", "粤B", "京N", "苏E", "浙A", "闽D", "川A")
_PL_AREAS = ("WE", "WA", "PO", "KR", "GD", "DW", "LU", "WX")
_NG_LGAS = ("LND", "KJA", "AAA", "EKY", "ABJ", "GGE", "SMK")
_WELSH_OUTWARD = ("CF10", "CF11", "CF24", "CF5", "SA1", "SA2", "SA31", "LL57", "LL55", "SY23", "NP20", "LD1", "LL11")
_BE_CODES = ("9000", "9030", "9040", "8000", "8200", "8310", "8400", "8500", "8800", "3000", "2000", "1000", "9300")


# Personal numbers by kind: a plain customer number, hospital patients (Dutch, Welsh and Ghanaian folders), contents
# and car policies, damage claims, TV and internet contracts, a bank's relation numbers, school uniform orders in a
# family's name, library cards (the barcode starts with 2), scattering files on one deceased, fishing trip bookings,
# VISpas numbers and zoo memberships.
_IDS = {
    "plain": ("#######", "########", "### ####", "K#######", "@@######"),
    "patient": ("#######", "########", "###-####", "Z#######", "### ### ####", "KB/#####/2#"),
    "policy": (
        "INB-#######",
        "##.###.###",
        "AU########",
        "#### #### ##",
        "P/2024/######",
        "P/2019/######",
        "#########",
    ),
    "claim": ("SCH-2025-#####", "########", "H######/1", "CLM-######", "####.####"),
    "contract": ("#########", "1.###.###", "KPN########", "##-#######", "C########", "#### ### ###"),
    "bank": ("##########", "REL #### ####", "###.###.###", "CL#######"),
    "order": ("SU######", "#####", "25-######", "UNI-####-@@", "########"),
    "library": ("2####00#######", "2####00#######", "2 #### 00### ####", "##@######", "L########"),
    "dossier": ("U-2025-####", "AS#####", "####/25", "D######"),
    "booking": ("VT-#####", "@@####@", "BK######", "######"),
    "vispas": ("#########", "### ### ###", "VP#######"),
    "member": ("#### #### ####", "ZOO-######", "##########", "LID######", "F#####-##"),
}


class CodesV113:
    """CARD*, PLATE*, POSTCODE*, ADDRESS* and CUSTOMER_NUMBER_*; `rng` and `pick` come from `Fillers`."""

    rng: random.Random
    pick: Callable[[str], str]

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _d(self, count: int) -> str:
        return draw(self.rng, count)

    def _caps(self, count: int, letters: str = _CAPS) -> str:
        return "".join(self.rng.choice(letters) for _ in range(count))

    def _n(self, low: int, high: int) -> str:
        return str(self.rng.randint(low, high))

    # ---- payment cards
    def _pan(self) -> str:
        kind = self._one("visa", "visa", "visa", "mc", "mc", "mc", "amex", "unionpay", "maestro")
        if kind == "visa":
            return luhn_complete("4" + self._d(14))
        if kind == "mc":
            head = self._one("51", "53", "54", "55", "2223", "2720", "2298")
            return luhn_complete(head + self._d(15 - len(head)))
        if kind == "amex":
            return luhn_complete(self._one("34", "37") + self._d(12))
        if kind == "unionpay":
            return luhn_complete("62" + self._one("2", "5", "8") + self._d(12 + self.rng.choice((0, 3))))
        return luhn_complete("6703" + self._d(12))  # Bancontact/Maestro, 17 digits

    def card(self, lang: str) -> str:
        pan = self._pan()
        if len(pan) == 15:
            return self._one(cut(pan, (4, 6, 5)), pan, cut(pan, (4, 6, 5), "-"))
        if len(pan) != 16:
            return self._one(cut(pan, (4, 4, 4, 4)), pan)
        return self._one(
            cut(pan, (4, 4, 4, 4)),
            cut(pan, (4, 4, 4, 4)),
            pan,
            cut(pan, (4, 4, 4, 4), "-"),
            cut(pan, (4, 4, 4, 4), "."),
        )

    def card_plain(self, lang: str) -> str:
        return self._pan()

    def _pan16(self) -> str:
        head = self._one("4", "4", "51", "52", "55")
        return luhn_complete(head + self._d(15 - len(head)))

    def card_keyed(self, lang: str) -> str:
        return keyed(self._pan16(), self.rng)

    def card_spoken(self, lang: str) -> str:
        pan = self._pan16()
        return ", ".join(read_out(pan[at : at + 4], lang, self.rng) for at in range(0, 16, 4))

    # ---- licence plates
    def _sidecode(self, shape: str, letters: str = _NL_PLATE) -> str:
        return "".join(self.rng.choice(letters) if c == "X" else self._d(1) if c == "9" else c for c in shape)

    def plate(self, lang: str) -> str:
        plate = self._sidecode(self.rng.choice(_NL_SIDECODES))
        return self._one(plate, plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    def plate_be(self, lang: str) -> str:
        plate = f"{self._one('1', '1', '2')}-{self._caps(3)}-{self._d(3)}"
        return self._one(plate, plate, plate.replace("-", ""), plate.replace("-", " "), plate.lower())

    def plate_cy(self, lang: str) -> str:
        plate = (
            f"{self.rng.choice(_WALES_TAGS)}{self._one('18', '68', '19', '69', '21', '71', '23', '73')} {self._caps(3)}"
        )
        return self._one(plate, plate, plate.replace(" ", ""), plate.lower())

    def plate_gh(self, lang: str) -> str:
        plate = f"{self.rng.choice(_GH_REGIONS)} {self._d(4)}-{self._one('15', '18', '19', '20', '21', '22', '23')}"
        return self._one(plate, plate, plate.replace(" ", "-"), plate.replace(" ", ""))

    def plate_ph(self, lang: str) -> str:
        return self._one(
            f"{self._caps(3)} {self._d(4)}", f"{self._caps(3)} {self._d(3)}", f"{self._caps(3)}{self._d(4)}"
        )

    def plate_cn(self, lang: str) -> str:
        body = self._one(self._caps(1) + self._d(4), self._d(5), self._caps(2) + self._d(3), "D" + self._d(5))
        return f"{self.rng.choice(_CN_PROVINCES)}{self._one('·', ' ', '')}{body}"

    def plate_pl(self, lang: str) -> str:
        tail = self._one(self._d(4) + self._caps(1), self._d(1) + self._caps(1) + self._d(3))
        return f"{self.rng.choice(_PL_AREAS)} {tail}"

    def plate_ng(self, lang: str) -> str:
        return self._one(
            f"{self.rng.choice(_NG_LGAS)} {self._d(3)} {self._caps(2)}",
            f"{self.rng.choice(_NG_LGAS)}-{self._d(3)}{self._caps(2)}",
        )

    def plate_en(self, lang: str) -> str:
        return self.rng.choice((self.plate_cy, self.plate_gh, self.plate_ph, self.plate_ng, self.plate_cy))(lang)

    def plate_any(self, lang: str) -> str:
        return self.rng.choice((self.plate, self.plate, self.plate, self.plate_be, self.plate_pl))(lang)

    # ---- postcodes
    def postcode(self, lang: str) -> str:
        number = self._one(self._n(8401, 8999), self._n(9001, 9299), self._n(4301, 4589), self._n(1011, 7999))
        pair = self._caps(2, "ABCEGHJKLMNPRTVWXZ")
        return self._one(
            f"{number} {pair}",
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}{pair.lower()}",
        )

    def postcode_fy(self, lang: str) -> str:
        return f"{self._one(self._n(8401, 8999), self._n(9001, 9299))} {self._caps(2, 'ABCEGHJKLMNPRTVWXZ')}"

    def postcode_zl(self, lang: str) -> str:
        return f"{self._n(4301, 4589)}{self._one(' ', '', ' ')}{self._caps(2, 'ABCEGHJKLMNPRTVWXZ')}"

    def postcode_be(self, lang: str) -> str:
        code = self._one(*_BE_CODES)
        return self._one(code, code, f"B-{code}", f"B {code}")

    def postcode_cy(self, lang: str) -> str:
        code = f"{self.rng.choice(_WELSH_OUTWARD)} {self._d(1)}{self._caps(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        return self._one(code, code, code.replace(" ", ""), code.lower())

    def postcode_gh(self, lang: str) -> str:
        return f"{self._one('GA', 'GA', 'GE', 'GT', 'AK', 'CC', 'GW')}-{self._d(3)}-{self._d(4)}"

    def postcode_ph(self, lang: str) -> str:
        return self._one(self._n(1100, 1128), self._n(1000, 1018), self._n(1630, 1640), self._n(4000, 4030))

    def postcode_cn(self, lang: str) -> str:
        return self._one("2000" + self._d(2), "2000" + self._d(2), "2001" + self._d(2), "2003" + self._d(2))  # Shanghai

    # ---- street addresses
    def _nl_street(self, key: str) -> str:
        suffix = self._one("", "", "", "", "A", "a", "-2", " hs", "-bis", " B", "-1")
        return f"{self.pick(key)} {self._n(1, 212)}{suffix}"

    def address(self, lang: str) -> str:
        text = self._nl_street(self._one("street_nl", "street_nl", "street_fy", "street_zl"))
        return self._one(text, text, text, text.lower())

    def address_fy(self, lang: str) -> str:
        return self._nl_street("street_fy")

    def address_zl(self, lang: str) -> str:
        return self._nl_street("street_zl")

    def address_be(self, lang: str) -> str:
        extra = self._one("", "", f" bus {self._n(1, 14)}", f"/{self._n(1, 5)}", f" b{self._n(1, 9)}")
        return f"{self.pick('street_be')} {self._n(1, 240)}{extra}"

    def address_cy(self, lang: str) -> str:
        street = f"{self._n(1, 160)} {self.pick('street_cy')}"
        return self._one(street, street, f"Flat {self._n(1, 12)}, {street}", f"{self.pick('house_cy')}, {street}")

    def address_gh(self, lang: str) -> str:
        return self._one(
            f"House No. {self._n(1, 90)}, {self.pick('street_gh')}",
            f"Hse No. {self._caps(1)}{self._n(10, 99)}/{self._n(1, 30)}, {self.pick('street_gh')}",
            f"Plot {self._n(1, 400)}, {self.pick('street_gh')}",
        )

    def address_ph(self, lang: str) -> str:
        street = self.pick("street_ph")
        return self._one(
            f"Blk {self._n(1, 40)} Lot {self._n(1, 30)} {street}, {self.pick('barangay')}",
            f"#{self._n(1, 220)} {street}",
            f"Unit {self._n(2, 28)}0{self._n(1, 9)}, {self._n(10, 120)} {street}",
        )

    def address_cn(self, lang: str) -> str:
        street = self.pick("street_cn")
        return self._one(
            f"{street}{self._n(1, 999)}号",
            f"{street}{self._n(1, 600)}弄{self._n(1, 60)}号{self._n(1, 30)}0{self._n(1, 4)}室",
        )

    def address_pl(self, lang: str) -> str:
        flat = self._one("", f"/{self._n(1, 40)}", f" m. {self._n(1, 40)}")
        return f"ul. {self.pick('street_pl')} {self._n(1, 120)}{flat}"

    def address_en(self, lang: str) -> str:
        return self.rng.choice((self.address_cy, self.address_gh, self.address_ph))(lang)

    # ---- personal numbers: '#' a digit, '@' a capital
    def _shape(self, kind: str) -> str:
        return "".join(self._d(1) if c == "#" else self._caps(1) if c == "@" else c for c in self._one(*_IDS[kind]))

    def customer_number(self, lang: str) -> str:
        return self._shape("plain")

    def customer_number_patient(self, lang: str) -> str:
        return self._shape("patient")

    def customer_number_policy(self, lang: str) -> str:
        return self._shape("policy")

    def customer_number_claim(self, lang: str) -> str:
        return self._shape("claim")

    def customer_number_contract(self, lang: str) -> str:
        return self._shape("contract")

    def customer_number_bank(self, lang: str) -> str:
        return self._shape("bank")

    def customer_number_order(self, lang: str) -> str:
        return self._shape("order")

    def customer_number_library(self, lang: str) -> str:
        return self._shape("library")

    def customer_number_dossier(self, lang: str) -> str:
        return self._shape("dossier")

    def customer_number_booking(self, lang: str) -> str:
        return self._shape("booking")

    def customer_number_vispas(self, lang: str) -> str:
        return self._shape("vispas")

    def customer_number_member(self, lang: str) -> str:
        return self._shape("member")

    def customer_number_keyed(self, lang: str) -> str:
        return keyed(self._d(self.rng.choice((7, 8, 9, 10))), self.rng)
