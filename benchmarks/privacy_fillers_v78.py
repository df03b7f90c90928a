"""Fillers of the held-out split test_v78 (seed 419): heirs and home buyers at the notary, renters of wheelchairs
and walkers, drivers with a CBR medical declaration, car wash, ink and streaming subscribers, office cleaners and
their clients, skiers and drivers with toll badges and vignettes; Dutch, Flemish, Indonesian-Dutch and
Hindustani-Surinamese families, Filipino and Singaporean customers and many more. `NAME_HANDLE` is a Mastodon
handle (`@user@instance`) built from a person's name."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v78_pools  # noqa: F401  (registers POOLS["test_v78"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v78_codes import CodesV78
from benchmarks.privacy_fillers_v78_numbers import digits, eleven_proof, iban_for, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
# Country code, first national digits, further digits, grouping.
_FOREIGN = (
    ("62", "81", 9, (3, 4, 4)),
    ("597", "8", 6, (3, 4)),
    ("63", "917", 7, (3, 3, 4)),
    ("65", "9", 7, (4, 4)),
    ("43", "664", 7, (3, 7)),
    ("41", "79", 7, (2, 3, 2, 2)),
    ("33", "6", 8, (1, 2, 2, 2, 2)),
    ("81", "90", 8, (2, 4, 4)),
    ("32", "47", 7, (3, 2, 2, 2)),
    ("49", "171", 7, (4, 7)),
)


class FillersV78(CodesV78, Fillers):
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
        letters = self.rng.sample("ABCDEFGHIJKLMNPRSTWY", self.rng.choice((1, 2, 2, 3)))
        initials = self._one("".join(f"{ch}." for ch in letters), " ".join(f"{ch}." for ch in letters))
        return f"{initials} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(
            f"{first.upper()} {surname.upper()}",
            f"{surname.upper()}, {first.upper()}",
            f"{first[0]}. {surname.upper()}",
        )

    def name_couple(self, lang: str) -> str:
        joiner = self._one("&", "+", "and" if lang == "en" else "en")
        return f"{self.pick('first')} {joiner} {self.pick('first')} {self.pick('surname')}"

    def name_handle(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        user = self._one(
            f"{first}{last}", f"{first}_{last}", f"{first}.{last[:1]}", f"{first}{self.rng.randint(7, 99)}"
        )
        return f"@{user}@{self.pick('instance')}"

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{last}{first[0]}",
            f"{first}{self.rng.randint(60, 99)}",
            f"{first}-{last}",
            f"{first}.{last}{self.rng.randint(1, 30)}",
            f"{last}.{first}",
        )
        address = f"{box}@{self.pick('domain')}"
        return address.upper() if self.rng.random() < 0.07 else address

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot = self._one(("apenstaartje", "punt"), ("at", "punt")) if lang == "nl" else ("at", "dot")
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._one(f"{first} {dot} {last} {at} {domain}", f"{first}{last} {at} {domain}")

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("020", "010", "070", "0318", "0172", "0575", "013", "053", "0595", "045")
        land = area + digits(self.rng, 10 - len(area))
        local = land[len(area) :]
        return self._one(
            f"06-{rest}",
            f"06 {split_in(rest, (4, 4))}",
            f"06{rest}",
            f"+31 6 {split_in(rest, (4, 4))}",
            f"0031 (0)6 {rest}",
            f"+31-6-{split_in(rest, (2, 2, 2, 2), '.')}",
            f"06 {split_in(rest, (2, 2, 2, 2), ' ')}",
            f"{area} - {split_in(local, (3, 2, 2)) if len(local) == 7 else split_in(local, (2, 2, 2))}",
            f"({area}) {local}",
            f"{area}-{local}",
            f"+31 {area[1:]} {local}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, head, count, sizes = self.rng.choice(_FOREIGN)
        national = head + digits(self.rng, count)
        return self._one(
            f"+{code} {split_in(national, sizes)}",
            f"+{code} {split_in(national, sizes, '-')}",
            f"00{code} {national}",
            f"+{code}{national}",
        )

    def phone_en(self, lang: str) -> str:
        """Philippine, Singaporean and British numbers as their owners write them."""
        ph, sg = "9" + digits(self.rng, 9), self._one("8", "9") + digits(self.rng, 7)
        return self._one(
            f"0{ph[:3]} {ph[3:6]} {ph[6:]}",
            f"0{ph}",
            f"+63 {ph[:3]} {ph[3:6]} {ph[6:]}",
            f"+65 {sg[:4]} {sg[4:]}",
            f"{sg[:4]} {sg[4:]}",
            f"(+65) {sg}",
            f"07{digits(self.rng, 3)} {digits(self.rng, 6)}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if self.rng.random() < 0.5:
            return read_out(number, lang)
        head = "nul zes" if lang == "nl" else "oh six"
        return f"{head} {split_in(number[2:], (2, 2, 2, 2))}"

    # ---- bank accounts
    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, grouped, iban.lower(), grouped.lower(), grouped.replace(" ", "-"))

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(iban_for("NL", self.pick("bank") + digits(self.rng, 10)))

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "BE", "DE", "AT", "FR", "LU")
        if country == "NL":
            return self.iban_nl(lang)
        bban = digits(self.rng, {"BE": 12, "DE": 18, "AT": 16, "FR": 23, "LU": 16}[country])
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
            f"{bsn[:2]} {bsn[2:4]} {bsn[4:6]} {bsn[6:]}",
            f"{bsn[:4]}-{bsn[4:]}",
        )

    def bsn_spoken(self, lang: str) -> str:
        return read_out(eleven_proof(self.rng), lang)

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._upper(2).replace("SA", "SC").replace("SD", "SE").replace("SS", "SR")
        return self._one(
            f"{number} {pair}",
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}-{pair}",
            f"NL-{number}{pair}",
            f"{number}{pair.lower()}",
        )

    def postcode_abroad(self, lang: str) -> str:
        return self._one(
            f"B-{self.rng.randint(1000, 9999)}",
            f"D-{self.rng.randint(10000, 99999)}",
            f"A-{self.rng.randint(1000, 9999)}",
            f"CH-{self.rng.randint(1000, 9999)}",
        )

    def postcode_sg(self, lang: str) -> str:
        return f"{self.rng.randint(10, 82):02d}{digits(self.rng, 4)}"

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 288))
        suffix = self._one("", "", "", "A", "-B", "-III", " hs", " bus 4", "bis", " 2e verd.")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 260)
        street = self.pick("street_en")
        if street.split()[0] in ("Ang", "Tampines", "Jurong", "Bedok", "Toa"):
            return f"Blk {number} {street} #{self.rng.randint(2, 18):02d}-{self.rng.randint(10, 999)}"
        return self._one(f"{number} {street}", f"Unit {self.rng.randint(1, 9)}{self._upper(1)}, {number} {street}")

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1929, 2007)

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
            f"{day:02d}{month:02d}{year}",
            f"{day} {name.capitalize()} {year}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{day:02d}/{month:02d}/{year}",
            f"{month:02d}/{day:02d}/{year}",
            f"{day} {name} {year}",
            f"{name} {day}, {year}",
            f"{day}{nth} {name[:3]} {year}",
            f"{day:02d} {name[:3].upper()} {year}",
            f"{year}/{month:02d}/{day:02d}",
            f"{day}-{name[:3]}-{str(year)[2:]}",
        )
