"""Dates of birth, licence plates and customer, card and membership numbers of test_v41's fillers (a mixin of
`FillersV41`), written from scratch."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers_v41_numbers import (
    AIRLINE_MONTHS,
    MONTHS,
    SAID_DIGIT,
    cut,
    digit_string,
    say_digits,
    year_words,
)

_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
# Dutch side codes 1 to 14, 'a' a letter and 'n' a digit; the newer ones (7 to 14) twice as likely.
_NL_SIDES = (
    "aa-nn-nn", "nn-nn-aa", "nn-aa-nn", "aa-nn-aa", "aa-aa-nn", "nn-aa-aa",
    "nn-aaa-n", "n-aaa-nn", "aa-nnn-a", "a-nnn-aa", "aaa-nn-a", "a-nn-aaa", "n-aa-nnn", "nnn-aa-n",
    "nn-aaa-n", "n-aaa-nn", "aa-nnn-a", "a-nnn-aa", "aaa-nn-a", "a-nn-aaa", "n-aa-nnn", "nnn-aa-n",
)  # fmt: skip


class DatesAndCodesV41:
    """Slots DOB*, PLATE*, CUSTOMER_NUMBER*; also the small random helpers the other fillers use."""

    rng: random.Random

    def _one(self, *choices: str) -> str:
        return self.rng.choice(choices)

    def _letters(self, count: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(count))

    def _digits(self, count: int, lead: bool = False) -> str:
        return digit_string(self.rng, count, lead)

    # ---- dates of birth
    def _birth(self, low: int = 1938, high: int = 2007) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(low, high)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = MONTHS[lang][month - 1]
        return self._one(
            f"{day}-{month}-{year}", f"{day:02d}.{month:02d}.{year}", f"{day} {name} '{year % 100:02d}",
            f"{year}-{month:02d}-{day:02d}", f"{day:02d}/{month:02d}/{year}", f"{day} {name} {year}",
            f"{day:02d}-{month:02d}-{year}", f"{day}/{month}/{year % 100:02d}",
            f"{day}. {name[:3]}. {year}" if lang == "nl" else f"{day} {name[:3]} {year}",
        )  # fmt: skip

    def dob_words(self, lang: str) -> str:
        day, month, year = self._birth(1945, 2005)
        if lang == "nl":
            return f"{self._one(str(day), SAY_DAY_NL[day - 1])} {MONTHS['nl'][month - 1]} {year_words(year, 'nl')}"
        suffix = "th" if 10 <= day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(f"the {day}{suffix} of {MONTHS['en'][month - 1]} {year_words(year, 'en')}",
                         f"{MONTHS['en'][month - 1]} {day}{suffix}, {year}")  # fmt: skip

    def dob_airline(self, lang: str) -> str:
        day, month, year = self._birth(1940, 2023)
        return self._one(
            f"{day:02d}{AIRLINE_MONTHS[month - 1]}{year}", f"{day:02d}{AIRLINE_MONTHS[month - 1]}{year % 100:02d}"
        )

    # ---- plates
    def _nl_plate(self) -> str:
        """A Dutch plate in its dashed form; a plate never starts with the digit 0."""
        side = self.rng.choice(_NL_SIDES)
        chars = [self.rng.choice(_PLATE_LETTERS) if c == "a" else str(self.rng.randint(0, 9)) if c == "n" else c
                 for c in side]  # fmt: skip
        if chars[0] == "0":
            chars[0] = str(self.rng.randint(1, 9))
        return "".join(chars)

    def plate(self, lang: str) -> str:
        value = self._nl_plate()
        return self._one(value, value, value, value.replace("-", ""), value.lower(), value.replace("-", " "))

    def plate_be(self, lang: str) -> str:
        body = f"{self.rng.randint(1, 2)}-{self._letters(3, 'ABCDEFGHIJKLMNOPRSTUVWXYZ')}-{self._digits(3)}"
        return self._one(body, body, body.replace("-", ""), body.replace("-", " "))

    def plate_foreign(self, lang: str) -> str:
        return self._one(
            f"{self._letters(2)}{self._digits(2)} {self._letters(3)}",
            f"{self._letters(2)}{self._digits(2)}{self._letters(3)}",
            f"{self._one('WA', 'PO', 'KR', 'GD', 'WR')} {self._digits(5)}",
            f"{self._one('AA', 'KA', 'BC')} {self._digits(4)} {self._letters(2)}",
        )  # fmt: skip

    def plate_spoken(self, lang: str) -> str:
        dash = " streepje " if lang == "nl" else " dash "
        parts = [" ".join(c if c.isalpha() else SAID_DIGIT[lang][int(c)] for c in part)
                 for part in self._nl_plate().split("-")]  # fmt: skip
        return dash.join(parts) if self.rng.random() < 0.5 else " ".join(parts)

    # ---- customer, card and membership numbers
    def customer_number(self, lang: str) -> str:
        return self._one(self._digits(8, True), f"KL{self._digits(7)}", cut(self._digits(9, True), (3, 3, 3), "."),
                         f"{self._digits(6, True)}/{self._digits(2)}")  # fmt: skip

    def customer_number_telecom(self, lang: str) -> str:
        return self._one(f"1.{self._digits(8)}", self._digits(9, True), f"TC-{self._digits(7)}",
                         f"{self._digits(4, True)} {self._digits(4)}")  # fmt: skip

    def customer_number_ov(self, lang: str) -> str:
        """Personal OV-chipkaart number (engraved on the card, tied to the holder)."""
        number = "3528" + self._digits(12)
        return self._one(cut(number, (4, 4, 4, 4)), number, cut(number, (4, 4, 4, 4), "-"))

    def customer_number_flyer(self, lang: str) -> str:
        number = self._digits(10, True)
        return self._one(
            number, cut(number, (4, 3, 3)), f"FB {number}", f"{self._one('TK', 'LO', 'EI')}{self._digits(9)}"
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._one(f"AP-{self._digits(7)}", f"{self._digits(3)}.{self._digits(3)}.{self._digits(3)}",
                         f"PL{self._digits(8)}", f"{self._digits(2)}-{self._digits(6)}-{self._digits(2)}")  # fmt: skip

    def customer_number_roadside(self, lang: str) -> str:
        number = self._digits(9, True)
        return self._one(number, cut(number, (3, 3, 3)), f"L{number}")

    def customer_number_shop(self, lang: str) -> str:
        return self._one(self._digits(8, True), f"K-{self._digits(8)}", f"C{self._digits(9)}", f"WS{self._digits(6)}")

    def customer_number_spoken(self, lang: str) -> str:
        return say_digits(self._digits(self.rng.randint(7, 9), True), lang, self.rng, pairs=0.3)


SAY_DAY_NL = (
    "een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien "
    "achttien negentien twintig eenentwintig tweeëntwintig drieëntwintig vierentwintig vijfentwintig "
    "zesentwintig zevenentwintig achtentwintig"
).split()
