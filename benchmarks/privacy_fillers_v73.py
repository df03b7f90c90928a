"""Fillers of the held-out split test_v73 (seed 383): orthodontic patients and their parents, berth tenants, horse
owners, coworking members, people storing caravans and boats, student tenants, music pupils, integration course
learners, cyclists and alarm system clients, from Groningen and Flanders to Morocco, Poland and the United States."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v73_pools  # noqa: F401  (registers POOLS["test_v73"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v73_codes import CodesV73
from benchmarks.privacy_fillers_v73_numbers import digits, eleven_proof, iban_for, read_out, read_pairs, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
# Country code, first digits, further digit count, grouping of the national number.
_FOREIGN = (
    ("32", "47", 7, (3, 2, 2, 2)),
    ("32", "9", 7, (1, 3, 2, 2)),
    ("48", "6", 8, (3, 3, 3)),
    ("48", "5", 8, (3, 3, 3)),
    ("212", "6", 8, (3, 2, 2, 2)),
    ("212", "7", 8, (1, 2, 2, 2, 2)),
    ("49", "16", 8, (4, 6)),
    ("1", "617", 7, (3, 3, 4)),
    ("90", "53", 8, (3, 3, 2, 2)),
)


class FillersV73(CodesV73, Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    def _plain(self, key: str) -> str:
        raw = self.pick(key).lower().replace("ł", "l").replace("ı", "i").replace("'", "")
        text = unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode()
        return "".join(ch for ch in text if ch.isalnum())

    # ---- names
    def name_surname(self, lang: str) -> str:
        surname = self.pick("surname")
        return surname[:1].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        letters = self.rng.sample("ABCDEFGHJKLMNPRSTW", self.rng.choice((1, 1, 2, 3)))
        initials = self._one("".join(f"{ch}." for ch in letters), " ".join(f"{ch}." for ch in letters))
        return f"{initials} {self.pick('surname')}"

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", surname.upper())

    def name_reversed(self, lang: str) -> str:
        """As a form export writes it: 'Kowalczyk, Agnieszka' or 'Linden-Koster, van der, Marit'."""
        first, surname = self.pick("first"), self.pick("surname")
        words = surname.split()
        core = [w for w in words if w[:1].isupper()] or words[-1:]
        particles = [w for w in words if w not in core]
        if particles and self.rng.random() < 0.5:
            return f"{' '.join(core)}, {first} {' '.join(particles)}"
        return f"{surname[:1].upper() + surname[1:]}, {first}"

    def name_handle(self, lang: str) -> str:
        """A display name in Signal, Zoom or Marketplace: 'Yousra B.', 'kasia.nowak', 'Jurre vL'."""
        first, surname = self.pick("first"), self.pick("surname")
        core = [w for w in surname.split() if w[:1].isupper()] or surname.split()[-1:]
        plain_first, plain_last = self._plain("first"), self._plain("surname")
        return self._one(
            f"{first} {core[0][:1]}.",
            f"{plain_first}.{plain_last}",
            f"{first} {surname}",
            f"{plain_first}{plain_last[:3]}{self.rng.randint(1, 99)}",
            f"{first.upper()} {''.join(w[:1] for w in surname.split())}",
        )

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{first}{self.rng.randint(1975, 2007)}",
            f"{last}.{first[0]}",
            f"{first}_{last}{self.rng.randint(1, 9)}",
            f"{first}-{last}",
            f"info.{last}",
        )
        address = f"{box}@{self.pick('domain')}"
        return self._one(address, address, address, address.upper() if len(address) < 26 else address)

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot = self._one("apenstaartje", "at") if lang == "nl" else "at", "punt" if lang == "nl" else "dot"
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._one(
            f"{first} {dot} {last} {at} {domain}",
            f"{first}{last} {at} {domain}",
            f"{first[0]} {dot} {last} {at} {domain}",
        )

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("050", "0598", "0511", "058", "0513", "020", "023", "0252", "071", "015", "0172", "038")
        land = area + digits(self.rng, 10 - len(area))
        local = land[len(area) :]
        return self._one(
            f"06{rest}",
            f"06-{split_in(rest, (2, 2, 2, 2), '')}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06-{split_in(rest, (4, 4))}",
            f"06 {split_in(rest, (3, 3, 2))}",
            f"+31 6 {split_in(rest, (2, 2, 2, 2))}",
            f"+31 (0)6-{rest}",
            f"+31612{rest[2:]}" if rest[:2] == "12" else f"+316{rest}",
            f"0031-6-{rest}",
            f"{area}-{local}",
            f"{area} {split_in(local, (3, 4) if len(area) == 3 else (2, 2, 2))}",
            f"({area}) {split_in(local, (2, 2, 3) if len(area) == 3 else (3, 3))}",
            f"+31 {area[1:]} {local}",
            f"{area}/{local}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, head, count, sizes = self.rng.choice(_FOREIGN)
        national = head + digits(self.rng, count)
        if code == "1":
            return self._one(
                f"+1 ({national[:3]}) {national[3:6]}-{national[6:]}",
                f"+1-{national[:3]}-{national[3:6]}-{national[6:]}",
            )
        return self._one(
            f"+{code} {split_in(national, sizes)}",
            f"00{code} {national}",
            f"+{code}{national}",
            f"+{code} (0){split_in(national, sizes)}" if code == "32" else f"+{code}-{split_in(national, sizes, '-')}",
        )

    def phone_us(self, lang: str) -> str:
        area = self._one("617", "503", "512", "614", "303", "608", "919", "520", "208", "773")
        line = str(self.rng.randint(200, 989)) + digits(self.rng, 4)
        return self._one(
            f"({area}) {line[:3]}-{line[3:]}",
            f"{area}-{line[:3]}-{line[3:]}",
            f"{area}.{line[:3]}.{line[3:]}",
            f"+1 {area} {line[:3]} {line[3:]}",
            f"1-{area}-{line[:3]}-{line[3:]}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        return self._one(read_out(number, lang), read_pairs(number, lang), f"{read_out(number[:2], lang)} {number[2:]}")

    # ---- bank accounts
    def _nl_iban(self) -> str:
        return iban_for("NL", self.pick("bank") + digits(self.rng, 10))

    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, iban.lower(), split_in(iban, (4,) * 8, "-"), grouped.lower())

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(self._nl_iban())

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "BE", "BE", "PL", "DE", "MA")
        if country == "NL":
            return self._write_iban(self._nl_iban())
        if country == "MA":  # Moroccan RIB as IBAN: 24 digits
            return self._write_iban(iban_for("MA", digits(self.rng, 24)))
        bban = {"BE": 12, "PL": 24, "DE": 18}[country]
        return self._write_iban(iban_for(country, digits(self.rng, bban)))

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(
            bsn,
            bsn,
            f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
            f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}",
            f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}",
            f"{bsn[:2]} {bsn[2:5]} {bsn[5:]}",
        )

    def bsn_spoken(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(read_out(bsn, lang), f"{read_out(bsn[:3], lang)} - {read_out(bsn[3:6], lang)} - {bsn[6:]}")

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        pair = self._upper(2).replace("SA", "SP").replace("SD", "SG").replace("SS", "SW")
        number = str(self.rng.randint(1011, 9999))
        return self._one(
            f"{number} {pair}", f"{number}{pair}", f"{number} {pair.lower()}", f"{number}{pair.lower()}",
            f"{number}  {pair}", f"NL-{number} {pair}",
        )  # fmt: skip

    def postcode_be(self, lang: str) -> str:
        code = str(self.rng.choice((9000, 9050, 2000, 2018, 2140, 3000, 3010, 8000, 3500, 2800, 8500, 9300)))
        return self._one(code, f"B-{code}", f"BE-{code}")

    def postcode_us(self, lang: str) -> str:
        code = self._one("97214", "78704", "43215", "80206", "53703", "27601", "85719", "83702")
        return self._one(code, f"{code}-{digits(self.rng, 4)}")

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 312))
        suffix = self._one("", "", "", "a", "-B", " bis", "-2", " II", " zw", "-14")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_be(self, lang: str) -> str:
        number = self.rng.randint(1, 250)
        return self._one(
            f"{self.pick('street_be')} {number}",
            f"{self.pick('street_be')} {number} bus {self.rng.randint(1, 12)}",
            f"{self.pick('street_be')} {number}/{self.rng.randint(101, 304)}",
        )

    def address_us(self, lang: str) -> str:
        number = self.rng.randint(100, 9899)
        return self._one(
            f"{number} {self.pick('street_us')}",
            f"{number} {self.pick('street_us')}, Apt {self.rng.randint(1, 40)}{self._one('', 'B')}",
            f"{number} N {self.pick('street_us')} #{self.rng.randint(100, 999)}",
        )

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1938, 2016)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["nl"][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day} {name} {year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day}.{month}.{year}",
            f"{day} {name[:3]}. {year}",
            f"{day:02d}-{month:02d}-'{str(year)[2:]}",
            f"{year}{month:02d}{day:02d}",
        )

    def dob_en(self, lang: str) -> str:
        """American customers: month first."""
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{month:02d}/{day:02d}/{year}",
            f"{month}/{day}/{year}",
            f"{name} {day}, {year}",
            f"{name} {day}{nth} {year}",
            f"{name[:3]}. {day}, {year}",
            f"{day} {name} {year}",
            f"{month}-{day}-{str(year)[2:]}",
        )
