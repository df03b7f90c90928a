"""Account, card, citizen, postcode, address, plate and customer number slots of the held-out split test_v47."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers_v47_numbers import (
    ba_iban,
    be_bban,
    bsn,
    digits,
    iban,
    luhn,
    nl_account,
    plate_letters,
    read_digits,
    split_at,
    word_en,
    word_nl,
)

# Dutch side codes 1 to 14: L a plate letter, D a digit.
_SIDE_CODES = (
    "LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D",
    "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D",
)  # fmt: skip
_POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
_SPELLING_NL = {"B": "bé", "D": "dé", "F": "ef", "G": "gé", "H": "ha", "J": "jé", "K": "ka", "L": "el", "N": "en",
                "P": "pé", "R": "er", "S": "es", "T": "té", "V": "vé", "X": "iks", "Z": "zet"}  # fmt: skip


class CodesV47:
    """Mixed into `FillersV47` (which brings `rng` and `pick`)."""

    rng: random.Random

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    # ---- bank accounts
    def iban(self, lang: str) -> str:
        number = iban("NL", self.pick("bank") + nl_account(self.rng))
        spaced = split_at(number, (4, 4, 4, 4))
        return self._one(
            spaced, spaced, number, number.lower(), spaced.lower(), f"{number[:4]} {number[4:8]} {number[8:]}"
        )

    def iban_abroad(self, lang: str) -> str:
        country = self._one("BE", "BE", "PL", "BA", "AL", "BR", "DE")
        if country == "BE":
            number = iban("BE", be_bban(self.rng))
        elif country == "PL":
            number = iban("PL", digits(self.rng, 24, first_nonzero=True))
        elif country == "BA":
            number = ba_iban(self.rng)
        elif country == "AL":
            number = iban("AL", digits(self.rng, 8, first_nonzero=True) + digits(self.rng, 16))
        elif country == "BR":
            number = iban("BR", digits(self.rng, 23) + self._one("C", "P") + "1")
        else:
            number = iban("DE", digits(self.rng, 18, first_nonzero=True))
        return self._one(split_at(number, (4,) * 7), number)

    def iban_be(self, lang: str) -> str:
        number = iban("BE", be_bban(self.rng))
        return self._one(split_at(number, (4, 4, 4)), number, split_at(number, (4, 4, 4)).lower())

    def iban_spoken(self, lang: str) -> str:
        number = iban("NL", self.pick("bank") + nl_account(self.rng))
        check, bank, account = number[2:4], number[4:8], number[8:]
        said = (word_en if lang == "en" else word_nl)(int(check)) if check[0] != "0" else read_digits(check, lang)
        if lang == "en":
            return f"N L {said}, {' '.join(bank)}, {read_digits(account, 'en')}"
        return self._one(
            f"NL {said} {bank} {read_digits(account, 'nl')}",
            f"N-L-{check} {bank} {split_at(account, (3, 3, 4))}",
            f"NL{check}, {' '.join(bank)}, {read_digits(account[:4], 'nl')}... {read_digits(account[4:], 'nl')}",
        )

    # ---- citizen service number
    def bsn(self, lang: str) -> str:
        if self.rng.random() < 0.15:
            return bsn(self.rng, eight_digits=True)
        number = bsn(self.rng)
        return self._one(
            number,
            number,
            split_at(number, (3, 3)),
            split_at(number, (3, 3), "."),
            split_at(number, (4, 2), "."),
            split_at(number, (2, 2, 2)),
            split_at(number, (3, 3), "-"),
        )

    def bsn_spoken(self, lang: str) -> str:
        number = bsn(self.rng)
        return self._one(
            read_digits(number, lang), ", ".join(read_digits(part, lang) for part in split_at(number, (3, 3)).split())
        )

    # ---- postcode and address
    def _postcode_parts(self) -> tuple[str, str]:
        while True:
            letters = "".join(self.rng.choice(_POSTCODE_LETTERS) for _ in range(2))
            if letters not in ("SA", "SD", "SS"):
                return digits(self.rng, 4, first_nonzero=True), letters

    def postcode(self, lang: str) -> str:
        number, letters = self._postcode_parts()
        return self._one(
            f"{number} {letters}",
            f"{number}{letters}",
            f"{number} {letters.lower()}",
            f"{number}{letters.lower()}",
            f"{number}-{letters}",
            f"{number}  {letters}",
        )

    def postcode_spoken(self, lang: str) -> str:
        number, letters = self._postcode_parts()
        if lang == "en":
            return f"{read_digits(number, 'en')}, {letters[0]} {letters[1]}"
        return self._one(
            f"{word_nl(int(number[:2]))} {word_nl(int(number[2:]))} {letters[0]} {letters[1]}"
            if number[2] != "0"
            else f"{read_digits(number, 'nl')} {letters}",
            f"{read_digits(number, 'nl')}, {letters[0]}-{letters[1]}",
        )

    def _house_number(self) -> str:
        number = str(self.rng.randint(1, 260))
        extra = self._one("", "", "", "", "A", "a", "-2", " II", "-bis", " hs", "-1", " zw", " bv", "C", "/3")
        return number + extra

    def address(self, lang: str) -> str:
        return f"{self.pick('street_nl')} {self._house_number()}"

    def address_fy(self, lang: str) -> str:
        return f"{self.pick('street_fy')} {self.rng.randint(1, 90)}"

    def address_be(self, lang: str) -> str:
        street, number = self.pick("street_be"), self.rng.randint(1, 320)
        return self._one(
            f"{street} {number}",
            f"{street} {number} bus {self.rng.randint(1, 12)}",
            f"{street} {number}/{self.rng.randint(1, 4):02d}",
            f"{street} {number}B",
        )

    def address_en(self, lang: str) -> str:
        street, number = self.pick("street_en"), self.rng.randint(1, 180)
        return self._one(f"{number} {street}", f"Flat {self.rng.randint(1, 9)}, {number} {street}")

    def address_boat(self, lang: str) -> str:
        quay, number = self.pick("quay"), self.rng.randint(2, 300)
        return self._one(f"{quay} t/o {number}", f"{quay} ligplaats {number}", f"{quay} tegenover {number}")

    def address_upper(self, lang: str) -> str:
        return self.address(lang).upper()

    # ---- payment cards
    def _card_number(self) -> str:
        head = self._one("4", "4", "51", "53", "55", "2221", "2720")
        return luhn(head + digits(self.rng, 15 - len(head)))

    def card(self, lang: str) -> str:
        number = self._card_number()
        return self._one(
            split_at(number, (4, 4, 4)),
            number,
            split_at(number, (4, 4, 4), "-"),
            split_at(number, (4, 4, 4), "  "),
            split_at(number, (4, 4, 4), "."),
        )

    def card_amex(self, lang: str) -> str:
        number = luhn(self._one("34", "37") + digits(self.rng, 12))
        return self._one(split_at(number, (4, 6)), number)

    def card_spoken(self, lang: str) -> str:
        number = self._card_number()
        return ", ".join(read_digits(part, lang) for part in split_at(number, (4, 4, 4)).split())

    # ---- number plates
    def _plate(self) -> str:
        code = self.rng.choice(_SIDE_CODES)
        parts = [
            plate_letters(self.rng, len(part)) if part[0] == "L" else digits(self.rng, len(part))
            for part in code.split("-")
        ]
        return "-".join(parts)

    def plate(self, lang: str) -> str:
        plate = self._plate()
        return self._one(plate, plate, plate.replace("-", ""), plate.lower(), plate.replace("-", " "))

    def plate_be(self, lang: str) -> str:
        letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        number = digits(self.rng, 3)
        return self._one(
            f"1-{letters}-{number}", f"2-{letters}-{number}", f"1{letters}{number}", f"2 {letters} {number}"
        )

    def plate_de(self, lang: str) -> str:
        letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
        district = self._one("AC", "HS", "KLE", "BOR", "NOH", "EMS")
        return self._one(
            f"{district}-{letters} {digits(self.rng, 3, True)}", f"{district} {letters[0]} {digits(self.rng, 4, True)}"
        )

    def plate_spoken(self, lang: str) -> str:
        plate = self._plate()
        if lang == "en":
            return " ".join(word_en(int(c)) if c.isdigit() else c for c in plate if c != "-")
        words = [_SPELLING_NL[c] if c.isalpha() else word_nl(int(c)) for c in plate if c != "-"]
        return self._one(" ".join(words), " ".join(plate.replace("-", "")), plate.replace("-", " streepje "))

    # ---- customer, member, client and pass numbers
    def customer_number_club(self, lang: str) -> str:
        code = "".join(self.rng.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(4))
        return self._one(
            f"{code}{digits(self.rng, 2)}{self.rng.choice('ABCDEFGHKLMNPQRSTVWXYZ')}",
            f"L-{digits(self.rng, 6)}",
            digits(self.rng, 5, True),
        )

    def customer_number_pet(self, lang: str) -> str:
        return self._one(
            f"DV-{digits(self.rng, 4)}-{digits(self.rng, 4)}",
            f"PET{digits(self.rng, 7)}",
            f"HK {digits(self.rng, 3)} {digits(self.rng, 3)} {digits(self.rng, 3)}",
        )

    def customer_number_wmo(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 7, True),
            f"W-{digits(self.rng, 7)}",
            f"WMO/{self._one('2023', '2024', '2025')}/{digits(self.rng, 6)}",
            f"cl{digits(self.rng, 6)}",
        )

    def customer_number_social(self, lang: str) -> str:
        return self._one(f"K-{digits(self.rng, 7)}", f"SZW{digits(self.rng, 6)}", digits(self.rng, 8, True))

    def customer_number_youth(self, lang: str) -> str:
        return self._one(f"JZ-{self._one('2024', '2025', '2026')}-{digits(self.rng, 6)}", f"D{digits(self.rng, 8)}")

    def customer_number_taxi(self, lang: str) -> str:
        return self._one(
            f"RT {digits(self.rng, 4)} {digits(self.rng, 3)} {digits(self.rng, 2)}",
            f"RT-{digits(self.rng, 7)}",
            f"{digits(self.rng, 6, True)}",
        )

    def customer_number_valys(self, lang: str) -> str:
        return self._one(f"V{digits(self.rng, 8)}", f"VA {digits(self.rng, 4)} {digits(self.rng, 4)}")

    def customer_number_student(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 6, True), f"LL{digits(self.rng, 5)}", f"{digits(self.rng, 3, True)}-{digits(self.rng, 3)}"
        )

    def customer_number_ov(self, lang: str) -> str:
        number = "3528" + digits(self.rng, 12)
        return self._one(split_at(number, (4, 4, 4)), number)

    def customer_number_market(self, lang: str) -> str:
        return self._one(f"WS-{digits(self.rng, 8)}", f"u{digits(self.rng, 9)}", f"PRO-{digits(self.rng, 5)}-NL")

    def customer_number_loyalty(self, lang: str) -> str:
        number = "29" + digits(self.rng, 11)
        return self._one(split_at(number, (4, 4, 4)), number)

    def customer_number_kitchen(self, lang: str) -> str:
        return self._one(f"KL{digits(self.rng, 6)}", f"{digits(self.rng, 5, True)}/{self._one('K', 'B', 'KB')}")

    def customer_number_spoken(self, lang: str) -> str:
        return read_digits(digits(self.rng, self.rng.randint(6, 8), True), lang)
