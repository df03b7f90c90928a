"""National numbers (BSN, Turkish kimlik, Australian TFN, MyKad, Belgian register, Moroccan CIN), licence plates
(Dutch side codes, Belgian, Turkish, Moroccan, Australian, Trinidadian and Malaysian), postcodes of Drenthe, Brabant,
Flemish Brabant and the countries abroad, street addresses from Drenthe farm roads to Malaysian tamans, payment cards,
and the personal numbers of test_v116: swimming pupils, garden maintenance contracts, bicycle policies, student loan
accounts (DUO, the UK's Student Loans Company, Australia's Centrelink, Malaysia's PTPTN), care home clients and
waiting-list registrations, removal customers, pharmacy patients, mobile subscribers, campers and charity donors
(mixed into `FillersV116`)."""

from __future__ import annotations

import re

from benchmarks.privacy_fillers_v116_numbers import (
    SpokenV116,
    belgian_register,
    bsn,
    luhn,
    moroccan_cin,
    mykad,
    say_digits,
    split_up,
    tax_file_number,
    tc_kimlik,
)

_NL_LETTERS = "BDFGHJKLNPRSTVXZ"
_NL_SIDES = ("XX-99-XX", "99-XXX-9", "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999",
             "999-XX-9", "99-XX-XX")  # fmt: skip
_LATIN = "ABCDEFGHJKLMNPRSTUVWXYZ"
_TR_LETTERS = "ABCDEFGHJKLMNPRSTUVYZ"
_MA_LETTERS = ("أ", "ب", "د", "ه", "و", "A", "B", "D", "H", "W")
_MY_STATES = ("W", "V", "B", "J", "P", "A", "N", "M", "K", "S", "Q")
# Personal numbers, ";" between layouts: {9} is that many digits, {A} a capital letter, {yy} a recent year's last two
# digits. A number here belongs to one person's contract, policy, loan, file or membership; order, ticket, tracking,
# parcel and case numbers are no one's and appear only in the clean sentences.
_ACCOUNTS = {
    "pupil": "ZW-{5};{6};L{5};{2}-{4}",
    "garden": "OC-{yy}-{4};HOV{5};{4}/{3};TC{6}",
    "policy": "FV-{8};{2}.{3}.{3};POL{7};{3}-{6}-{2}",
    "duo": "{7};{8};D{6}",
    "slc": "{11};{4} {4} {3}",
    "crn": "{3} {3} {3}{A};{9}{A}",
    "ptptn": "{2}-{8};A{9};{10}",
    "client": "{7};CL-{6};{2}.{5}",
    "waitlist": "WL{5};W-{yy}-{4};{6}",
    "agedcare": "AC{8};AC-{8}",
    "move": "VH-{5};K{6};{5}-{2};VHB{4}",
    "patient": "{6};P-{5};{8};AP{5}",
    "sim": "{9};MOB-{7};1.{8};{3} {3} {3}",
    "camp": "G{5};{6};CC-{7};{9}",
    "donor": "D-{6};{7};DON{6};{4}.{3}",
    "": "{7};{8};K{6};{3} {4}",
}


class CodesV116(SpokenV116):
    """PLATE*, POSTCODE*, ADDRESS*, CARD* and CUSTOMER_NUMBER_*, on top of the dates of birth and spoken forms."""

    def _letters(self, count: int, alphabet: str = _LATIN) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(count))

    # ---- personal numbers
    def _account(self, kind: str) -> str:
        layout = self.rng.choice(_ACCOUNTS[kind].split(";"))

        def fill(match: re.Match[str]) -> str:
            key = match.group(1)
            if key == "A":
                return self._letters(1)
            if key == "yy":
                return str(self.rng.randint(19, 25))
            return self._d(int(key), self.rng.choice("123456789"))

        return re.sub(r"\{(\w+)\}", fill, layout)

    def customer_number(self, lang: str) -> str:
        return self._account("")

    # ---- licence plates
    def plate(self, lang: str) -> str:
        shape = self.rng.choice(_NL_SIDES)
        plate = "".join(self.rng.choice(_NL_LETTERS) if c == "X" else self._d(1) if c == "9" else c for c in shape)
        return self._one(plate, plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    def plate_be(self, lang: str) -> str:
        plate = f"{self.rng.randint(1, 2)}-{self._letters(3)}-{self._d(3)}"
        return self._one(plate, plate.replace("-", ""), plate.replace("-", " "), plate.lower())

    def plate_tr(self, lang: str) -> str:
        city = self._one("34", "06", "35", "16", "42", "07", "38", "55", "61", "01")
        letters = self._letters(self.rng.choice((1, 2, 3)), _TR_LETTERS)
        number = self._d({1: 4, 2: self.rng.choice((3, 4)), 3: self.rng.choice((2, 3))}[len(letters)], "1")
        return self._one(f"{city} {letters} {number}", f"{city}{letters}{number}", f"{city}-{letters}-{number}")

    def plate_ma(self, lang: str) -> str:
        number, letter = self._d(5, self._one("1", "2", "3", "4", "5")), self.rng.choice(_MA_LETTERS)
        region = str(self.rng.randint(1, 89))
        return self._one(
            f"{number}-{letter}-{region}", f"{number} | {letter} | {region}", f"{number} {letter} {region}"
        )

    def plate_au(self, lang: str) -> str:
        return self._one(
            f"{self._letters(3)}{self._d(3)}",
            f"{self._d(1, '1')}{self._letters(2)} {self._d(1)}{self._letters(2)}",
            f"{self._letters(2)} {self._d(2)} {self._letters(2)}",
            f"{self._d(3, '1')}{self._letters(3)}",
            f"{self._letters(3)}-{self._d(3)}",
        )

    def plate_tt(self, lang: str) -> str:
        plate = f"P{self._letters(2, 'BCDEFGHJKL')} {self._d(4, self._one('1', '2', '3', '4', '5', '6', '7', '8'))}"
        return self._one(plate, plate, plate.replace(" ", ""), plate.replace(" ", "-"))

    def plate_my(self, lang: str) -> str:
        prefix = self.rng.choice(_MY_STATES) + self._letters(self.rng.choice((1, 2)), "ABCDEFGHJKLMNPQRSTUVWXY")
        plate = f"{prefix} {self._d(self.rng.choice((3, 4)), self._one('1', '2', '3', '5', '7', '8', '9'))}"
        return self._one(plate, plate, plate.replace(" ", ""), plate.lower())

    # ---- postcodes
    def _nl_code(self, number: int) -> str:
        letters = self._letters(2, "ABCDEGHJKLMNPRTVWXZ")
        return self._one(
            f"{number} {letters}", f"{number}{letters}", f"{number} {letters.lower()}", f"{number}{letters.lower()}",
            f"{number} {letters}", f"{number}-{letters}",
        )  # fmt: skip

    def postcode(self, lang: str) -> str:
        return self._nl_code(self.rng.randint(1011, 9999))

    def postcode_dr(self, lang: str) -> str:
        return self._nl_code(self.rng.choice((self.rng.randint(7811, 7991), self.rng.randint(9401, 9539))))

    def postcode_br(self, lang: str) -> str:
        return self._nl_code(self.rng.choice((self.rng.randint(4811, 4941), self.rng.randint(5011, 5761))))

    def postcode_be(self, lang: str) -> str:
        return str(self.rng.choice((3000, 3001, 3010, 3012, 3018, 3020, 3060, 3070, 3080, 3110, 3200, 3300, 1930)))

    def postcode_au(self, lang: str) -> str:
        return str(self.rng.choice((self.rng.randint(3000, 3207), self.rng.randint(3211, 3228), 3350, 3550, 3199)))

    def postcode_my(self, lang: str) -> str:
        return str(self.rng.choice((47301, 47400, 50450, 53300, 60000, 11900, 81200, 40150, 56000, 10450, 31400)))

    def postcode_tr(self, lang: str) -> str:
        return f"35{self.rng.randint(500, 599)}"  # Karşıyaka, İzmir

    def postcode_ma(self, lang: str) -> str:
        return str(self.rng.choice((20250, 20000, 62000, 90000, 10000, 30050, 60000, 93000, 20450, 62550)))

    def postcode_tt(self, lang: str) -> str:
        return str(self.rng.choice((500231, 520326, 600105, 190114, 640210, 700415, 120512)))

    # ---- street addresses
    def _house(self) -> str:
        number = str(self.rng.choice((self.rng.randint(1, 40), self.rng.randint(1, 40), self.rng.randint(41, 260))))
        return number + self._one("", "", "", "", "a", "A", "-B", " b", "-1", " II", " hs", "-H")

    def address(self, lang: str) -> str:
        return f"{self.pick('street_nl')} {self._house()}"

    def address_dr(self, lang: str) -> str:
        return f"{self.pick('street_dr')} {self._house()}"

    def address_br(self, lang: str) -> str:
        return f"{self.pick('street_br')} {self._house()}"

    def address_lower(self, lang: str) -> str:
        return self._one(self.address_dr, self.address_br, self.address)(lang).lower()

    def address_be(self, lang: str) -> str:
        number = str(self.rng.randint(1, 180))
        tail = self._one(
            "", "", f" bus {self.rng.randint(1, 12)}", f"/{self.rng.randint(1, 3)}0{self.rng.randint(1, 9)}"
        )
        return f"{self.pick('street_vl')} {number}{tail}"

    def address_au(self, lang: str) -> str:
        street = self.pick("street_au")
        street = self._one(street, street, street.replace(" Street", " St").replace(" Road", " Rd"))
        number = str(self.rng.randint(2, 190))
        return self._one(
            f"{number} {street}", f"Unit {self.rng.randint(1, 14)}/{number} {street}",
            f"{self.rng.randint(1, 9)}/{number} {street}", f"{number} {street}",
        )  # fmt: skip

    def address_tt(self, lang: str) -> str:
        street, number = self.pick("street_tt"), self.rng.randint(2, 120)
        return self._one(f"#{number} {street}", f"LP {number} {street}", f"{number} {street}", f"No. {number} {street}")

    def address_my(self, lang: str) -> str:
        street, number = self.pick("street_my"), self.rng.randint(1, 88)
        return self._one(
            f"No. {number}, {street}", f"{number}, {street}", f"No {number} {street}, {self.pick('taman')}",
            f"{number}-{self.rng.randint(1, 9)}-{self.rng.randint(1, 12)}, {street}",
        )  # fmt: skip

    def address_tr(self, lang: str) -> str:
        street, number, flat = self.pick("street_tr"), self.rng.randint(1, 140), self.rng.randint(1, 16)
        short = street.replace(" Caddesi", " Cad.").replace(" Sokak", " Sk.").replace(" Bulvarı", " Blv.")
        return self._one(f"{street} No: {number} D: {flat}", f"{short} No:{number}/{flat}", f"{short} No {number}")

    def address_ma(self, lang: str) -> str:
        street, number = self.pick("street_ma"), self.rng.randint(1, 160)
        return self._one(
            f"{street} N° {number}", f"{number}, {street}", f"{street}, Imm. {number} Appt {self.rng.randint(1, 20)}"
        )

    # ---- payment cards
    def _card_digits(self) -> str:
        head = self._one("4", "4", "4", "51", "53", "55", "2221", "2720", "37", "34")
        length = 15 if head in ("37", "34") else 16
        return luhn(head + self._d(length - 1 - len(head)))

    def card(self, lang: str) -> str:
        number = self._card_digits()
        if len(number) == 15:
            return self._one(split_up(number, (4, 6, 5)), number, split_up(number, (4, 6, 5), "-"))
        fours = (4, 4, 4, 4)
        return self._one(split_up(number, fours), number, split_up(number, fours, "-"), split_up(number, fours, "  "))

    def card_spoken(self, lang: str) -> str:
        """Read out in fours, as a voice note's transcript writes it: words, or digits with the pauses as commas."""
        number = self._card_digits()
        groups = split_up(number, (4, 6, 5) if len(number) == 15 else (4, 4, 4, 4)).split()
        words = ", ".join(say_digits(group, "en" if lang == "en" else "nl") for group in groups)
        return self._one(words, ", ".join(groups), " ".join(groups))

    # ---- national numbers
    def bsn(self, lang: str) -> str:
        number = bsn(self.rng)
        return self._one(number, number, split_up(number, (3, 3, 3)), split_up(number, (3, 3, 3), "."),
                         split_up(number, (4, 2, 3), "."), split_up(number, (2, 2, 2, 3)))  # fmt: skip

    def bsn_tr(self, lang: str) -> str:
        number = tc_kimlik(self.rng)
        return self._one(number, number, split_up(number, (3, 3, 3, 2)))

    def bsn_au(self, lang: str) -> str:
        number = tax_file_number(self.rng)
        return self._one(split_up(number, (3, 3, 3)), number, split_up(number, (3, 3, 3), "-"))

    def bsn_my(self, lang: str) -> str:
        day, month, year = self._birth(1962, 2003)
        card = mykad(self.rng, year, month, day)
        return self._one(card, card, card.replace("-", ""), card.replace("-", " "))

    def bsn_be(self, lang: str) -> str:
        day, month, year = self._birth(1945, 2005)
        number = belgian_register(self.rng, year, month, day)
        digits_only, spaced = "".join(c for c in number if c.isdigit()), number.replace(".", " ").replace("-", " ")
        return self._one(number, number, digits_only, spaced)

    def bsn_ma(self, lang: str) -> str:
        return moroccan_cin(self.rng)

    def bsn_my_elder(self, lang: str) -> str:
        day, month, year = self._birth(1936, 1946)
        return mykad(self.rng, year, month, day)
