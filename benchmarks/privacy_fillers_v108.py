"""Fillers of the held-out split test_v108 (seed 607): riders, funeral policy holders, e-bike leasers, dog owners,
holiday park guests, hearing aid testers, students, permit applicants, parents and window-cleaning subscribers from
Groningen, Limburg, Gent, Yorkshire, South Africa, India and elsewhere."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v108_pools  # noqa: F401  (registers POOLS["test_v108"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v108_codes import CodesV108
from benchmarks.privacy_fillers_v108_numbers import digits, eleven_proof, iban_for, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
_FOREIGN = (
    ("32", "47" + "{7}", (3, 2, 2, 2)),
    ("49", "17" + "{8}", (3, 7)),
    ("27", "8" + "{8}", (2, 3, 4)),
    ("91", "9" + "{9}", (5, 5)),
    ("44", "7" + "{9}", (4, 6)),
    ("90", "53" + "{8}", (3, 3, 4)),
    ("48", "6" + "{8}", (3, 3, 3)),
)


class FillersV108(CodesV108, Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    def _plain(self, key: str) -> str:
        text = unicodedata.normalize("NFKD", self.pick(key).lower()).encode("ascii", "ignore").decode()
        return "".join(ch for ch in text if ch.isalnum())

    # ---- names
    def name_full(self, lang: str) -> str:
        return f"{self.pick('first')} {self.pick('surname')}"

    def name_first(self, lang: str) -> str:
        return self.pick("first")

    def name_surname(self, lang: str) -> str:
        surname = self.pick("surname")
        return surname[:1].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        letters = self.rng.sample("ABCDEGHJKLMNPRSTW", self.rng.choice((1, 2, 2, 3)))
        return f"{''.join(f'{ch}.' for ch in letters)} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(
            f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname.upper()} {first[0]}."
        )

    def name_nick(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        return self._one(
            f"{first}.{last}",
            f"{first}_{last[:3]}{self.rng.randint(10, 99)}",
            f"{first.capitalize()}{last.capitalize()}",
        )

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{last}{self.rng.randint(60, 99)}",
            f"{first}-{last}",
            f"{first}{last}",
        )
        return f"{box}@{self.pick('domain')}"

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot = ("apenstaartje", "punt") if lang == "nl" else ("at", "dot")
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._one(f"{first} {dot} {last} {at} {domain}", f"{first}{last} {at} {domain}")

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("050", "0598", "0595", "043", "045", "046", "077", "0475", "030", "0524")
        land = area + digits(self.rng, 10 - len(area))
        return self._one(
            "06" + rest,
            f"06-{rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06-{split_in(rest, (2, 3, 3))}",
            f"+31 6 {split_in(rest, (4, 4))}",
            f"+316-{rest}",
            f"0031 (0)6 {rest}",
            f"06/{rest}",
            f"{land[: len(area)]}-{land[len(area) :]}",
            f"({land[: len(area)]}) {split_in(land[len(area) :], (2, 2, 3))}",
            f"+31 {land[1 : len(area)]} {land[len(area) :]}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, shape, sizes = self.rng.choice(_FOREIGN)
        head, count = shape.split("{")
        national = head + digits(self.rng, int(count.rstrip("}")))
        if code == "32" and self.rng.random() < 0.5:  # Flemish mobile as written at home
            return f"0{national[:3]} {split_in(national[3:], (2, 2, 2))}"
        return self._one(f"+{code} {split_in(national, sizes)}", f"00{code} {national}", f"+{code}{national}")

    def phone_en(self, lang: str) -> str:
        """Yorkshire, South African and Indian numbers as their owners write them."""
        uk, za = "7" + digits(self.rng, 9), self._one("82", "83", "72", "71") + digits(self.rng, 7)
        india = self._one("98", "99", "70", "81") + digits(self.rng, 8)
        return self._one(
            f"0{uk[:4]} {uk[4:]}",
            f"+44 {uk[:4]} {split_in(uk[4:], (3, 3))}",
            f"0113 {split_in(digits(self.rng, 7), (3, 4))}",
            f"01904 {digits(self.rng, 6)}",
            f"0{za[:2]} {split_in(za[2:], (3, 4))}",
            f"+27 {za[:2]} {split_in(za[2:], (3, 4))}",
            f"021 {split_in(digits(self.rng, 7), (3, 4))}",
            f"+91 {split_in(india, (5, 5))}",
            f"+91-{india}",
            f"0{india}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = self._one("06" + digits(self.rng, 8), "050" + digits(self.rng, 7))
        return read_out(number, lang)

    # ---- bank accounts
    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, iban.lower(), grouped.replace(" ", "-"), grouped.lower())

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(iban_for("NL", self.pick("bank") + digits(self.rng, 10)))

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "BE", "BE", "DE", "GB", "FR")
        if country == "NL":
            return self.iban_nl(lang)
        if country == "GB":
            bban = self.pick("bank_gb") + digits(self.rng, 14)
        else:
            bban = digits(self.rng, {"BE": 12, "DE": 18, "FR": 23}[country])
        return self._write_iban(iban_for(country, bban))

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(
            bsn,
            bsn,
            f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
            f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}",
            f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}",
        )

    def bsn_spoken(self, lang: str) -> str:
        return read_out(eleven_proof(self.rng), lang)

    # ---- addresses
    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 260))
        suffix = self._one("", "", "", "a", "-C", " bus 2", " /101", " A", "-rd")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 199)
        flat = self._one("", "", "", f"Flat {self.rng.randint(1, 20)}, ", f"Unit {self.rng.randint(1, 40)}, ")
        return f"{flat}{number} {self.pick('street_en')}"

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1928, 2019)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["nl"][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day} {name} {year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day} {name[:3]} '{str(year)[2:]}",
            f"{year}-{month:02d}-{day:02d}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{day}/{month:02d}/{year}",
            f"{day} {name} {year}",
            f"{day}{nth} {name} {year}",
            f"{name} {day}, {year}",
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{name[:3]}-{str(year)[2:]}",
            f"{year}/{month:02d}/{day:02d}",
        )
