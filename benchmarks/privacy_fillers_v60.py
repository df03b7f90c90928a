"""Fillers of the held-out split test_v60 (seed 307): households with a fibre, smart-meter or heat-pump visit, home
care clients, pharmacy and day-care customers, waste-pass holders, club members, prize winners, lease cyclists and
driving-school pupils, in Dutch, Flemish and English, in speech transcripts, notes, tickets, mail headers and chat."""

from __future__ import annotations

import benchmarks.privacy_fillers_v60_pools  # noqa: F401  (registers POOLS["test_v60"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v60_numbers import (
    BBAN,
    bsn_eleven,
    digits,
    every,
    group,
    iban_with_check,
    luhn,
    rijksregister,
    say,
    say_pairs,
    word,
    year_words,
)

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
_PLATES = ("99-XX-XX", "99-XXX-9", "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "XX-99-XX")
_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
_AREAS = ("020", "010", "030", "0570", "0513", "0478", "045", "0299", "072", "0182")
_ABROAD = (("32", 9), ("49", 11), ("48", 9), ("40", 9), ("90", 10), ("212", 9), ("44", 10), ("380", 9), ("33", 9))


class FillersV60(Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _letters(self, count: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(count))

    # ---- names
    def name_surname(self, lang: str) -> str:
        surname = self.pick("surname")
        return surname[:1].upper() + surname[1:] if self.rng.random() < 0.6 else surname

    def name_initials(self, lang: str) -> str:
        initials = "".join(f"{c}." for c in self.rng.sample("ABCDFGHJKMNPRSTW", self.rng.choice((1, 2, 3))))
        return self._one(f"{initials} {self.pick('surname')}", f"{initials}{self.pick('surname')}")

    def name_lower(self, lang: str) -> str:
        return self._one(self.name_full(lang).lower(), self.pick("first").lower())

    def name_display(self, lang: str) -> str:
        """As mail clients show a sender: 'de Wit, Anouk', 'Anouk de Wit', 'WIT A. de'."""
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(f"{first} {surname}", f"{surname}, {first}", f"{surname}, {first[0]}.", f"{first} {surname}")

    def name_pair(self, lang: str) -> str:
        joiner = "en" if lang == "nl" else "and"
        return f"{self.pick('first')} {joiner} {self.pick('first')} {self.pick('surname')}"

    # ---- e-mail
    def _box(self) -> str:
        first = self.pick("first").lower().replace(" ", "").replace("-", "")
        last = self.pick("surname").lower().replace(" ", "").replace("'", "").replace("-", "")
        for accented, plain in zip("łșțıöüçéèëï", "lstioucee" + "ei", strict=True):
            first, last = first.replace(accented, plain), last.replace(accented, plain)
        return self._one(
            f"{first}.{last}", f"{first[0]}.{last}", f"{first}{self.rng.randint(70, 2009)}", f"{last}_{first[:3]}",
            f"{first}-{last}", f"{first}{last}",
        )  # fmt: skip

    def email(self, lang: str) -> str:
        return f"{self._box()}@{self.pick('domain')}"

    def email_spoken(self, lang: str) -> str:
        at, dot, dash = ("apenstaartje", "punt", "streepje") if lang == "nl" else ("at", "dot", "dash")
        at = self._one(at, "at")
        box = self._box().replace(".", f" {dot} ").replace("_", " underscore ").replace("-", f" {dash} ")
        return f"{box} {at} {self.pick('domain').replace('.', f' {dot} ')}"

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self.rng.choice(_AREAS)
        land = area + rest[: 10 - len(area)]
        return self._one(
            f"06-{rest}", f"06 {group(rest, (2, 2, 2, 2))}", f"06{rest}", f"+31 6 {group(rest, (2, 3, 3))}",
            f"+31(0)6-{rest}", f"0031 6 {rest}", f"{land[: len(area)]}-{land[len(area) :]}",
            f"({land[: len(area)]}) {group(land[len(area) :], (3, 4))}", f"+31 {land[1:3]} {land[3:]}",
            f"06 {rest[:4]} {rest[4:]}",
        )  # fmt: skip

    def phone_intl(self, lang: str) -> str:
        code, length = self.rng.choice(_ABROAD)
        number = str(self.rng.randint(4, 9)) + digits(self.rng, length - 1)
        return self._one(f"+{code} {every(number, 3)}", f"00{code} {number}", f"+{code}{number}")

    def phone_be(self, lang: str) -> str:
        rest = "4" + self._one("7", "8", "9") + digits(self.rng, 7)
        return self._one(f"0{rest[:3]} {group(rest[3:], (2, 2, 2))}", f"+32 {rest[:3]} {rest[3:]}",
                         f"0{rest[:3]}/{group(rest[3:], (2, 2, 2), '.')}")  # fmt: skip

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        return self._one(say(number, lang), say_pairs(number, lang), f"{say('06', lang)} {group(number[2:], (4, 4))}")

    # ---- bank
    def _iban(self, country: str) -> str:
        length, letters = BBAN[country]
        lead = self.pick("bank") if country == "NL" else self._letters(letters)
        return iban_with_check(country, lead + digits(self.rng, length))

    def iban(self, lang: str) -> str:
        country = "NL" if self.rng.random() < 0.6 else self.rng.choice(sorted(BBAN))
        compact = self._iban(country)
        return self._one(compact, every(compact, 4), every(compact, 4).lower(), compact.lower())

    def iban_nl(self, lang: str) -> str:
        compact = self._iban("NL")
        return self._one(compact, every(compact, 4), f"{compact[:4]} {compact[4:8]} {compact[8:]}")

    def iban_be(self, lang: str) -> str:
        return every(self._iban("BE"), 4)

    def iban_spoken(self, lang: str) -> str:
        compact = self._iban("NL")
        return self._one(
            say(compact, lang), f"{say(compact[:4], lang)} {compact[4:8].lower()} {say(compact[8:], lang)}"
        )

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = bsn_eleven(self.rng)
        return self._one(bsn, bsn, group(bsn, (3, 3, 3)), group(bsn, (4, 2, 3), "."), group(bsn, (3, 3, 3), "-"))

    def bsn_spoken(self, lang: str) -> str:
        bsn = bsn_eleven(self.rng)
        return self._one(say(bsn, lang), " ".join(say(part, lang) for part in group(bsn, (3, 3, 3)).split()))

    def bsn_be(self, lang: str) -> str:
        year, month, day = self._birth()
        number = rijksregister(self.rng, year, month, day)
        return self._one(number, number.replace(".", "").replace("-", ""))

    # ---- postcode and address
    def postcode(self, lang: str) -> str:
        number, letters = str(self.rng.randint(1011, 9999)), self._letters(2, "ABCDEGHJKLMNPRSTVWXZ")
        return self._one(f"{number} {letters}", f"{number}{letters}", f"{number} {letters.lower()}",
                         f"{number}{letters.lower()}", f"{number}  {letters}")  # fmt: skip

    def postcode_spoken(self, lang: str) -> str:
        number, letters = str(self.rng.randint(1011, 9999)), self._letters(2, "ABDEGHJKLMNRSTVWZ").lower()
        spoken = self._one(say(number, lang), f"{word(int(number[:2]), lang)} {word(int(number[2:]), lang)}")
        return f"{spoken} {' '.join(letters)}"

    def postcode_be(self, lang: str) -> str:
        number = str(self.rng.randint(1000, 9992))
        return self._one(number, f"B-{number}", f"BE-{number}")

    def _number(self) -> str:
        return f"{self.rng.randint(1, 214)}{self._one('', '', '', 'a', '-B', ' bis', '-3', ' hs', ' II')}"

    def address(self, lang: str) -> str:
        return f"{self.pick('street_nl')} {self._number()}"

    def address_lower(self, lang: str) -> str:
        number = self.rng.randint(1, 160)
        spoken = self._one(str(number), word(number, lang) if number < 100 else str(number))
        return f"{self.pick('street_nl').lower().replace('.', '')} {spoken}"

    def address_be(self, lang: str) -> str:
        number = self.rng.randint(1, 300)
        return f"{self.pick('street_be')} {number}{self._one('', '', ' bus 2', ' bus 11', '/3')}"

    # ---- card
    def card(self, lang: str) -> str:
        lead = self._one("4", "4", "51", "54", "2221", "37")
        if lead == "37":
            number = luhn(lead + digits(self.rng, 12))
            return group(number, (4, 6, 5))
        number = luhn(lead + digits(self.rng, 15 - len(lead)))
        return self._one(every(number, 4), number, every(number, 4, "-"))

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1928, 2024), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def dob(self, lang: str) -> str:
        year, month, day = self._birth()
        names = _MONTHS["nl" if lang == "nl" else "en"]
        return self._one(
            f"{day:02d}-{month:02d}-{year}", f"{day}-{month}-{year}", f"{day}/{month}/{year}", f"{day}.{month}.{year}",
            f"{day} {names[month - 1]} {year}", f"{day} {names[month - 1][:3].lower()}. {year}",
            f"{year}{month:02d}{day:02d}", f"{day:02d}{month:02d}{year}",
        )  # fmt: skip

    def dob_short(self, lang: str) -> str:
        year, month, day = self._birth()
        return self._one(f"{day}/{month}/'{year % 100:02d}", f"{day:02d}-{month:02d}-{year % 100:02d}",
                         f"{day}-{month}-'{year % 100:02d}")  # fmt: skip

    def dob_en(self, lang: str) -> str:
        year, month, day = self._birth()
        name = _MONTHS["en"][month - 1]
        return self._one(f"{name} {day}, {year}", f"{month:02d}/{day:02d}/{year}", f"{day} {name} {year}",
                         f"{day} {name[:3]} {year}")  # fmt: skip

    def dob_spoken(self, lang: str) -> str:
        year, month, day = self._birth()
        names = [m.lower() for m in _MONTHS["nl" if lang == "nl" else "en"]]
        if lang == "nl":
            return f"{word(day, lang)} {names[month - 1]} {year_words(year, lang)}"
        return self._one(f"{names[month - 1]} {word(day, lang)} {year_words(year, lang)}",
                         f"{word(day, lang)} {word(month, lang)} {year_words(year, lang)}")  # fmt: skip

    # ---- plates
    def _plate(self) -> str:
        shape = self.rng.choice(_PLATES)
        return "".join(
            self.rng.choice(_PLATE_LETTERS) if c == "X" else str(self.rng.randint(0, 9)) if c == "9" else c
            for c in shape
        )

    def plate(self, lang: str) -> str:
        plate = self._plate()
        return self._one(plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    def plate_spoken(self, lang: str) -> str:
        return say(self._plate(), lang)

    def plate_be(self, lang: str) -> str:
        return self._one(f"1-{self._letters(3)}-{digits(self.rng, 3)}", f"2{self._letters(3)}{digits(self.rng, 3)}")

    # ---- customer, contract, policy, member and pass numbers
    def customer_number_client(self, lang: str) -> str:
        number = digits(self.rng, self.rng.choice((7, 8, 9)))
        return self._one(number, f"{number[:3]}.{number[3:]}", f"KL{number}", f"{number[:4]} {number[4:]}")

    def customer_number_contract(self, lang: str) -> str:
        return self._one(
            f"CT-{digits(self.rng, 8)}",
            f"{digits(self.rng, 4)}/{digits(self.rng, 5)}",
            f"GV{digits(self.rng, 7)}",
            f"WP-{self.rng.randint(2019, 2025)}-{digits(self.rng, 5)}",
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 2)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}", f"P{digits(self.rng, 9)}"
        )

    def customer_number_member(self, lang: str) -> str:
        number = digits(self.rng, 7)
        return self._one(number, f"L{number}", f"{number[:3]}-{number[3:]}", f"KNVB {number}")

    def customer_number_pass(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 10)}", f"AP {digits(self.rng, 6)}", f"{digits(self.rng, 4)}-{digits(self.rng, 4)}"
        )

    def customer_number_spoken(self, lang: str) -> str:
        return say(digits(self.rng, self.rng.choice((7, 8))), lang)
