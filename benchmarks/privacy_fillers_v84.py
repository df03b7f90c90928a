"""Fillers of the held-out split test_v84 (seed 449): ambulance patients, relay callers, IVF patients, holiday
renters in Spain, school-trip parents, tyre-storage customers, satellite TV subscribers, orthodontic patients, rowing
boat renters and piano buyers, from Brabant, Limburg, Kenya, Australia and far beyond."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v84_pools  # noqa: F401  (registers POOLS["test_v84"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v84_codes import CodesV84
from benchmarks.privacy_fillers_v84_numbers import digits, eleven_proof, iban_for, read_in_groups, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
# Country code, first national digits, how many more, grouping.
_FOREIGN = (
    ("34", "6", 8, (3, 3, 3)),
    ("34", "9", 8, (2, 3, 2, 2)),
    ("32", "47", 7, (3, 2, 2, 2)),
    ("49", "17", 8, (3, 7)),
    ("254", "7", 8, (3, 3, 3)),
    ("61", "4", 8, (3, 3, 3)),
    ("90", "53", 8, (3, 3, 2, 2)),
    ("212", "6", 8, (1, 2, 2, 2, 2)),
    ("48", "6", 8, (3, 3, 3)),
)


class FillersV84(CodesV84, Fillers):
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
        initials = self._one(
            "".join(f"{ch}." for ch in letters), "".join(letters), " ".join(f"{ch}." for ch in letters)
        )
        return f"{initials} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(f"{first.upper()} {surname.upper()}", f"{surname.upper()}, {first.upper()}")

    def name_double(self, lang: str) -> str:
        first, one, two = self.pick("first"), self.pick("surname"), self.pick("surname")
        return self._one(f"{first} {one}-{two}", f"{first} {one} - {two}", f"{first} {one} e/v {two}")

    def name_nick(self, lang: str) -> str:
        """A Signal display name: 'Dorien vd Ven', 'teun_schreurs'."""
        first, surname = self.pick("first"), self.pick("surname")
        short = "".join(part[0] for part in surname.split()[:-1]) + " " + surname.split()[-1]
        return self._one(
            f"{first} {short.strip()}", f"{self._plain('first')}_{self._plain('surname')}", f"{first} {surname[:1]}."
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
            f"{first}.{last}.{self.rng.randint(1, 9)}",
        )
        return f"{box}@{self.pick('domain')}"

    def email_caps(self, lang: str) -> str:
        return self.email(lang).upper()

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot = self._one(("apenstaartje", "punt"), ("at", "punt")) if lang == "nl" else ("at", "dot")
        return f"{first} {dot} {last} {at} {self.pick('domain').replace('.', f' {dot} ')}"

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("040", "0411", "013", "073", "076", "0492", "043", "045", "046", "077", "0475")
        land = area + digits(self.rng, 10 - len(area))
        return self._one(
            f"06{rest}",
            f"06-{rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06 - {split_in(rest, (3, 3, 2))}",
            f"+31 6 {split_in(rest, (4, 4))}",
            f"+31 (0) 6 {rest}",
            f"0031 (0)6 {rest}",
            f"06/{rest}",
            f"{area}-{land[len(area) :]}",
            f"({area}) {split_in(land[len(area) :], (3, 4) if len(area) == 3 else (2, 4))}",
            f"+31 {area[1:]} {split_in(land[len(area) :], (3, 4) if len(area) == 3 else (2, 4))}",
            f"{area} {land[len(area) :]}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, head, count, sizes = self.rng.choice(_FOREIGN)
        national = head + digits(self.rng, count)
        return self._one(
            f"+{code} {split_in(national, sizes)}",
            f"00{code} {national}",
            f"+{code}{national}",
            f"(+{code}) {split_in(national, sizes, '.')}",
        )

    def phone_ke(self, lang: str) -> str:
        national = self._one("7", "7", "1") + digits(self.rng, 8)
        return self._one(
            f"+254 {split_in(national, (3, 3, 3))}",
            f"0{national}",
            f"0{split_in(national, (3, 3, 3))}",
            f"+254{national}",
            f"254-{split_in(national, (3, 6), '-')}",
        )

    def phone_au(self, lang: str) -> str:
        mobile, land = "4" + digits(self.rng, 8), self._one("2", "3", "7", "8") + digits(self.rng, 8)
        return self._one(
            f"0{split_in(mobile, (3, 3, 3))}",
            f"+61 {split_in(mobile, (3, 3, 3))}",
            f"0{mobile}",
            f"(0{land[0]}) {split_in(land[1:], (4, 4))}",
            f"+61 {land[0]} {split_in(land[1:], (4, 4))}",
        )

    def phone_groups(self, lang: str) -> str:
        """Read out in groups as a caller does: 'nul-zes, twee-vier, ...'."""
        number = "06" + digits(self.rng, 8)
        sizes = self._one((2, 2, 2, 2, 2), (2, 3, 3, 2), (4, 3, 3))
        return self._one(read_in_groups(number, lang, sizes), read_in_groups(number, lang, sizes, " ", " ... "))

    def phone_spoken(self, lang: str) -> str:
        return read_out("06" + digits(self.rng, 8), lang)

    # ---- bank accounts
    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, iban.lower(), grouped.lower(), grouped.replace(" ", "-"))

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(iban_for("NL", self.pick("bank") + digits(self.rng, 10)))

    def iban_es(self, lang: str) -> str:
        return self._write_iban(iban_for("ES", self.pick("bank_es") + digits(self.rng, 16)))

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "NL", "BE", "DE", "ES", "LU")
        if country == "NL":
            return self.iban_nl(lang)
        if country == "ES":
            return self.iban_es(lang)
        bban = digits(self.rng, {"BE": 12, "DE": 18, "LU": 16}[country])
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
            f"{bsn[:2]} {bsn[2:5]} {bsn[5:]}",
            f"{bsn[:4]}-{bsn[4:]}",
        )

    def bsn_groups(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(read_in_groups(bsn, lang, (3, 3, 3)), read_out(bsn, lang))

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._upper(2).replace("SA", "SC").replace("SD", "SE").replace("SS", "SV")
        return self._one(
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}{pair.lower()}",
            f"{number}-{pair}",
            f"{number} {pair[0]}{pair[1].lower()}",
        )

    def postcode_au(self, lang: str) -> str:
        return self._one(
            str(self.rng.randint(2000, 2999)), str(self.rng.randint(3000, 3999)), f"0{self.rng.randint(800, 899)}"
        )

    def postcode_es(self, lang: str) -> str:
        return f"{self._one('29', '03', '30', '04', '07', '35')}{digits(self.rng, 3)}"

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 288))
        suffix = self._one("", "", "", "a", "A", "-3", " b", "-bis", " zw", "/2")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_caps(self, lang: str) -> str:
        return self.address(lang).upper()

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 380)
        unit = self._one("", "", "", f"Unit {self.rng.randint(1, 20)}/", f"Apt {self.rng.randint(1, 40)}, ")
        return f"{unit}{number} {self.pick('street_en')}"

    def address_es(self, lang: str) -> str:
        number = self.rng.randint(1, 160)
        floor = self._one("", f", {self.rng.randint(1, 9)}º{self._one('A', 'B', 'C')}", f" bajo {self._one('1', '2')}")
        return f"{self.pick('street_es')} {number}{floor}"

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1936, 2022)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["nl"][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day} {name} {year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day} {name[:3]} {year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day}-{month}-'{str(year)[2:]}",
            f"{day:02d}{month:02d}{str(year)[2:]}",
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
            f"{day}-{name[:3]}-{str(year)[2:]}",
            f"{day}.{month}.{year}",
        )
