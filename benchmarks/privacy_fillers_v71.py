"""Fillers of the held-out split test_v71 (seed 373): pet owners, solar panel buyers, wedding couples, taxi riders,
learner drivers, bungalow guests, pharmacy patients, tax clients, people moving house and library and museum card
holders, from Twente and the German border to Poland, Romania and beyond."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v71_pools  # noqa: F401  (registers POOLS["test_v71"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v71_codes import CodesV71
from benchmarks.privacy_fillers_v71_numbers import (
    digits,
    eleven_proof,
    iban_for,
    ocr_digits,
    ocr_letters,
    read_out,
    split_in,
)

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
}
# Country code, national digits after a fixed head, grouping.
_FOREIGN = (
    ("49", "17", 8, (3, 7)),
    ("49", "2821", 6, (4, 6)),
    ("49", "15", 9, (4, 7)),
    ("48", "5", 8, (3, 3, 3)),
    ("48", "6", 8, (3, 3, 3)),
    ("40", "7", 8, (3, 3, 3)),
    ("32", "47", 7, (3, 2, 2, 2)),
    ("380", "6", 8, (2, 3, 2, 2)),
    ("90", "53", 8, (3, 3, 2, 2)),
    ("44", "7", 9, (4, 6)),
)


class FillersV71(CodesV71, Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD*, DOB*, PLATE*, CUSTOMER_NUMBER_*;
    the *_HEAD and *_TAIL slots are one number split across two speaker turns, head first."""

    def _plain(self, key: str) -> str:
        raw = self.pick(key).lower().replace("ß", "ss").replace("ł", "l").replace("ı", "i")
        text = unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode()
        return "".join(ch for ch in text if ch.isalnum())

    def _tail_of(self, text: str, cut: int) -> str:
        self.__dict__["_tail"] = text[cut:].strip()
        return text[:cut].strip()

    def _pop_tail(self) -> str:
        return self.__dict__.pop("_tail", digits(self.rng, 4))

    # ---- names
    def name_surname(self, lang: str) -> str:
        surname = self.pick("surname")
        return surname[:1].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        letters = self.rng.sample("ABCDEFGHJKLMNPRSTW", self.rng.choice((1, 2, 2, 3)))
        initials = self._one("".join(f"{ch}." for ch in letters), " ".join(f"{ch}." for ch in letters))
        return f"{initials} {self.pick('surname')}"

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(f"{surname.upper()}, {first.upper()}", f"{first.upper()} {surname.upper()}")

    def name_ocr(self, lang: str) -> str:
        return ocr_letters(self.rng, self.name_caps(lang))

    def name_couple(self, lang: str) -> str:
        joiner = self._one("&", "+", "and" if lang == "en" else "en")
        return f"{self.pick('first')} {joiner} {self.pick('first')}"

    def name_nick(self, lang: str) -> str:
        """A handle on X or a profile name in Intercom: 'hanneke_tenbrinke', 'GerbenW87'."""
        first, last = self._plain("first"), self._plain("surname")
        return self._one(
            f"{first}_{last}",
            f"{first.capitalize()}{last[:1].upper()}{self.rng.randint(70, 99)}",
            f"{first}{last}",
            f"{first[:1]}{last}{self.rng.randint(1, 9)}",
        )

    def name_spelled(self, lang: str) -> str:
        """A surname spelled letter by letter on the phone: 'K-O-Ç'."""
        last = self.pick("surname").split()[-1].upper()
        return self._one("-".join(last), " ".join(last))

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{first}{last[:1]}{self.rng.randint(1, 99)}",
            f"{last}-{first}",
            f"{first}_{last}",
            f"{first}{self.rng.randint(1960, 2005)}",
        )
        address = f"{box}@{self.pick('domain')}"
        return address.capitalize() if self.rng.random() < 0.1 else address

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot = ("apenstaartje", "punt") if lang == "nl" else ("at", "dot")
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._one(f"{first} {dot} {last} {at} {domain}", f"{first} {last} {at} {domain}")

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("053", "074", "0546", "0541", "024", "026", "0316", "0486", "0299", "0223", "045")
        land = area + digits(self.rng, 10 - len(area))
        return self._one(
            f"06{rest}",
            f"06-{rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06 - {split_in(rest, (3, 5))}",
            f"+31 6 {split_in(rest, (4, 4))}",
            f"+31 (0) 6 {rest}",
            f"0031 (0)6 {split_in(rest, (2, 2, 2, 2))}",
            f"+316-{rest}",
            f"{land[: len(area)]}-{land[len(area) :]}",
            f"{land[: len(area)]} {split_in(land[len(area) :], (3, 2, 2) if len(area) == 3 else (2, 2, 2))}",
            f"({land[: len(area)]}) {land[len(area) :]}",
            f"+31 {land[1 : len(area)]}-{land[len(area) :]}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, head, count, sizes = self.rng.choice(_FOREIGN)
        national = head + digits(self.rng, count)
        return self._one(
            f"+{code} {split_in(national, sizes)}",
            f"00{code} {national}",
            f"+{code}{national}",
            f"+{code} ({national[:1]}) {national[1:]}" if code == "49" else f"+{code}-{split_in(national, sizes)}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if self.rng.random() < 0.5:
            return read_out(number, lang)
        return f"{read_out(number[:4], lang)}, {split_in(number[4:], (3, 3))}"

    def phone_ocr(self, lang: str) -> str:
        return ocr_digits(self.rng, self._one("06", "06-", "06 ") + digits(self.rng, 8))

    def phone_head(self, lang: str) -> str:
        number = "06 " + split_in(digits(self.rng, 8), (2, 2, 2, 2))
        return self._tail_of(number, self._one(5, 8))

    def phone_tail(self, lang: str) -> str:
        return self._pop_tail()

    # ---- bank accounts
    def _nl_iban(self) -> str:
        return iban_for("NL", self.pick("bank") + digits(self.rng, 10))

    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, iban.lower(), grouped.lower(), split_in(iban, (2, 2, 4, 10)))

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(self._nl_iban())

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "DE", "DE", "BE", "PL", "RO")
        if country == "NL":
            return self._write_iban(self._nl_iban())
        bban = {
            "DE": lambda: digits(self.rng, 18),
            "BE": lambda: digits(self.rng, 12),
            "PL": lambda: digits(self.rng, 24),
            "RO": lambda: self._one("BTRL", "RNCB", "BRDE", "INGB") + digits(self.rng, 16),
        }[country]()
        return self._write_iban(iban_for(country, bban))

    def iban_ocr(self, lang: str) -> str:
        return ocr_digits(self.rng, split_in(self._nl_iban(), (4,) * 5))

    def iban_head(self, lang: str) -> str:
        return self._tail_of(split_in(self._nl_iban(), (4,) * 5), self._one(9, 14))

    def iban_tail(self, lang: str) -> str:
        return self._pop_tail()

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(
            bsn,
            bsn,
            f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
            f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}",
            f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}",
            f"{bsn[:4]} {bsn[4:]}",
        )

    def bsn_spoken(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(read_out(bsn, lang), f"{read_out(bsn[:3], lang)}, {bsn[3:6]}, {bsn[6:]}")

    def bsn_ocr(self, lang: str) -> str:
        return ocr_digits(self.rng, eleven_proof(self.rng))

    def bsn_head(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._tail_of(f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}", self._one(3, 7))

    def bsn_tail(self, lang: str) -> str:
        return self._pop_tail()

    # ---- postcodes and addresses
    def _nl_postcode(self) -> tuple[str, str]:
        pair = self._upper(2).replace("SA", "SB").replace("SD", "SE").replace("SS", "ST")
        return str(self.rng.randint(1011, 9999)), pair

    def postcode(self, lang: str) -> str:
        number, pair = self._nl_postcode()
        return self._one(
            f"{number} {pair}", f"{number}{pair}", f"{number} {pair.lower()}", f"{number}-{pair}", f"NL {number}{pair}"
        )

    def postcode_ocr(self, lang: str) -> str:
        number, pair = self._nl_postcode()
        return ocr_digits(self.rng, number) + self._one(" ", "") + pair

    def postcode_de(self, lang: str) -> str:
        code = self._one("47559", "47533", "46446", "48599", "48455", "47574", "52062", "48691")
        return self._one(code, f"D-{code}", f"DE-{code}")

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 288))
        suffix = self._one("", "", "", "a", "-b", " A", "-1", " III", "bis")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_de(self, lang: str) -> str:
        return f"{self.pick('street_de')} {self.rng.randint(1, 140)}{self._one('', '', 'a', 'b')}"

    def address_en(self, lang: str) -> str:
        """How newcomers often write a Dutch address: number first, or with a room or flat."""
        number, street = self.rng.randint(1, 240), self.pick("street_nl")
        return self._one(
            f"{number} {street}",
            f"{street} {number}, room {self.rng.randint(1, 12)}",
            f"{street} {number} flat {self.rng.randint(1, 30)}",
            f"{number} {self.pick('street_en')}",
        )

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1935, 2008)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["nl"][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day} {name} {year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{day}/{month}/'{str(year)[2:]}",
            f"{day} {name[:3]} {year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day}. {_MONTHS['de'][month - 1]} {year}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{day:02d}/{month:02d}/{year}",
            f"{day} {name} {year}",
            f"{name} {day}{nth}, {year}",
            f"{day}.{month:02d}.{year}",
            f"{name[:3]} {day} {year}",
            f"{day}-{month}-{year}",
        )

    def dob_ocr(self, lang: str) -> str:
        day, month, year = self._birth()
        return ocr_digits(self.rng, f"{day:02d}-{month:02d}-{year}")
