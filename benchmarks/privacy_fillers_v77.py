"""Fillers of the held-out split test_v77 (seed 409): temp workers and their payslips, travellers with parked cars
and lost suitcases, stranded drivers, households with pests or sooty chimneys, fertility patients, tattooed clients,
sauna guests, escape room players and seniors with meal deliveries, from the Netherlands, Flanders, Curaçao, Cape
Verde, South Africa, Australia and far beyond."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v77_pools  # noqa: F401  (registers POOLS["test_v77"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v77_codes import CodesV77
from benchmarks.privacy_fillers_v77_numbers import digits, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
# Country code, first national digits, further digits, grouping.
_FOREIGN = (
    ("599", "9", 7, (1, 3, 4)),
    ("599", "7", 6, (3, 4)),
    ("297", "56", 5, (3, 4)),
    ("238", "9", 6, (3, 2, 2)),
    ("238", "5", 6, (3, 2, 2)),
    ("351", "91", 7, (3, 3, 3)),
    ("32", "47", 7, (3, 2, 2, 2)),
    ("49", "17", 8, (3, 7)),
    ("597", "8", 6, (3, 4)),
    ("212", "6", 8, (1, 2, 2, 2, 2)),
)


class FillersV77(CodesV77, Fillers):
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
        letters = self.rng.sample("ABCDEFGHIJKLMNPRSTW", self.rng.choice((1, 2, 2, 3)))
        initials = self._one("".join(f"{ch}." for ch in letters), " ".join(f"{ch}." for ch in letters))
        return f"{initials} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        return self.name_full(lang).upper()

    def name_reversed(self, lang: str) -> str:
        """Surname first, as on payslips and forms: 'Martina, Shurandy', 'VAN DAM Gerdien', 'Botha, J.'."""
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(f"{surname}, {first}", f"{surname.upper()} {first}", f"{surname}, {first[0]}.")

    def name_nick(self, lang: str) -> str:
        """A Discord or Viber handle: '@gerdien.vandam', 'thabo_nkosi93'."""
        first, last = self._plain("first"), self._plain("surname")
        return self._one(f"@{first}.{last}", f"{first}_{last}{self.rng.randint(70, 99)}", f"{first}{last[:3]}")

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{last}.{first[0]}",
            f"{first}{self.rng.randint(1950, 2005)}",
            f"{first}_{last}",
            f"{last}{self.rng.randint(1, 99)}",
        )
        return f"{box}@{self.pick('domain')}"

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot, low = ("apenstaartje", "punt", "laag streepje") if lang == "nl" else ("at", "dot", "underscore")
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._one(f"{first} {dot} {last} {at} {domain}", f"{first} {low} {last} {at} {domain}")

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("010", "020", "070", "0294", "0318", "0416", "0497", "072", "0546", "043")
        tail = digits(self.rng, 10 - len(area))
        return self._one(
            f"06{rest}",
            f"06-{rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06 - {split_in(rest, (3, 3, 2))}",
            f"+31 6 {split_in(rest, (2, 2, 2, 2))}",
            f"+31(0)6-{rest}",
            f"0031 6 {rest}",
            f"{area}-{tail}",
            f"{area} {split_in(tail, (3, 4) if len(tail) == 7 else (2, 2, 2))}",
            f"({area}) {tail}",
            f"+31 {area[1:]} {tail}",
        )

    def phone_abroad(self, lang: str) -> str:
        """Curaçao, Bonaire, Aruba, Cape Verde, Portugal, Belgium, Germany, Suriname and Morocco."""
        code, head, count, sizes = self.rng.choice(_FOREIGN)
        national = head + digits(self.rng, count)
        return self._one(
            f"+{code} {split_in(national, sizes)}",
            f"00{code} {national}",
            f"+{code}{national}",
            f"(+{code}) {split_in(national, sizes, '-')}",
        )

    def phone_en(self, lang: str) -> str:
        """South African and Australian numbers as their owners write them."""
        za = self._one("82", "83", "72", "71", "84", "61") + digits(self.rng, 7)
        au = "4" + digits(self.rng, 8)
        return self._one(
            f"0{za[:2]} {za[2:5]} {za[5:]}",
            f"+27 {za[:2]} {za[2:5]} {za[5:]}",
            f"+27{za}",
            f"0{au[:3]} {au[3:6]} {au[6:]}",
            f"+61 {au[:3]} {au[3:6]} {au[6:]}",
            f"(+61) 0{au}",
            f"0{au}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if self.rng.random() < 0.5:
            return read_out(number, lang)
        return f"{read_out('06', lang)} {split_in(number[2:], (3, 3, 2))}"

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._upper(2).replace("SA", "SB").replace("SD", "SE").replace("SS", "ST")
        return self._one(
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}{pair.lower()}",
            f"{number}  {pair}",
            f"{number}-{pair}",
            f"NL-{number} {pair}",
        )

    def postcode_be(self, lang: str) -> str:
        return self._one(f"{self.rng.randint(1000, 9992)}", f"B-{self.rng.randint(1000, 9992)}")

    def postcode_en(self, lang: str) -> str:
        """South African and Australian four-digit codes, with the Australian state when it is written."""
        return self._one(
            f"{self.rng.randint(1, 9):01d}{digits(self.rng, 3)}",
            f"0{digits(self.rng, 3)}",
            f"{self._one('NSW', 'VIC', 'QLD', 'WA', 'SA')} {self.rng.randint(2000, 6999)}",
        )

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 240))
        suffix = self._one("", "", "", "b", "-C", " A", "-2", " zw", "/101", " bus 3")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        """Addresses in South Africa and Australia."""
        number, street = self.rng.randint(1, 250), self.pick("street_en")
        return self._one(
            f"{number} {street}",
            f"Unit {self.rng.randint(1, 30)}/{number} {street}",
            f"{number} {street}, {self.pick('city_en')}",
            f"Flat {self.rng.randint(1, 60)}, {number} {street}",
        )

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1929, 2009)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["nl"][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day} {name} {year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{day} {name[:3]}. {year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day:02d}-{month:02d}-{str(year)[2:]}",
            f"{day:02d}{month:02d}{year}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{day}/{month}/{year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day} {name} {year}",
            f"{day}{nth} {name} {year}",
            f"{name} {day}, {year}",
            f"{day}-{name[:3]}-{year}",
            f"{year}/{month:02d}/{day:02d}",
        )
