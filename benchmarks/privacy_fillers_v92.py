"""Fillers of the held-out split test_v92 (seed 499): grave holders, alarm-button clients, livery stable and sports
club members, e-scooter riders, webshop, dental and chimney-sweep customers and school teachers, from Antwerp,
Brabant, Thailand, India, Australia and elsewhere."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v92_pools  # noqa: F401  (registers POOLS["test_v92"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v92_numbers import CodesV92, digits, eleven_proof, iban_for, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
# Country code, national digits after the given head, grouping.
_FOREIGN = (
    ("32", "47", 7, (3, 2, 2, 2)),
    ("66", "8", 8, (1, 4, 4)),
    ("91", "9", 9, (5, 5)),
    ("61", "4", 8, (3, 3, 3)),
    ("49", "17", 8, (4, 6)),
    ("90", "53", 8, (3, 3, 2, 2)),
    ("48", "6", 8, (3, 3, 3)),
    ("380", "6", 8, (2, 3, 2, 2)),
)


class FillersV92(CodesV92, Fillers):
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
        letters = self.rng.sample("ABCDEFGHJKLMNPRSTW", self.rng.choice((1, 2, 2, 3)))
        initials = self._one("".join(f"{ch}." for ch in letters), " ".join(f"{ch}." for ch in letters))
        return f"{initials} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname.upper()}")

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{last}{first[0]}",
            f"{first}{self.rng.randint(1950, 2010)}",
            f"{first}_{last}{self.rng.randint(1, 99)}",
            f"{first}-{last}",
        )
        return f"{box}@{self.pick('domain')}"

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot = self._one(("apenstaartje", "punt"), ("at", "punt")) if lang == "nl" else ("at", "dot")
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._one(f"{first} {dot} {last} {at} {domain}", f"{first}{last} {at} {domain}")

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("076", "013", "040", "073", "0162", "0416", "0492", "010", "030")
        land = area + digits(self.rng, 10 - len(area))
        be = "4" + self._one("7", "8", "9") + digits(self.rng, 7)
        return self._one(
            "06" + rest,
            f"06-{rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06{split_in(rest, (3, 3, 2), '')}",
            f"+31 6 {split_in(rest, (4, 4))}",
            f"+31(0)6 {rest}",
            f"0031 6 {split_in(rest, (2, 2, 2, 2))}",
            f"{land[: len(area)]}-{land[len(area) :]}",
            f"{land[: len(area)]} {split_in(land[len(area) :], (2, 2, 3))}",
            f"+31 {land[1 : len(area)]} {land[len(area) :]}",
            f"0{be[:3]} {split_in(be[3:], (2, 2, 2))}",
            f"0{be[:3]}/{be[3:]}",
            f"03 {split_in(digits(self.rng, 7), (3, 2, 2))}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, head, count, sizes = self.rng.choice(_FOREIGN)
        national = head + digits(self.rng, count)
        return self._one(
            f"+{code} {split_in(national, sizes)}",
            f"00{code} {national}",
            f"+{code}{national}",
            f"+{code}-{split_in(national, sizes, '-')}",
        )

    def phone_en(self, lang: str) -> str:
        """Indian and Australian numbers as their owners write them."""
        india, oz = self._one("9", "8", "7") + digits(self.rng, 9), "4" + digits(self.rng, 8)
        return self._one(
            f"+91 {india[:5]} {india[5:]}",
            f"+91-{india}",
            f"0{india}",
            f"{india[:5]} {india[5:]}",
            f"04{oz[1:3]} {split_in(oz[3:], (3, 3))}",
            f"+61 {oz[0]}{oz[1:3]} {split_in(oz[3:], (3, 3))}",
            f"(02) {split_in(digits(self.rng, 8), (4, 4))}",
            f"0{oz}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if self.rng.random() < 0.5:
            return read_out(number, lang)
        return f"{read_out('06', lang)} {split_in(number[2:], (2, 2, 2, 2))}"

    # ---- bank accounts
    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, iban.lower(), grouped.lower(), grouped.replace(" ", "-"))

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "BE", "BE", "DE", "FR")
        if country == "NL":
            return self._write_iban(iban_for("NL", self.pick("bank") + digits(self.rng, 10)))
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
            f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}",
        )

    def bsn_spoken(self, lang: str) -> str:
        return read_out(eleven_proof(self.rng), lang)

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._upper(2).replace("SA", "SC").replace("SD", "SE").replace("SS", "ST")
        if self.rng.random() < 0.2:  # Belgian, always with its country prefix or the city after it
            return self._one(f"B-{self.rng.randint(1000, 9992)}", f"BE-{self.rng.randint(1000, 9992)}")
        return self._one(
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}{pair.lower()}",
            f"{number}-{pair}",
            f"NL {number}{pair}",
        )

    def postcode_en(self, lang: str) -> str:
        return self._one(
            f"{self._one('NSW', 'VIC', 'QLD', 'WA')} {self.rng.randint(2000, 6999)}",
            f"{self.rng.randint(110001, 600099)}",
            f"{self.rng.randint(110, 600)} {digits(self.rng, 3)}",
        )

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 288))
        suffix = self._one("", "", "", "a", "B", " bus 2", "/3", "-4", " C")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 420)
        flat = self._one("", "", f"Unit {self.rng.randint(1, 40)}/", f"Flat {self.rng.randint(101, 904)}, ")
        return f"{flat}{number} {self.pick('street_en')}"

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1926, 2019)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["nl"][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day} {name} {year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day}.{month}.{year}",
            f"{day} {name[:3]} {year}",
            f"{day:02d}-{month:02d}-'{str(year)[2:]}",
            f"{year}-{month:02d}-{day:02d}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{day:02d}/{month:02d}/{year}",
            f"{day} {name} {year}",
            f"{day}{nth} {name} {year}",
            f"{name} {day}, {year}",
            f"{day}-{name[:3]}-{year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{year}-{month:02d}-{day:02d}",
        )
