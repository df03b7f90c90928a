"""Fillers of the held-out split test_v111 (seed 619): rail and OV-chipkaart travellers, pension fund members,
water and broadband customers, lease drivers, toeslagen recipients, parcel senders, airline passengers, dental
patients and rent-to-own buyers from Groningen, Brabant, Flanders, Suriname, Scotland, Nigeria, South Africa and the
Moroccan, Turkish, Polish, Indian and Chinese Dutch, written, typed, dictated and spelled as they really are."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v111_pools  # noqa: F401  (registers POOLS["test_v111"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v111_codes import CodesV111
from benchmarks.privacy_fillers_v111_numbers import (
    belgian_bban,
    make_bsn,
    make_iban,
    nth_en,
    rijksregister,
    say_digits,
    spell_letters,
    split_groups,
    words_en,
    words_nl,
    year_said,
)

_MAANDEN = "januari februari maart april mei juni juli augustus september oktober november december".split()
_MONTHS = "January February March April May June July August September October November December".split()
# Where the writers' names come from, by the language they write in (weights out of 100).
_ORIGINS = {
    "nl": (("nl", 34), ("be", 9), ("ma", 12), ("tr", 10), ("sr", 13), ("pl", 7), ("in", 5), ("cn", 5), ("ng", 5)),
    "en": (("sc", 24), ("ng", 22), ("za", 22), ("in", 10), ("cn", 8), ("pl", 6), ("nl", 8)),
}


class FillersV111(CodesV111, Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    # ---- names
    def _origin(self, lang: str) -> str:
        table = _ORIGINS["en" if lang == "en" else "nl"]
        return self.rng.choices([o for o, _ in table], weights=[w for _, w in table])[0]

    def _person(self, lang: str, origin: str | None = None) -> tuple[str, str]:
        origin = origin or self._origin(lang)
        return self.pick(f"first_{origin}"), self.pick(f"surname_{origin}")

    def _full(self, lang: str, origin: str | None = None) -> str:
        first, surname = self._person(lang, origin)
        if self.rng.random() < 0.1:
            first = f"{first} {self.rng.choice('ABCDEFHJKMNOST')}."
        return f"{first} {surname}"

    def name_full(self, lang: str) -> str:
        return self._full(lang)

    def name_first(self, lang: str) -> str:
        return self._person(lang)[0]

    def name_surname(self, lang: str) -> str:
        return self._person(lang)[1]

    def name_initials(self, lang: str) -> str:
        first, surname = self._person(lang)
        extra = "".join(f"{ch}." for ch in self.rng.sample("ABCDEGHJKLMPRSTW", self.rng.choice((0, 0, 1, 2))))
        dots = f"{first[0]}.{extra}"
        return self._one(f"{dots} {surname}", f"{dots}{surname}", f"{dots} {surname}")

    def name_lower(self, lang: str) -> str:
        return self._full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self._person(lang)
        return self._one(
            f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname.upper()} {first}"
        )

    def name_typo(self, lang: str) -> str:
        """Typed on a phone: a letter doubled, dropped or swapped."""
        first, surname = self._person(lang)
        at = self.rng.randint(1, len(surname) - 2) if len(surname) > 3 else 1
        if surname[at].isalpha() and surname[at - 1].isalpha():
            surname = self._one(
                surname[:at] + surname[at] + surname[at:],
                surname[:at] + surname[at + 1 :],
                surname[: at - 1] + surname[at] + surname[at - 1] + surname[at + 1 :],
            )
        return self._one(f"{first} {surname}", f"{first.lower()} {surname.lower()}", f"{first} {surname.lower()}")

    def name_spelled(self, lang: str) -> str:
        """A surname spelled out on the phone, letter by letter."""
        surname = self._person(lang)[1]
        while not surname.isalpha():
            surname = self._person(lang)[1]
        spelled = spell_letters(surname, self._one("-", " ", ", ", "-"))
        return self._one(spelled, f"{surname}, {spelled}", f"{surname} ({spelled})")

    def name_handle(self, lang: str) -> str:
        """An Instagram handle made of the writer's own name."""
        first, surname = self._ascii(self._person(lang))
        return "@" + self._one(f"{first}.{surname}", f"{first}_{surname}", f"{first}{surname}{self._d(2)}")

    def name_sc(self, lang: str) -> str:
        return self._full(lang, "sc")

    def name_ng(self, lang: str) -> str:
        return self._full(lang, "ng")

    def name_za(self, lang: str) -> str:
        return self._full(lang, "za")

    def name_sr(self, lang: str) -> str:
        return self._full(lang, "sr")

    # ---- e-mail
    @staticmethod
    def _ascii(person: tuple[str, str]) -> tuple[str, str]:
        def plain(text: str) -> str:
            text = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L")).encode("ascii", "ignore")
            return "".join(ch for ch in text.decode().lower() if ch.isalnum())

        return plain(person[0]), plain(person[1])

    def _box(self, lang: str) -> tuple[str, str]:
        origin = self._origin(lang)
        first, surname = self._ascii(self._person(lang, origin))
        box = self._one(
            f"{first}.{surname}",
            f"{first[0]}.{surname}",
            f"{first}{surname}",
            f"{surname}{self.rng.randint(60, 99)}",
            f"{first}_{surname[:4]}",
            f"{first}-{surname}",
            f"{first}{self.rng.randint(1955, 2004)}",
        )
        key = {"sc": "domain_uk", "ng": "domain_ng", "za": "domain_za"}.get(origin, "domain")
        return box, self.pick(key)

    def email(self, lang: str) -> str:
        box, domain = self._box(lang)
        address = f"{box}@{domain}"
        return address if self.rng.random() < 0.88 else address[0].upper() + address[1:]

    def email_spoken(self, lang: str) -> str:
        """As a voicemail transcription writes an address read out: 'at' and 'dot' (or 'punt') in words."""
        box, domain = self._box(lang)
        dot = "dot" if lang == "en" or self.rng.random() < 0.35 else "punt"
        at = "at" if lang == "en" or self.rng.random() < 0.7 else "apenstaartje"
        box = (
            box.replace(".", f" {dot} ")
            .replace("_", " underscore ")
            .replace("-", " streepje " if lang == "nl" else " dash ")
        )
        return f"{box} {at} {domain.replace('.', f' {dot} ')}"

    def email_obfuscated(self, lang: str) -> str:
        box, domain = self._box(lang)
        head, _, tail = domain.rpartition(".")
        return self._one(
            f"{box} [at] {head} [dot] {tail}",
            f"{box}(at){domain}",
            f"{box} at {domain}",
            f"{box} @ {domain}",
            f"{box}@{head} . {tail}",
        )

    # ---- bank accounts
    def _iban_text(self, iban: str) -> str:
        spaced = split_groups(iban, (4,) * 8)
        return self._one(iban, spaced, spaced, spaced, iban.lower(), spaced.lower(), split_groups(iban, (2, 2, 4, 10)))

    def iban_nl(self, lang: str) -> str:
        return self._iban_text(make_iban("NL", self.pick("bank_nl") + self._d(10)))

    def iban_be(self, lang: str) -> str:
        return self._iban_text(make_iban("BE", belgian_bban(self.rng)))

    def iban_gb(self, lang: str) -> str:
        return self._iban_text(make_iban("GB", self.pick("bank_gb") + self._d(14)))

    def iban(self, lang: str) -> str:
        if lang == "en":
            return self.rng.choice((self.iban_gb, self.iban_gb, self.iban_nl))(lang)
        roll = self.rng.random()
        if roll < 0.72:
            return self.iban_nl(lang)
        if roll < 0.86:
            return self.iban_be(lang)
        country, size = self.rng.choice((("DE", 18), ("PL", 24), ("TR", 22), ("FR", 23)))
        bban = self._d(size) if country != "TR" else "00" + self._d(20)
        return self._iban_text(make_iban(country, bban))

    def iban_spoken(self, lang: str) -> str:
        """An IBAN read out on a voicemail: letters one by one, check digits as a number, then the digits."""
        if lang == "en":
            iban = make_iban("GB", self.pick("bank_gb") + self._d(14))
            check = words_en(int(iban[2:4]))
        else:
            iban = make_iban("NL", self.pick("bank_nl") + self._d(10))
            check = words_nl(int(iban[2:4]))
        spoken = iban[4:8] in ("RABO", "KNAB", "BUNQ", "TRIO") and self.rng.random() < 0.5
        bank = iban[4:8].capitalize() if spoken else " ".join(iban[4:8])
        return f"{' '.join(iban[:2])} {check}, {bank}, {say_digits(iban[8:], lang, self.rng)}"

    # ---- citizen service numbers
    def bsn(self, lang: str) -> str:
        number = make_bsn(self.rng)
        return self._one(
            number,
            number,
            split_groups(number, (4, 2, 3), "."),
            split_groups(number, (3, 3, 3)),
            split_groups(number, (3, 3, 3), "-"),
            split_groups(number, (2, 2, 2, 3), "."),
        )

    def bsn_spoken(self, lang: str) -> str:
        return say_digits(make_bsn(self.rng), lang, self.rng)

    def bsn_be(self, lang: str) -> str:
        number = rijksregister(self.rng, self.rng.randint(1950, 2003), self.rng.randint(1, 12), self.rng.randint(1, 28))
        return self._one(number, number, "".join(ch for ch in number if ch.isdigit()), number.replace("-", " "))

    # ---- dates of birth
    def _ymd(self, first: int, last: int) -> tuple[int, int, int]:
        return self.rng.randint(first, last), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def dob(self, lang: str, first: int = 1938, last: int = 2005) -> str:
        if lang == "en":
            return self.dob_en(lang)
        y, m, d = self._ymd(first, last)
        return self._one(
            f"{d:02d}-{m:02d}-{y}",
            f"{d}-{m}-{y}",
            f"{d} {_MAANDEN[m - 1]} {y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {_MAANDEN[m - 1][:3]} {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}",
        )

    def dob_retire(self, lang: str) -> str:
        """Someone of 58 to 67 asking about (early) retirement."""
        return self.dob_en(lang, 1958, 1967) if lang == "en" else self.dob(lang, 1958, 1967)

    def dob_en(self, lang: str, first: int = 1938, last: int = 2005) -> str:
        y, m, d = self._ymd(first, last)
        suffix = "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return self._one(
            f"{d:02d}/{m:02d}/{y}",
            f"{d}{suffix} {_MONTHS[m - 1]} {y}",
            f"{d}{suffix} of {_MONTHS[m - 1]}, {y}",
            f"{d} {_MONTHS[m - 1][:3]} {y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{y}/{m:02d}/{d:02d}",
        )

    def dob_za(self, lang: str) -> str:
        y, m, d = self._ymd(1945, 2004)
        return self._one(f"{y}/{m:02d}/{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{d} {_MONTHS[m - 1]} {y}")

    def dob_spoken(self, lang: str) -> str:
        y, m, d = self._ymd(1940, 2004)
        if lang == "nl":
            return f"{'één' if d == 1 else words_nl(d)} {_MAANDEN[m - 1]} {year_said(y, 'nl')}"
        return self._one(
            f"the {nth_en(d)} of {_MONTHS[m - 1]} {year_said(y, 'en')}",
            f"{_MONTHS[m - 1]} {nth_en(d)}, {year_said(y, 'en')}",
        )
