"""Fillers of the held-out split test_v68 (seed 353): pet owners, campers, taxpayers, spectacle wearers,
renovating home owners, cyclists, festival goers, elderly people with an alarm button and their carers, party
hosts and the bereaved, from the Netherlands, Flanders, China, Ireland, South Africa and far beyond."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v68_pools  # noqa: F401  (registers POOLS["test_v68"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v68_codes import CodesV68
from benchmarks.privacy_fillers_v68_numbers import (
    chunk,
    eleven_test_number,
    mod97_iban,
    numerals,
    say_digits,
    say_english,
    two_digits_nl,
)

# Country code, first digits of the national number, digits after them, grouping of the national number.
_ABROAD = (
    ("32", "47", 7, (3, 2, 2, 2)),
    ("32", "3", 7, (1, 3, 2, 2)),
    ("86", "139", 8, (3, 4, 4)),
    ("852", "9", 7, (4, 4)),
    ("49", "171", 7, (3, 7)),
    ("27", "82", 7, (2, 3, 4)),
    ("353", "87", 7, (2, 3, 4)),
    ("48", "60", 7, (3, 3, 3)),
    ("380", "67", 7, (2, 3, 2, 2)),
    ("963", "9", 8, (3, 3, 3)),
    ("291", "7", 6, (1, 3, 3)),
)
_BANK_LENGTH = {"BE": 12, "DE": 18, "FR": 23, "LU": 16}


class FillersV68(CodesV68, Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    def _ascii(self, text: str) -> str:
        flat = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
        return "".join(ch for ch in flat if ch.isalnum())

    # ---- names
    def name_full(self, lang: str) -> str:
        return f"{self.pick('first')} {self.pick('surname')}"

    def name_first(self, lang: str) -> str:
        return self.pick("first")

    def name_surname(self, lang: str) -> str:
        surname = self.pick("surname")
        return surname[:1].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        letters = self.rng.sample("ABCDEFGHIJKLMNPRSTW", self.rng.choice((1, 2, 2, 3)))
        written = self._one("".join(f"{ch}." for ch in letters), " ".join(f"{ch}." for ch in letters))
        return f"{written} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(
            f"{first.upper()} {surname.upper()}", f"{surname.upper()}, {first.upper()}", f"{surname.upper()} {first}"
        )

    def name_chinese(self, lang: str) -> str:
        """Chinese-Dutch customers: family name first, or a western first name, or Cantonese spellings."""
        family, given = self.pick("cn_surname"), self.pick("cn_given")
        return self._one(
            f"{family} {given}", f"{given} {family}", f"{self.pick('cn_western')} {family}", f"{family.upper()} {given}"
        )

    def name_nick(self, lang: str) -> str:
        """Chat display names on WeChat, Line or Trustpilot: 'meiling_chen', 'Riaan B.', 'Gerdien1958'."""
        first, last = self.pick("first"), self.pick("surname")
        plain_first, plain_last = self._ascii(first), self._ascii(last)
        return self._one(
            f"{plain_first}_{plain_last}",
            f"{first} {last.split()[-1][:1].upper()}.",
            f"{first}{self.rng.randint(1940, 2005)}",
            f"{plain_first}.{plain_last}{self.rng.randint(1, 99)}",
        )

    def name_pair(self, lang: str) -> str:
        joiner = self._one("&", "and" if lang == "en" else "en", "+")
        return f"{self.pick('first')} {joiner} {self.pick('first')} {self.pick('surname')}"

    # ---- e-mail
    def _mailbox(self) -> str:
        first, last = self._ascii(self.pick("first")), self._ascii(self.pick("surname"))
        return self._one(
            f"{first}.{last}",
            f"{first}{last}",
            f"{first[:1]}.{last}",
            f"{last}{self.rng.randint(1, 999)}",
            f"{first}-{last}",
            f"{first}_{self.rng.randint(1945, 2006)}",
            f"{last}.{first[:1]}",
            numerals(self.rng, 9),
        )

    def email(self, lang: str) -> str:
        return f"{self._mailbox()}@{self.pick('domain')}"

    def email_caps(self, lang: str) -> str:
        return self.email(lang).upper()

    def email_spoken(self, lang: str) -> str:
        box, domain = self._mailbox(), self.pick("domain")
        if lang == "en":
            return f"{box.replace('.', ' dot ')} at {domain.replace('.', ' dot ')}"
        at = self._one("apenstaartje", "at", "ad")
        return f"{box.replace('.', ' punt ')} {at} {domain.replace('.', ' punt ')}"

    # ---- phones
    def phone(self, lang: str) -> str:
        tail = numerals(self.rng, 8)
        area = self._one("020", "010", "0113", "0118", "0523", "0591", "0347", "045", "0168", "072", "0229")
        land = area + numerals(self.rng, 10 - len(area))
        local = land[len(area) :]
        return self._one(
            f"06{tail}",
            f"06-{tail}",
            f"06 {chunk(tail, (4, 4))}",
            f"06-{chunk(tail, (2, 2, 2, 2), '-')}",
            f"06 {chunk(tail, (2, 2, 2, 2))}",
            f"+316{tail}",
            f"+31 6 {chunk(tail, (4, 4))}",
            f"0031 (0)6 {tail}",
            f"{area}-{local}",
            f"{area} {chunk(local, (3, 4) if len(local) == 7 else (2, 2, 2))}",
            f"({area}) {local}",
            f"+31 {area[1:]} {local}",
            f"{area}/{local}",
        )

    def phone_be(self, lang: str) -> str:
        mobile = "4" + self._one("7", "8", "9") + numerals(self.rng, 7)
        zone = self._one("3", "9", "2", "16", "50", "11", "14")
        local = numerals(self.rng, 8 - len(zone))
        land = f"0{zone} {chunk(local, (3, 2, 2) if len(zone) == 1 else (2, 2, 2))}"
        return self._one(
            f"0{mobile[:3]} {chunk(mobile[3:], (2, 2, 2))}",
            f"0{mobile[:3]}/{chunk(mobile[3:], (2, 2, 2), '.')}",
            f"+32 {mobile[:3]} {chunk(mobile[3:], (2, 2, 2))}",
            f"0032 {mobile}",
            land,
            land.replace(" ", "/", 1),
            f"+32 {zone} {local}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, head, rest, sizes = self.rng.choice(_ABROAD)
        national = head + numerals(self.rng, rest)
        return self._one(
            f"+{code} {chunk(national, sizes)}",
            f"+{code}{national}",
            f"00{code} {chunk(national, sizes)}",
            f"+{code}-{chunk(national, sizes, '-')}",
        )

    def phone_en(self, lang: str) -> str:
        """Irish and South African numbers as their owners write them."""
        ie = "8" + self._one("3", "5", "6", "7", "9") + numerals(self.rng, 7)
        za = self._one("82", "83", "72", "73", "61", "21", "11", "31") + numerals(self.rng, 7)
        return self._one(
            f"0{ie[:2]} {chunk(ie[2:], (3, 4))}",
            f"+353 {ie[:2]} {ie[2:]}",
            f"(0{ie[:2]}) {chunk(ie[2:], (3, 4))}",
            f"0{za[:2]} {chunk(za[2:], (3, 4))}",
            f"+27 {za[:2]} {chunk(za[2:], (3, 4))}",
            f"+27{za}",
            f"0{za}",
            f"(01) {chunk(numerals(self.rng, 7), (3, 4))}",
        )

    def phone_spoken(self, lang: str) -> str:
        if lang == "en":
            number = self._one("08", "07", "06") + numerals(self.rng, 8)
            return self._one(say_english(number), say_digits(number, "en"))
        if self.rng.random() < 0.5:  # Flemish mobile in pairs: 'nul vier zevenenzeventig, twaalf, ...'
            mobile = "4" + self._one("7", "8", "9") + numerals(self.rng, 7)
            pairs = ", ".join(two_digits_nl(mobile[i : i + 2]) for i in range(3, 9, 2))
            return f"nul vier {two_digits_nl(mobile[1:3])}, {pairs}"
        number = "06" + numerals(self.rng, 8)
        return self._one(
            say_digits(number, "nl"),
            "nul zes " + " ".join(two_digits_nl(number[i : i + 2]) for i in range(2, 10, 2)),
        )

    # ---- bank accounts
    def _iban_nl(self) -> str:
        return mod97_iban("NL", self.pick("bank") + numerals(self.rng, 10))

    def _written(self, iban: str) -> str:
        groups = chunk(iban, (4,) * 8)
        return self._one(iban, groups, groups, groups.lower(), iban.lower(), chunk(iban, (4,) * 8, "-"))

    def iban_nl(self, lang: str) -> str:
        return self._written(self._iban_nl())

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "NL", "BE", "BE", "DE", "IE", "FR", "LU")
        if country == "NL":
            return self._written(self._iban_nl())
        if country == "IE":
            account = self.pick("bank_ie") + numerals(self.rng, 14)
        else:
            account = numerals(self.rng, _BANK_LENGTH[country])
        return self._written(mod97_iban(country, account))

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = eleven_test_number(self.rng)
        return self._one(
            bsn,
            bsn,
            f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}",
            f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
            f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}",
            f"{bsn[:2]} {bsn[2:4]} {bsn[4:6]} {bsn[6:]}",
            " ".join(bsn),
            f"{bsn[:3]}-{bsn[3:5]}-{bsn[5:]}",
        )

    def bsn_spoken(self, lang: str) -> str:
        bsn = eleven_test_number(self.rng)
        if lang == "nl" and self.rng.random() < 0.5:
            return f"{say_digits(bsn[0], 'nl')} " + " ".join(two_digits_nl(bsn[i : i + 2]) for i in range(1, 9, 2))
        return say_digits(bsn, lang)

    # ---- addresses
    def address(self, lang: str) -> str:
        number = self.rng.randint(1, 286)
        extra = self._one("", "", "", "a", "A", "-1", " II", "bis", " rd", "-C")
        return f"{self.pick('street_nl')} {number}{extra}"

    def address_caps(self, lang: str) -> str:
        return self.address(lang).upper()

    def address_be(self, lang: str) -> str:
        number = self.rng.randint(1, 240)
        box = self._one(
            "", "", f" bus {self.rng.randint(1, 12)}", f"/{self.rng.randint(1, 9)}", f" b{self.rng.randint(1, 5)}"
        )
        return f"{self.pick('street_be')} {number}{box}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 199)
        unit = self._one("", "", "", f"Apt {self.rng.randint(1, 40)}, ", f"Unit {self.rng.randint(1, 20)}, ")
        return f"{unit}{number} {self.pick('street_en')}"
