"""Number-like slots of test_v51 (bank accounts, BSN, payment cards, dates of birth, licence plates, customer,
patient, policy and donor numbers), as a base class of `FillersV51`."""

from __future__ import annotations

import benchmarks.privacy_fillers_v51_pools  # noqa: F401  (registers POOLS["test_v51"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v51_numbers import (
    EN_MONTHS,
    NL_MONTHS,
    SPELL_NATO,
    SPELL_NL,
    belgian_bban,
    bsn,
    cut,
    digits,
    en_words,
    iban,
    luhn,
    nl_words,
    read_digits,
    year_words,
)

_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
# Dutch side codes 1 to 14: L a letter, 9 a digit.
_SIDE_CODES = (
    "LL-99-99", "99-99-LL", "99-LL-99", "LL-99-LL", "LL-LL-99", "99-LL-LL", "99-LLL-9",
    "9-LLL-99", "LL-999-L", "L-999-LL", "LLL-99-L", "L-99-LLL", "9-LL-999", "999-LL-9",
)  # fmt: skip
_LETTER_NL = dict(
    zip("BDFGHJKLNPRSTVXZ", "bee dee ef gee ha jee ka el en pee er es tee vee iks zet".split(), strict=True)
)


class CodesV51(Fillers):
    """Helpers and the number-like slots; the names, contact details and addresses are in `FillersV51`."""

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _letters(self, count: int, alphabet: str = "ABCDEFGHJKLMNPRSTVWZ") -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(count))

    # ---- bank accounts
    def _nl_iban(self) -> str:
        return iban("NL", self.pick("bank") + digits(self.rng, 10))

    def _written(self, value: str) -> str:
        spaced = cut(value, (4,) * 8)
        return self._one(spaced, spaced, value, spaced.lower(), value.lower(), cut(value, (4,) * 8, "-"))

    def iban(self, lang: str) -> str:
        return self._written(self._nl_iban())

    def iban_be(self, lang: str) -> str:
        return self._written(iban("BE", belgian_bban(self.rng)))

    def iban_abroad(self, lang: str) -> str:
        bban = self._one(
            "PL" + digits(self.rng, 24), "BG" + self._letters(4) + digits(self.rng, 6) + self._letters(8),
            "RO" + self._letters(4) + digits(self.rng, 16), "DE" + digits(self.rng, 18, "1234567"),
            "GB" + self._letters(4) + digits(self.rng, 14), "TR" + digits(self.rng, 5) + "0" + digits(self.rng, 16),
        )  # fmt: skip
        return self._written(iban(bban[:2], bban[2:]))

    def iban_read(self, lang: str) -> str:
        """An IBAN read out character by character, digits as figures or as words."""
        value = self._nl_iban() if self.rng.random() < 0.8 else iban("BE", belgian_bban(self.rng))
        if self.rng.random() < 0.5:
            return " ".join(value)
        return " ".join(char if char.isalpha() else read_digits(char, lang) for char in value)

    # ---- BSN
    def bsn(self, lang: str) -> str:
        value = bsn(self.rng)
        return self._one(
            value, value, cut(value, (3, 3, 3)), cut(value, (3, 3, 3), "."), cut(value, (4, 2, 3)),
            cut(value, (2, 3, 4)), cut(value, (3, 2, 4), "-"),
        )  # fmt: skip

    def bsn_spoken(self, lang: str) -> str:
        value = bsn(self.rng)
        if self.rng.random() < 0.6:
            return read_digits(value, lang)
        return ", ".join(read_digits(part, lang) for part in (value[:3], value[3:6], value[6:]))

    def bsn_dtmf(self, lang: str) -> str:
        value = bsn(self.rng)
        return self._one(value, " ".join(value))

    # ---- payment cards
    def _card_number(self) -> str:
        start = self._one("4", "4", "51", "53", "55", "2221", "6759")
        return luhn(start + digits(self.rng, 15 - len(start)))

    def card(self, lang: str) -> str:
        number = self._card_number()
        return self._one(cut(number, (4, 4, 4, 4)), number, cut(number, (4, 4, 4, 4), "-"), cut(number, (4, 4, 4, 4)))

    def card_amex(self, lang: str) -> str:
        number = luhn(self._one("34", "37") + digits(self.rng, 12))
        return self._one(cut(number, (4, 6, 5)), number, cut(number, (4, 6, 5), "-"))

    def card_spoken(self, lang: str) -> str:
        number = self._card_number()
        return ", ".join(read_digits(number[i : i + 4], lang) for i in range(0, 16, 4))

    # ---- dates of birth
    def _birth(self, low: int = 1931, high: int = 2006) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(low, high)

    def _numeric(self, day: int, month: int, year: int) -> str:
        return self._one(
            f"{day:02d}-{month:02d}-{year}", f"{day}-{month}-{year}", f"{day:02d}/{month:02d}/{year}",
            f"{day}.{month}.{year}", f"{year}-{month:02d}-{day:02d}", f"{day:02d}-{month:02d}-'{year % 100:02d}",
            f"{day:02d}.{month:02d}.{year}",
        )  # fmt: skip

    def dob(self, lang: str) -> str:
        return self._numeric(*self._birth())

    def dob_child(self, lang: str) -> str:
        return self._numeric(*self._birth(2009, 2021))

    def dob_elder(self, lang: str) -> str:
        day, month, year = self._birth(1928, 1946)
        return self._one(self._numeric(day, month, year), f"{day} {NL_MONTHS[month - 1]} {year}")

    def dob_words(self, lang: str) -> str:
        day, month, year = self._birth()
        if lang == "en":
            return self.dob_en(lang)
        name = NL_MONTHS[month - 1]
        short = name if len(name) <= 4 else name[:3] + "."
        return self._one(f"{day} {name} {year}", f"{day} {short} {year}", f"{day} {name.capitalize()} {year}")

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        suffix = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        name = EN_MONTHS[month - 1]
        return self._one(
            f"{name} {day}, {year}", f"{day}{suffix} {name} {year}", f"{day} {name[:3]} {year}",
            f"{month:02d}/{day:02d}/{year}", f"the {day}{suffix} of {name} {year}",
        )  # fmt: skip

    def dob_spoken(self, lang: str) -> str:
        day, month, year = self._birth()
        if lang == "en":
            return f"{en_words(day)} {EN_MONTHS[month - 1]} {year_words(year, 'en')}"
        return f"{nl_words(day)} {NL_MONTHS[month - 1]} {year_words(year, 'nl')}"

    def dob_dtmf(self, lang: str) -> str:
        day, month, year = self._birth()
        return self._one(f"{day:02d}{month:02d}{year}", f"{day:02d} {month:02d} {year}")

    # ---- licence plates
    def _dutch_plate(self) -> str:
        code = self.rng.choice(_SIDE_CODES)
        return "".join(
            self.rng.choice(_PLATE_LETTERS) if c == "L" else self.rng.choice("0123456789") if c == "9" else c
            for c in code
        )

    def plate(self, lang: str) -> str:
        value = self._dutch_plate()
        return self._one(value, value, value.lower(), value.replace("-", ""), value.replace("-", " "))

    def plate_spoken(self, lang: str) -> str:
        value = self._dutch_plate().replace("-", "")
        if lang == "en":
            return " ".join(SPELL_NATO[c] if c.isalpha() else read_digits(c, "en") for c in value)
        style = self.rng.randrange(2)
        table = _LETTER_NL if style == 0 else SPELL_NL
        return " ".join(table[c] if c.isalpha() else read_digits(c, lang) for c in value)

    def plate_abroad(self, lang: str) -> str:
        return self._one(
            f"1-{self._letters(3)}-{digits(self.rng, 3)}", f"2-{self._letters(3)}-{digits(self.rng, 3)}",
            f"AC-{self._letters(2)} {digits(self.rng, 4, '123456789')}",
            f"KLE-{self._letters(1)} {digits(self.rng, 3)}",
            f"CB {digits(self.rng, 4)} {self._letters(2, 'ABEHKMPTX')}", f"B {digits(self.rng, 3)} {self._letters(3)}",
        )  # fmt: skip

    # ---- customer, patient, policy and donor numbers
    def customer_number_policy(self, lang: str) -> str:
        value = digits(self.rng, 9, "123456789")
        return self._one(value, cut(value, (3, 3, 3)), cut(value, (4, 5)), f"{value[:8]}-{value[8]}")

    def customer_number_patient(self, lang: str) -> str:
        value = digits(self.rng, 7, "123456789")
        return self._one(value, f"Z{value[:6]}", cut(value, (3, 4), "."), f"{value[:2]}-{value[2:5]}-{value[5:]}")

    def customer_number_donor(self, lang: str) -> str:
        value = digits(self.rng, 8)
        return self._one(f"D{value}", f"NL{value[:7]}", cut(value, (2, 3, 3), " "), value)

    def customer_number_ehic(self, lang: str) -> str:
        value = "80528" + digits(self.rng, 15)
        return self._one(value, cut(value, (5, 5, 5, 5)), cut(value, (4,) * 5))

    def customer_number_travel(self, lang: str) -> str:
        year = self.rng.choice(("2024", "2025", "2026"))
        return self._one(
            f"RV{digits(self.rng, 8)}",
            f"{year}-{digits(self.rng, 6)}",
            f"TR-{digits(self.rng, 3)}-{digits(self.rng, 4)}",
        )

    def customer_number_client(self, lang: str) -> str:
        return self._one(
            f"C{digits(self.rng, 6)}", f"cl.{digits(self.rng, 5)}", f"{self._letters(2)} {digits(self.rng, 6)}"
        )

    def customer_number_aid(self, lang: str) -> str:
        return self._one(f"K-{digits(self.rng, 6)}", f"HM{digits(self.rng, 7)}", digits(self.rng, 6, "3456789"))

    def customer_number_dtmf(self, lang: str) -> str:
        value = digits(self.rng, self.rng.choice((7, 8, 9)), "123456789")
        return self._one(value, " ".join(value))
