"""Values for the `test_v34` slots: driving-school pupils, funeral policies, parking permits, meal clients, donors
and orthodontic patients, with Flemish and German-border variants. Written from scratch by someone who never saw
the redaction rules; only the `Fillers` interface is shared with the other splits."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v34_contact import SPOKEN, ContactV34
from benchmarks.privacy_fillers_v34_numbers import (
    be_plate,
    bsn_number,
    de_plate,
    digits,
    grouped,
    luhn,
    nl_plate,
    not_bsn,
)
from benchmarks.privacy_fillers_v34_pools import POOLS_V34

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}


class FillersV34(ContactV34, Fillers):
    def __init__(self, split: str, rng: random.Random) -> None:
        self.split, self.rng, self.pool = split, rng, POOLS_V34
        self.held_out = True

    def one(self, *options: str) -> str:
        return self.rng.choice(options)

    # NAME -------------------------------------------------------------------------------------------------
    def _surname(self) -> str:
        return self.pick(self.one("surname_nl", "surname_particle", "surname_nl", "surname_mix"))

    def name_full(self, lang: str) -> str:
        first = self.pick(self.one("first_nl", "first_nl", "first_mix", "first_old"))
        return f"{first} {self._surname()}"

    def name_old(self, lang: str) -> str:
        return f"{self.pick('first_old')} {self._surname()}"

    def name_first(self, lang: str) -> str:
        return self.pick(self.one("first_nl", "first_mix", "first_be", "first_en"))

    def name_child(self, lang: str) -> str:
        return self.pick("first_child")

    def name_child_full(self, lang: str) -> str:
        return f"{self.pick('first_child')} {self._surname()}"

    def name_surname(self, lang: str) -> str:
        surname = self._surname()
        return surname[0].upper() + surname[1:] if self.rng.random() < 0.4 else surname

    def name_initials(self, lang: str) -> str:
        letters = "".join(self.rng.choice("ABCDEFGHJKLMPRSTW") for _ in range(self.rng.randint(1, 3)))
        style = self.rng.randint(0, 3)
        initials = (
            ".".join(letters) + "."
            if style == 0
            else letters
            if style == 1
            else " ".join(c + "." for c in letters)
            if style == 2
            else ".".join(letters)
        )
        return f"{initials} {self._surname()}"

    def name_married(self, lang: str) -> str:
        first = self.pick(self.one("first_nl", "first_old"))
        own, partner = self.pick("surname_nl"), self.pick(self.one("surname_particle", "surname_nl", "surname_mix"))
        return self.one(f"{first} {partner}-{own}", f"{first} {own}-{partner}", f"{partner}-{own}")

    def name_register(self, lang: str) -> str:
        full = self.pick("surname_particle")
        parts = full.split()
        particle, core = " ".join(parts[:-1]), parts[-1]
        first = self.pick(self.one("first_nl", "first_old"))
        initials = ".".join(self.rng.choice("ABCDEGHJKMPTW") for _ in range(2)) + "."
        return self.one(f"{core}, {first} {particle}", f"{core}, {initials} {particle}", f"{core} {particle}, {first}")

    def name_be(self, lang: str) -> str:
        return f"{self.pick('first_be')} {self.pick('surname_be')}"

    def name_de(self, lang: str) -> str:
        return f"{self.pick('first_de')} {self.pick('surname_de')}"

    def name_en(self, lang: str) -> str:
        return f"{self.pick('first_en')} {self.pick(self.one('surname_en', 'surname_mix', 'surname_particle'))}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_upper(self, lang: str) -> str:
        return self.one(self.name_full(lang), self.name_be(lang), self.name_old(lang)).upper()

    # BSN --------------------------------------------------------------------------------------------------
    def bsn(self, lang: str) -> str:
        bsn = bsn_number(self.rng)
        return self.one(
            bsn,
            grouped(bsn, [3, 3, 3]),
            grouped(bsn, [4, 2, 3], "."),
            grouped(bsn, [3, 3, 3], "-"),
            grouped(bsn, [2, 3, 4]),
        )

    def bsn_ocr(self, lang: str) -> str:
        bsn = bsn_number(self.rng)
        return self.one(" ".join(bsn), grouped(bsn, [2, 2, 2, 3]), grouped(bsn, [3, 3, 3], " . "))

    def bsn_spoken(self, lang: str) -> str:
        return " ".join(SPOKEN[lang][int(c)] for c in bsn_number(self.rng))

    # POSTCODE / ADDRESS -----------------------------------------------------------------------------------
    def postcode(self, lang: str) -> str:
        number, letters = self.rng.randint(1011, 9998), "".join(self.rng.choice("ABEGHJKLMNPRSTVWXZ") for _ in "ab")
        return self.one(
            f"{number} {letters}", f"{number}{letters}", f"{number} {letters.lower()}", f"{number}{letters.lower()}",
            f"{number}-{letters}", f"{number}  {letters}",
        )  # fmt: skip

    def postcode_be(self, lang: str) -> str:
        return self.one("", "B-", "B ") + str(self.rng.randint(1000, 9992))

    def postcode_de(self, lang: str) -> str:
        return self.one("", "D-") + self.one("48599", "46397", "47533", "48529", "46446", "52062", "46325")

    def address(self, lang: str) -> str:
        number = self.rng.randint(1, 312)
        addition = self.one("", "", "", "a", "B", "-2", " hs", " bis", "-III", " zw", "A01", " t/o")
        street = self.pick("street_nl")
        return self.one(f"{street} {number}{addition}", f"{street} {number}{addition}", f"{street.lower()} {number}")

    def address_be(self, lang: str) -> str:
        number = self.rng.randint(1, 240)
        return self.one(
            f"{self.pick('street_be')} {number}", f"{self.pick('street_be')} {number} bus {self.rng.randint(1, 12)}"
        )

    def address_de(self, lang: str) -> str:
        return f"{self.pick('street_de')} {self.rng.randint(1, 120)}{self.one('', '', 'a', 'b')}"

    def address_en(self, lang: str) -> str:
        return self.one(f"{self.rng.randint(1, 99)} {self.pick('street_en')}", f"Flat {self.rng.randint(1, 9)}, "
                        f"{self.rng.randint(1, 99)} {self.pick('street_en')}")  # fmt: skip

    # CARD -------------------------------------------------------------------------------------------------
    def card(self, lang: str) -> str:
        start = self.one("4", "4", "51", "53", "55", "2221", "2720")
        number = luhn(start + digits(self.rng, 15 - len(start)))
        return self.one(grouped(number, [4] * 4), grouped(number, [4] * 4, "-"), number, grouped(number, [4] * 4, "  "))

    def card_amex(self, lang: str) -> str:
        number = luhn(self.one("34", "37") + digits(self.rng, 12))
        return self.one(grouped(number, [4, 6, 5]), number)

    # DOB --------------------------------------------------------------------------------------------------
    def _date(self, lang: str, first: int, last: int) -> str:
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(first, last)
        name = MONTHS[lang or "nl"][month - 1]
        options = [f"{day:02d}-{month:02d}-{year}", f"{day}-{month}-{year}", f"{day} {name} {year}",
                   f"{day:02d}.{month:02d}.{year}", f"{day}/{month}/{year}", f"{day} {name[:3]}. {year}"]  # fmt: skip
        if lang == "en":
            options += [f"{name} {day}, {year}", f"{day} {name} {year}", f"{year}-{month:02d}-{day:02d}"]
        return self.rng.choice(options)

    def dob(self, lang: str) -> str:
        return self._date(lang, 1948, 2004)

    def dob_child(self, lang: str) -> str:
        return self._date(lang, 2008, 2017)

    def dob_pupil(self, lang: str) -> str:
        return self._date(lang, 2006, 2009)

    def dob_old(self, lang: str) -> str:
        return self._date(lang, 1926, 1950)

    # PLATE ------------------------------------------------------------------------------------------------
    def plate(self, lang: str) -> str:
        plate = nl_plate(self.rng)
        return self.one(plate, plate, plate.replace("-", ""), plate.lower(), plate.replace("-", " "))

    def plate_be(self, lang: str) -> str:
        plate = be_plate(self.rng)
        return self.one(plate, plate.replace("-", ""), plate.replace("-", " "), plate[2:])

    def plate_de(self, lang: str) -> str:
        plate = de_plate(self.rng)
        return self.one(plate, plate.replace("-", " "), plate.replace(" ", ""))

    # CUSTOMER_NUMBER --------------------------------------------------------------------------------------
    def customer_number(self, lang: str) -> str:
        return self.one(digits(self.rng, 7), f"K{digits(self.rng, 6)}", f"{digits(self.rng, 3)}-{digits(self.rng, 4)}")

    def customer_number_policy(self, lang: str) -> str:
        dotted = f"{digits(self.rng, 2)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}"
        return self.one(f"UV-{digits(self.rng, 7)}", dotted, f"POL {digits(self.rng, 4)} {digits(self.rng, 4)}")

    def customer_number_pupil(self, lang: str) -> str:
        return self.one(
            f"L{digits(self.rng, 5)}",
            f"RS-{digits(self.rng, 4)}",
            f"{self.rng.randint(2023, 2026)}-{digits(self.rng, 3)}",
        )

    def customer_number_client(self, lang: str) -> str:
        return self.one(f"CL{digits(self.rng, 6)}", f"{digits(self.rng, 6)}", f"MA-{digits(self.rng, 5)}-T")

    def customer_number_donor(self, lang: str) -> str:
        return self.one(f"D-{digits(self.rng, 7)}", f"donor{digits(self.rng, 6)}", f"{digits(self.rng, 8)}")

    def customer_number_patient(self, lang: str) -> str:
        return self.one(f"P{digits(self.rng, 6)}", f"{digits(self.rng, 5)}", f"ORT-{digits(self.rng, 5)}")

    def customer_number_insured(self, lang: str) -> str:
        number = not_bsn(self.rng)
        return self.one(number, grouped(number, [3, 3, 3]))
