"""Fillers of the held-out split test_v59 (seed 293): travellers, holiday renters, movers and pet owners of many
countries, writing to Dutch insurers, travel agencies, ferry and train operators, visa and translation desks."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v59_pools  # noqa: F401  (registers POOLS["test_v59"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v59_numbers import (
    BBAN_SHAPES,
    chunks,
    digits,
    eleven_test_bsn,
    luhn_finish,
    mod97_iban,
    say_digits,
    split_at,
)

_MONTHS = {
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "nl_long": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "en_long": "January February March April May June July August September October November December".split(),
    "de_long": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
}
# Foreign mobile numbers: country code, national trunk digit, length of the subscriber part, grouping.
_ABROAD = (
    ("49", "0", 10, (3, 7)), ("43", "0", 10, (3, 7)), ("41", "0", 9, (2, 3, 2, 2)), ("33", "0", 9, (1, 2, 2, 2, 2)),
    ("34", "", 9, (3, 3, 3)), ("39", "", 10, (3, 3, 4)), ("351", "", 9, (3, 3, 3)), ("48", "", 9, (3, 3, 3)),
    ("420", "", 9, (3, 3, 3)), ("421", "0", 9, (3, 3, 3)), ("386", "0", 8, (2, 3, 3)), ("385", "0", 9, (2, 3, 4)),
    ("381", "0", 9, (2, 3, 4)), ("30", "", 10, (3, 3, 4)), ("90", "0", 10, (3, 3, 2, 2)), ("212", "0", 9, (1, 8)),
    ("216", "", 8, (2, 3, 3)), ("961", "0", 8, (2, 3, 3)), ("972", "0", 9, (2, 3, 4)), ("91", "", 10, (5, 5)),
    ("86", "", 11, (3, 4, 4)), ("81", "0", 10, (2, 4, 4)), ("82", "0", 10, (2, 4, 4)), ("63", "0", 10, (3, 3, 4)),
    ("1", "", 10, (3, 3, 4)), ("27", "0", 9, (2, 3, 4)), ("61", "0", 9, (3, 3, 3)), ("32", "0", 9, (3, 2, 2, 2)),
)  # fmt: skip
_PLATE_SHAPES = ("99-XXX-9", "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9")
_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"


class FillersV59(Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _letters(self, count: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(count))

    # ---- names
    def name_full(self, lang: str) -> str:
        return f"{self.pick('first')} {self.pick('surname')}"

    def name_first(self, lang: str) -> str:
        return self.pick("first")

    def name_surname(self, lang: str) -> str:
        surname = self.pick("surname")
        return surname[:1].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        count = self.rng.choice((1, 2, 2, 3))
        initials = "".join(f"{ch}." for ch in self.rng.sample("ABCEGHJKLMPRSTW", count))
        return f"{initials} {self.pick('surname')}"

    def name_passport(self, lang: str) -> str:
        """Machine-style, as on tickets and visa forms: 'KOWALSKA/ZOFIA' or 'NAVARRO, NEREA'."""
        surname, first = self.pick("surname").upper(), self.pick("first").upper()
        return self._one(f"{surname}/{first}", f"{surname}, {first}", f"{surname} {first}")

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_pair(self, lang: str) -> str:
        """Two travellers on one booking: 'Reto and Ursina Brunner'."""
        joiner = {"nl": "en", "en": "and"}.get(lang, "&")
        return f"{self.pick('first')} {self._one(joiner, '&')} {self.pick('first')} {self.pick('surname')}"

    # ---- e-mail
    def _box(self) -> str:
        first, last = (
            unicodedata.normalize("NFKD", self.pick(key).lower()).encode("ascii", "ignore").decode()
            for key in ("first", "surname")
        )
        first, last = first.replace(" ", "").replace("-", ""), last.replace(" ", "").replace("'", "")
        return self._one(
            f"{first}.{last}", f"{first[0]}{last}", f"{last}.{first}", f"{first}{self.rng.randint(60, 99)}",
            f"{first}_{last}{self.rng.randint(1, 9)}", f"{last}-{first[:1]}",
        )  # fmt: skip

    def email(self, lang: str) -> str:
        return f"{self._box()}@{self.pick('domain')}"

    def email_spoken(self, lang: str) -> str:
        at, dot = ("apenstaartje", "punt") if lang == "nl" else ("at", "dot")
        box = self._box().replace(".", f" {dot} ").replace("_", " underscore ").replace("-", " streepje ")
        return f"{box} {at} {self.pick('domain').replace('.', f' {dot} ')}"

    def email_hidden(self, lang: str) -> str:
        """Written against spam bots: 'jens.maes [at] telenet [dot] be'."""
        domain = self.pick("domain").replace(".", self._one(" [dot] ", "(dot)", " . "))
        return f"{self._box()}{self._one(' [at] ', '(at)', ' at ')}{domain}"

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("50", "58", "546", "165", "43", "20", "10")
        land = (area + rest)[:9]
        return self._one(
            f"06 {split_at(rest, (2, 2, 2, 2))}", f"+31 6 {rest[:4]} {rest[4:]}", f"+31 (0){land[:2]} {land[2:]}",
            f"0{area}-{land[len(area) :]}", f"0031-6-{rest}", f"06{rest}", f"+316 {chunks(rest, 2)}",
        )  # fmt: skip

    def phone_intl(self, lang: str) -> str:
        code, trunk, length, groups = self.rng.choice(_ABROAD)
        number = str(self.rng.randint(2, 9)) + digits(self.rng, length - 1)
        grouped = split_at(number, groups)
        return self._one(
            f"+{code} {grouped}",
            f"+{code} ({trunk or '0'}) {grouped}" if trunk else f"+{code}-{number}",
            f"00{code} {grouped}",
            f"+{code}{number}",
            f"+{code}.{split_at(number, groups, '.')}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if self.rng.random() < 0.3:
            return f"{say_digits('06', lang)}, {split_at(number[2:], (2, 2, 2, 2))}"
        return say_digits(number, lang, self._one(" ", " ", "-"))

    # ---- bank
    def _iban_of(self, country: str) -> str:
        length, letters = BBAN_SHAPES[country]
        lead = self.pick("bank") if country == "NL" else self._letters(letters)
        return mod97_iban(country, lead + digits(self.rng, length))

    def iban(self, lang: str) -> str:
        country = "NL" if self.rng.random() < 0.55 else self.rng.choice(sorted(BBAN_SHAPES))
        compact = self._iban_of(country)
        return self._one(compact, chunks(compact, 4), chunks(compact, 4).lower(), chunks(compact, 4, "-"))

    def iban_nl(self, lang: str) -> str:
        compact = self._iban_of("NL")
        return self._one(compact, chunks(compact, 4), compact.lower(), f"{compact[:4]} {compact[4:8]} {compact[8:]}")

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = eleven_test_bsn(self.rng)
        return self._one(
            bsn, bsn, split_at(bsn, (4, 2, 3), "."), split_at(bsn, (3, 3, 3)), split_at(bsn, (3, 3, 3), "-")
        )

    def bsn_spoken(self, lang: str) -> str:
        bsn = eleven_test_bsn(self.rng)
        return self._one(
            say_digits(bsn, lang), ", ".join(say_digits(p, lang) for p in split_at(bsn, (3, 3, 3)).split())
        )

    # ---- postcode and address
    def postcode(self, lang: str) -> str:
        number, letters = str(self.rng.randint(1011, 9998)), self._letters(2, "ABCDEGHJKLMNPRSTVWXZ")
        return self._one(
            f"{number} {letters}", f"{number}{letters}", f"{number} {letters.lower()}", f"{number}-{letters}"
        )

    def postcode_spoken(self, lang: str) -> str:
        number, letters = str(self.rng.randint(1011, 9998)), self._letters(2, "ABDEGHJKLMNRSTVWZ")
        return f"{say_digits(number, lang)} {' '.join(letters)}"

    def address(self, lang: str) -> str:
        number = self.rng.randint(1, 260)
        extra = self._one("", "", "", "a", "-2", " bis", " C", "-hs", "A02")
        return f"{self.pick('street_nl')} {number}{extra}"

    def address_abroad(self, lang: str) -> str:
        street, country = self.pick("street_abroad").split("|")
        number = self.rng.randint(1, 180)
        if country in ("FR",):
            return f"{number} {street}"
        if country == "ES":
            return f"{street} {number}, {self.rng.randint(1, 8)}º {self._one('A', 'B', 'izda', 'dcha')}"
        if country in ("PL", "CZ", "SK", "HR", "RS"):
            return f"{street} {number}/{self.rng.randint(1, 40)}"
        if country == "AT":
            return f"{street} {number}/{self.rng.randint(1, 12)}/{self.rng.randint(1, 30)}"
        return f"{street} {number}{self._one('', '', 'a', ' bus 3')}"

    # ---- card
    def card(self, lang: str) -> str:
        kind = self._one("visa", "mc", "mc2", "amex")
        if kind == "amex":
            number = luhn_finish(self._one("34", "37") + digits(self.rng, 12))
            return self._one(split_at(number, (4, 6, 5)), number)
        lead = {"visa": "4", "mc": "5" + self._one("1", "3", "5"), "mc2": "22" + self._one("2", "7")}[kind]
        number = luhn_finish(lead + digits(self.rng, 15 - len(lead)))
        return self._one(chunks(number, 4), number, chunks(number, 4, "-"), chunks(number, 4, "."))

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1931, 2023)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        style = "en" if lang == "en" else "nl"
        return self._one(
            f"{day:02d}-{month:02d}-{year}", f"{day}.{month}.{year}", f"{day:02d}/{month:02d}/{year}",
            f"{year}-{month:02d}-{day:02d}", f"{day} {_MONTHS[style + '_long'][month - 1]} {year}",
            f"{day:02d} {_MONTHS[style][month - 1].upper()} {year}",
            f"{day}-{_MONTHS[style][month - 1]}-{str(year)[2:]}",
        )  # fmt: skip

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en_long"][month - 1]
        return self._one(
            f"{name} {day}, {year}", f"{month:02d}/{day:02d}/{year}", f"{day}{self._th(day)} {name} {year}"
        )

    def dob_de(self, lang: str) -> str:
        day, month, year = self._birth()
        return self._one(f"{day:02d}.{month:02d}.{year}", f"{day}. {_MONTHS['de_long'][month - 1]} {year}")

    @staticmethod
    def _th(day: int) -> str:
        return {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")

    # ---- plates
    def plate(self, lang: str) -> str:
        shape = self.rng.choice(_PLATE_SHAPES)
        plate = "".join(self.rng.choice(_PLATE_LETTERS) if c == "X" else str(self.rng.randint(0, 9)) if c == "9" else c
                        for c in shape)  # fmt: skip
        return self._one(plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    def plate_abroad(self, lang: str) -> str:
        return self._one(
            f"{self._one('M', 'K', 'HH', 'B', 'GL')}-{self._letters(2)} {self.rng.randint(10, 9999)}",  # German
            f"{self.rng.randint(1, 2)}-{self._letters(3)}-{digits(self.rng, 3)}",  # Belgian
            f"{self._letters(2)}-{digits(self.rng, 3)}-{self._letters(2)}",  # French
            f"{digits(self.rng, 4)} {self._letters(3, 'BCDFGHJKLMNPRSTVWXYZ')}",  # Spanish
            f"{self._one('W', 'G', 'S')} {self.rng.randint(100, 99999)} {self._letters(1)}",  # Austrian
        )

    # ---- customer numbers
    def customer_number_policy(self, lang: str) -> str:
        three = [digits(self.rng, 3) for _ in range(3)]
        return self._one(f"AU-{digits(self.rng, 7)}", ".".join(three), f"RP{digits(self.rng, 8)}")

    def customer_number_member(self, lang: str) -> str:
        number = digits(self.rng, 9)
        return self._one(number, split_at(number, (4, 4)), f"LID-{number[:6]}")

    def customer_number_booking(self, lang: str) -> str:
        number = digits(self.rng, 7)
        return self._one(
            f"{self._letters(2)}{number[:6]}",
            f"K{number}/{self.rng.randint(1, 9)}",
            number[:6],
            f"{number[:2]}-{number[2:]}-NL",
        )
