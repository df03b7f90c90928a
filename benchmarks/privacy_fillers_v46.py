"""Fillers of the held-out split test_v46 (seed 227): customers of energy suppliers, phone shops, marketplaces,
holiday parks, airport car rental, student housing, embassies, language schools and maternity care, from the
Achterhoek and Zaanstreek to Ghent, Kyiv, Seoul and Houston. Every value is the exact labelled span."""

from __future__ import annotations

from benchmarks.privacy_fillers_v46_numbers import (
    MONTHS,
    belgian_bban,
    chunk,
    digits,
    eleven_test,
    iban,
    luhn,
    ordinal,
    say_digits,
    spanish_bban,
    word,
    year_words,
)
from benchmarks.privacy_fillers_v46_people import PeopleV46

# Dutch licence plates: each side code as its three groups, L = letter, N = digit.
_SIDE_CODES = (
    ("LL", "NN", "NN"), ("NN", "NN", "LL"), ("NN", "LL", "NN"), ("LL", "NN", "LL"), ("LL", "LL", "NN"),
    ("NN", "LL", "LL"), ("NN", "LLL", "N"), ("N", "LLL", "NN"), ("LL", "NNN", "L"), ("L", "NNN", "LL"),
    ("LLL", "NN", "L"), ("L", "NN", "LLL"), ("N", "LL", "NNN"), ("NNN", "LL", "N"),
)  # fmt: skip
_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
_POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
# The Dutch spelling alphabet as callers use it ('B van Bernard').
_SPELLING = "Anton Bernard Cornelis Dirk Eduard Gerard Hendrik Johan Karel Lodewijk Maria Nico Pieter Rudolf Simon "
_SPELL_NL = dict(zip(_POSTCODE_LETTERS, (_SPELLING + "Teunis Victor Willem Xantippe Zacharias").split(), strict=True))


class FillersV46(PeopleV46):
    """One method per upper-case slot of the test_v46 templates (slot NAME_FULL -> name_full)."""

    # ---------------------------------------------------------------- bank and card
    def _nl_iban(self) -> str:
        return iban("NL", self.pick("bank") + digits(self.rng, 10))

    def iban(self, lang: str) -> str:
        value = self._nl_iban()
        return self._one(value, chunk(value, (4,)), chunk(value, (4,)), value.lower(), chunk(value, (4,), "-"))

    def iban_foreign(self, lang: str) -> str:
        value = self._one(
            iban("BE", belgian_bban(self.rng)), iban("BE", belgian_bban(self.rng)),
            iban("DE", digits(self.rng, 8, True) + digits(self.rng, 10)), iban("ES", spanish_bban(self.rng)),
            iban("UA", "3" + digits(self.rng, 5) + "0000" + digits(self.rng, 15, True)),
        )  # fmt: skip
        return self._one(value, chunk(value, (4,)))

    def iban_spoken(self, lang: str) -> str:
        """'N L vierenvijftig R A B O nul drie ...': letters one by one, check digits as a number."""
        value = self._nl_iban()
        check = word(int(value[2:4]), lang)
        return " ".join([*value[:2], check, *value[4:8], say_digits(value[8:], lang, self.rng)])

    def card(self, lang: str) -> str:
        kind = self._one("visa", "visa", "mc", "mc", "amex", "discover")
        if kind == "amex":
            number = luhn(self._one("34", "37") + digits(self.rng, 12))
            return self._one(number, chunk(number, (4, 6, 5)), chunk(number, (4, 6, 5), "-"))
        start = {"visa": "4", "mc": self._one("51", "53", "55", "2221", "2720"), "discover": "6011"}[kind]
        number = luhn(start + digits(self.rng, 15 - len(start)))
        return self._one(number, chunk(number, (4,)), chunk(number, (4,), "-"), chunk(number, (4,), "."))

    # ---------------------------------------------------------------- BSN
    def bsn(self, lang: str) -> str:
        value = eleven_test(self.rng)
        return self._one(value, value, chunk(value, (3,)), chunk(value, (4, 2, 3), "."), chunk(value, (3,), "-"))

    def bsn_spoken(self, lang: str) -> str:
        value = eleven_test(self.rng)
        return ", ".join(say_digits(part, lang, self.rng) for part in chunk(value, (3,)).split())

    # ---------------------------------------------------------------- postcode and address
    def _postcode(self) -> tuple[str, str]:
        while True:
            letters = "".join(self.rng.choice(_POSTCODE_LETTERS) for _ in range(2))
            if letters not in ("SA", "SD", "SS"):
                return str(self.rng.randint(1011, 9999)), letters

    def postcode(self, lang: str) -> str:
        number, letters = self._postcode()
        return self._one(
            f"{number} {letters}", f"{number}{letters}", f"{number} {letters.lower()}", f"{number}-{letters}",
            f"{number}{letters.lower()}", f"{number} {letters}",
        )  # fmt: skip

    def postcode_spoken(self, lang: str) -> str:
        number, letters = self._postcode()
        said = say_digits(number, lang, self.rng, pairs=self.rng.random() < 0.6)
        if lang == "nl" and self.rng.random() < 0.5:
            return said + " " + " ".join(f"{char} van {_SPELL_NL[char]}" for char in letters)
        return f"{said} {' '.join(letters)}"

    def _house(self) -> str:
        return str(self.rng.randint(1, 260)) + self._one("", "", "", "", "a", "-B", " II", "-3", " zw", "A", " rood")

    def address(self, lang: str) -> str:
        return f"{self.pick('street_nl')} {self._house()}"

    def address_upper(self, lang: str) -> str:
        return self.address(lang).upper()

    def address_be(self, lang: str) -> str:
        box = self._one("", "", f" bus {self.rng.randint(1, 24)}", f"/{self.rng.randint(1, 9):02d}")
        return f"{self.pick('street_be')} {self.rng.randint(1, 330)}{box}"

    def address_abroad(self, lang: str) -> str:
        return self.pick("street_abroad").replace("{n}", str(self.rng.randint(2, 240)))

    def address_student(self, lang: str) -> str:
        street, block, room = self.pick("street_student"), self.rng.randint(1, 1300), self.rng.randint(1, 40)
        return self._one(f"{street} {block}-{room:02d}", f"{street} {block} kamer {room}", f"{street} {block}K{room}")

    # ---------------------------------------------------------------- dates of birth
    def _birthday(self, first: int, last: int) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(first, last)

    def dob(self, lang: str) -> str:
        day, month, year = self._birthday(1938, 2006)
        name = MONTHS["en" if lang == "en" else "nl"][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}", f"{day}-{month}-{year}", f"{day:02d}.{month:02d}.{year}",
            f"{day:02d}/{month:02d}/{year}", f"{day} {name} {year}", f"{day} {name[:3].lower()}. {year}",
            f"{day:02d}-{month:02d}-'{year % 100:02d}", f"{day:02d}{month:02d}{year % 100:02d}",
        )  # fmt: skip

    def dob_iso(self, lang: str) -> str:
        day, month, year = self._birthday(1945, 2005)
        return f"{year}-{month:02d}-{day:02d}"

    def dob_us(self, lang: str) -> str:
        day, month, year = self._birthday(1950, 2004)
        return self._one(
            f"{month:02d}/{day:02d}/{year}", f"{MONTHS['en'][month - 1]} {day}, {year}", f"{month}/{day}/{year}"
        )

    def dob_words(self, lang: str) -> str:
        day, month, year = self._birthday(1940, 2005)
        name = MONTHS[lang][month - 1]
        if lang == "nl":
            return self._one(
                f"{word(day, 'nl')} {name} {year_words(year, 'nl')}", f"{ordinal(day, 'nl')} {name} {year}",
                f"{day} {name} {year_words(year, 'nl', short=False)}",
            )  # fmt: skip
        return self._one(
            f"the {ordinal(day, 'en')} of {name} {year_words(year, 'en')}", f"{name} {ordinal(day, 'en')}, {year}"
        )

    def dob_baby(self, lang: str) -> str:
        day, month, year = self._birthday(2024, 2025)
        return self._one(
            f"{day:02d}-{month:02d}-{year}", f"{day} {MONTHS[lang][month - 1]} {year}", f"{day}/{month}/{year}"
        )

    # ---------------------------------------------------------------- licence plates
    def plate(self, lang: str) -> str:
        groups = [
            "".join(self.rng.choice(_PLATE_LETTERS) if c == "L" else self.rng.choice("0123456789") for c in part)
            for part in self.rng.choice(_SIDE_CODES)
        ]
        value = "-".join(groups)
        return self._one(value, value, value, value.replace("-", ""), value.lower(), " ".join(groups))

    def plate_be(self, lang: str) -> str:
        letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        value = f"{self.rng.randint(1, 2)}-{letters}-{digits(self.rng, 3)}"
        return self._one(value, value.replace("-", ""), value.replace("-", " "))

    # ---------------------------------------------------------------- customer and account numbers
    def customer_number(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 8, True), f"KL{digits(self.rng, 7)}", f"{digits(self.rng, 3, True)}-{digits(self.rng, 5)}",
            f"CID {digits(self.rng, 6, True)}", chunk(digits(self.rng, 9, True), (3,), "."),
        )  # fmt: skip

    def customer_number_energy(self, lang: str) -> str:
        return self._one(
            f"E{digits(self.rng, 9)}", f"{digits(self.rng, 2, True)}/{digits(self.rng, 6)}",
            f"KLT-{digits(self.rng, 4)}-{digits(self.rng, 4)}", digits(self.rng, 10, True),
        )  # fmt: skip

    def customer_number_telecom(self, lang: str) -> str:
        return self._one(
            f"1.{digits(self.rng, 8)}", f"MOB{digits(self.rng, 8)}", f"ACC-{digits(self.rng, 7)}",
            f"{digits(self.rng, 4, True)} {digits(self.rng, 4)}",
        )  # fmt: skip

    def customer_number_member(self, lang: str) -> str:
        """Loyalty and member numbers of holiday parks, language schools and rental clubs."""
        return self._one(
            f"LID{digits(self.rng, 6)}", f"{digits(self.rng, 3, True)} {digits(self.rng, 3)} {digits(self.rng, 3)}",
            f"GC-{digits(self.rng, 8)}", f"M{digits(self.rng, 5)}-NL",
        )  # fmt: skip

    def customer_number_tenant(self, lang: str) -> str:
        return self._one(
            f"H{digits(self.rng, 7)}", f"{digits(self.rng, 6, True)}-{digits(self.rng, 1)}", f"SH{digits(self.rng, 5)}"
        )

    def customer_number_spoken(self, lang: str) -> str:
        return say_digits(digits(self.rng, 8, True), lang, self.rng, pairs=self.rng.random() < 0.4)
