"""National numbers (BSN, Belgian register, Canadian SIN, New Zealand IRD, PESEL, NIN, Ghana Card), licence plates
(Dutch side codes, Belgian, German border districts, Polish, Canadian provinces and New Zealand),
postcodes of Limburg, West Flanders and the countries abroad, street addresses from Maastricht to Paramaribo and
Accra's GhanaPost GPS codes, payment cards, and the personal numbers of test_v117: daycare clients, waste container
passes, course participants, boat renters, RVO relations, piano owners, venue contracts, employees, couriers, donors,
members, patients and subscribers (mixed into `FillersV117`)."""

from __future__ import annotations

import re

from benchmarks.privacy_fillers_v117_numbers import (
    DatesV117,
    chunk,
    elf_proef,
    ghana_card,
    ird_number,
    luhn_digit,
    nigerian_nin,
    ocr_noise,
    pesel,
    rijksregister,
    say_each,
    social_insurance,
)

_UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ"
_NL_PLATE = "BDFGHJKLNPRSTVXZ"
_NL_SHAPES = ("99-XX-XX", "XX-99-XX", "99-XXX-9", "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX",
              "9-XX-999", "999-XX-9")  # fmt: skip
_NL_PC = "ABCDEGHJKLMNPRSTVWXZ"
_CA_PC = "ABCEGHJKLMNPRSTVXY"
_DE_DISTRICTS = ("VIE", "KLE", "HS", "AC", "KR", "NE", "DN", "BOR", "WES", "GEL")
_PL_DISTRICTS = ("WA", "WX", "GD", "KR", "PO", "DW", "LU", "EL", "SZ", "KT")
# Personal numbers, ";" between layouts: {6} is six digits, {L} a capital, {yy} a recent year's last two digits. A
# number here belongs to one person's account, pass, file, contract or membership; order, booking, ticket, tracking,
# parcel, case and application numbers belong to no one and appear only in the clean sentences.
_NUMBERS = {
    "dog": "HDV-{4};{5};KL{6};DC-{yy}{3}",
    "waste": "{10};MP-{6};{4} {4} {2};00{8}",
    "course": "NT2-{5};C{7};{2}-{4}-{2};TC{yy}{4}",
    "boat": "SV{5};{6};BR-{4}-{2}",
    "rvo": "{9};{3} {3} {3};{3}.{3}.{3}",
    "piano": "PS-{4};{5}/{2};K{5}",
    "venue": "TL{yy}-{4};CT-{6};{4}.{3}",
    "staff": "{6};P{6};E{7};{2}{4}",
    "rider": "RDR-{6};FK{7};BK{5};{3}-{3}-{3}",
    "donor": "{7};{8};D-{6};{3} {4}",
    "member": "LID-{5};{6};M{6}",
    "patient": "{7};PAT-{6};{4}-{4}",
    "subscriber": "ABO-{7};{8};S{7}",
    "": "{7};K-{6};{2}{6};{4} {3}",
}


class CodesV117(DatesV117):
    """PLATE*, POSTCODE*, ADDRESS*, CARD*, BSN* and CUSTOMER_NUMBER_*, on top of the dates of birth."""

    def _caps(self, count: int, alphabet: str = _UPPER) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(count))

    # ---- personal numbers
    def _number(self, kind: str) -> str:
        layout = self.rng.choice(_NUMBERS[kind].split(";"))

        def one(match: re.Match[str]) -> str:
            key = match.group(1)
            if key == "L":
                return self._caps(1)
            if key == "yy":
                return str(self.rng.randint(18, 25))
            return self._d(int(key), self.rng.choice("0123456789" if int(key) > 7 else "123456789"))

        return re.sub(r"\{(\w+)\}", one, layout)

    def customer_number(self, lang: str) -> str:
        return self._number("")

    # ---- licence plates
    def plate(self, lang: str) -> str:
        shape = self.rng.choice(_NL_SHAPES)
        plate = "".join(self._caps(1, _NL_PLATE) if c == "X" else self._d(1) if c == "9" else c for c in shape)
        return self._one(plate, plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    def plate_be(self, lang: str) -> str:
        plate = f"{self._one('1', '2')}-{self._caps(3)}-{self._d(3)}"
        return self._one(plate, plate, plate.replace("-", ""), plate.lower(), plate[2:].replace("-", " "))

    def plate_de(self, lang: str) -> str:
        district, letters = self.rng.choice(_DE_DISTRICTS), self._caps(self._one(1, 2), "ABCDEFGHJKLMNPRSTUVWXYZ")
        number = self._d(self._one(2, 3, 4), self._one("1", "2", "3", "4", "5", "7", "8"))
        return self._one(
            f"{district}-{letters} {number}", f"{district} {letters} {number}", f"{district}-{letters}{number}"
        )

    def plate_pl(self, lang: str) -> str:
        district = self.rng.choice(_PL_DISTRICTS)
        return self._one(f"{district} {self._d(5, '1')}", f"{district} {self._d(3, '1')}{self._caps(2)}",
                         f"{district}{self._d(4, '2')}{self._caps(1)}")  # fmt: skip

    def plate_ca(self, lang: str) -> str:
        return self._one(f"{self._caps(4)} {self._d(3)}", f"{self._caps(4)}-{self._d(3)}",
                         f"{self._d(3)} {self._caps(3)}", f"{self._caps(1)}{self._d(2)} {self._caps(3)}")  # fmt: skip

    def plate_nz(self, lang: str) -> str:
        plate = f"{self._caps(3)}{self._d(3, self._one('1', '2', '3', '4', '5', '6', '7', '8', '9'))}"
        return self._one(plate, plate, plate.lower(), f"{plate[:3]} {plate[3:]}")

    # ---- postcodes
    def _nl_postcode(self, number: int) -> str:
        letters = self._caps(2, _NL_PC)
        low = letters.lower()
        return self._one(f"{number} {letters}", f"{number} {letters}", f"{number}{letters}", f"{number}{low}",
                         f"{number} {low}", f"{number}-{letters}")  # fmt: skip

    def postcode(self, lang: str) -> str:
        return self._nl_postcode(self.rng.randint(1011, 9998))

    def postcode_li(self, lang: str) -> str:
        return self._nl_postcode(self._one(self.rng.randint(6211, 6229), self.rng.randint(5911, 5932)))

    def postcode_ocr(self, lang: str) -> str:
        return ocr_noise(self.postcode_li(lang).upper(), self.rng, 0.3)

    def postcode_be(self, lang: str) -> str:
        return str(self.rng.choice((8000, 8200, 8310, 8400, 8500, 8510, 8700, 8790, 8800, 8820, 8870, 8900, 8970)))

    def postcode_de(self, lang: str) -> str:
        return self.rng.choice(("41334", "47623", "52062", "41379", "41747", "52134", "47608", "41372"))

    def postcode_ca(self, lang: str) -> str:
        code = f"{self._one('K', 'M', 'H', 'V', 'R', 'B', 'T')}{self._d(1)}{self._caps(1, _CA_PC)}"
        tail = f"{self._d(1)}{self._caps(1, _CA_PC)}{self._d(1)}"
        return self._one(f"{code} {tail}", f"{code} {tail}", f"{code}{tail}", f"{code} {tail}".lower())

    def postcode_nz(self, lang: str) -> str:
        code = self.rng.choice((self.rng.randint(600, 2699), self.rng.randint(6011, 6037), 8011, 8041, 3110, 9016))
        return f"{code:04d}"

    def postcode_pl(self, lang: str) -> str:
        return f"{self._d(2, self._one('0', '3', '5', '6', '8', '9'))}-{self._d(3)}"

    # ---- street addresses
    def _nl_house(self) -> str:
        number = str(self._one(self.rng.randint(1, 60), self.rng.randint(1, 60), self.rng.randint(61, 340)))
        return number + self._one("", "", "", "", "a", "B", "-A", " b", "-2", " hs", "-III")

    def address(self, lang: str) -> str:
        return f"{self.pick('street_du')} {self._nl_house()}"

    def address_li(self, lang: str) -> str:
        return f"{self.pick('street_li')} {self._nl_house()}"

    def address_lower(self, lang: str) -> str:
        return self._one(self.address, self.address_li)(lang).lower()

    def address_be(self, lang: str) -> str:
        box = f"/{self.rng.randint(1, 4)}0{self.rng.randint(1, 6)}"
        tail = self._one("", "", "", f" bus {self.rng.randint(1, 9)}", box, self._one("A", "B"))
        return f"{self.pick('street_wv')} {self.rng.randint(1, 220)}{tail}"

    def address_de(self, lang: str) -> str:
        return f"{self.pick('street_de')} {self.rng.randint(1, 120)}{self._one('', '', 'a', 'b')}"

    def address_ca(self, lang: str) -> str:
        street, number = self.pick("street_ca"), self.rng.randint(12, 2400)
        if street.startswith("Rue"):
            return self._one(f"{number}, {street}", f"{number} {street}, app. {self.rng.randint(1, 30)}")
        short = street.replace(" Street", " St").replace(" Avenue", " Ave").replace(" Crescent", " Cres")
        return self._one(f"{number} {street}", f"{self.rng.randint(1, 20)}-{number} {short}",
                         f"{number} {short}, Unit {self.rng.randint(100, 1900)}")  # fmt: skip

    def address_nz(self, lang: str) -> str:
        street, number = self.pick("street_nz"), self.rng.randint(1, 260)
        return self._one(
            f"{number} {street}", f"{self.rng.randint(1, 6)}/{number} {street}",
            f"Flat {self.rng.randint(1, 9)}, {number} {street}", f"{number}{self._one('A', 'B')} {street}",
        )  # fmt: skip

    def address_sr(self, lang: str) -> str:
        street = self.pick("street_sr")
        return self._one(f"{street} {self.rng.randint(1, 480)}", f"{street} no. {self.rng.randint(1, 90)}")

    def address_gh(self, lang: str) -> str:
        gps = f"{self._one('GA', 'GE', 'AK', 'GT', 'GS')}-{self._d(3, '1')}-{self._d(4)}"
        return self._one(f"H/No. {self.rng.randint(1, 90)}, {self.pick('street_gh')}", gps, gps)

    def address_ng(self, lang: str) -> str:
        return self._one(f"{self.rng.randint(1, 60)}{self._one('', 'B', 'A')} {self.pick('street_ng')}",
                         f"Plot {self.rng.randint(1, 900)}, {self.pick('street_ng')}")  # fmt: skip

    def address_pl(self, lang: str) -> str:
        flat = self._one("", f"/{self.rng.randint(1, 40)}", f" m. {self.rng.randint(1, 40)}")
        return f"{self.pick('street_pl')} {self.rng.randint(1, 99)}{flat}"

    # ---- payment cards
    def _card_number(self) -> str:
        head = self._one("4", "4", "4", "51", "52", "54", "55", "2223", "34", "37", "6759")
        length = 15 if head in ("34", "37") else 16
        body = head + self._d(length - 1 - len(head))
        return body + luhn_digit(body)

    def card(self, lang: str) -> str:
        number = self._card_number()
        if len(number) == 15:
            return self._one(chunk(number, (4, 6, 5)), number, chunk(number, (4, 6, 5), "-"))
        return self._one(chunk(number, (4, 4, 4, 4)), chunk(number, (4, 4, 4, 4)), number,
                         chunk(number, (4, 4, 4, 4), "-"), chunk(number, (4, 4, 4, 4), "."))  # fmt: skip

    def card_spoken(self, lang: str) -> str:
        number = self._card_number()
        groups = chunk(number, (4, 6, 5) if len(number) == 15 else (4, 4, 4, 4)).split()
        return self._one(", ".join(say_each(g, lang) for g in groups), " - ".join(groups))

    # ---- national numbers
    def bsn(self, lang: str) -> str:
        number = elf_proef(self.rng)
        return self._one(number, number, chunk(number, (3, 3, 3)), chunk(number, (3, 3, 3), "."),
                         chunk(number, (4, 2, 3), "."), chunk(number, (4, 2, 3)))  # fmt: skip

    def bsn_spoken(self, lang: str) -> str:
        return ", ".join(say_each(part, "nl") for part in chunk(elf_proef(self.rng), (3, 3, 3)).split())

    def bsn_ocr(self, lang: str) -> str:
        return ocr_noise(chunk(elf_proef(self.rng), (4, 2, 3), "."), self.rng, 0.2)

    def bsn_be(self, lang: str) -> str:
        number = rijksregister(self.rng, *self._born(1948, 2005))
        plain = number.replace(".", "").replace("-", "")
        spaced = number.replace(".", " ").replace("-", " ")
        return self._one(number, number, plain, f"{plain[:6]}-{plain[6:9]}-{plain[9:]}", spaced)

    def bsn_ca(self, lang: str) -> str:
        number = social_insurance(self.rng)
        return self._one(chunk(number, (3, 3, 3)), chunk(number, (3, 3, 3), "-"), number)

    def bsn_nz(self, lang: str) -> str:
        number = ird_number(self.rng)
        return self._one(chunk(number, (3, 3, 3), "-"), chunk(number, (3, 3, 3)), number)

    def bsn_pl(self, lang: str) -> str:
        return pesel(self.rng, *self._born(1955, 2004))

    def bsn_ng(self, lang: str) -> str:
        number = nigerian_nin(self.rng)
        return self._one(number, chunk(number, (4, 3, 4)))

    def bsn_gh(self, lang: str) -> str:
        return ghana_card(self.rng)
