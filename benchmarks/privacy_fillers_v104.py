"""Fillers of the held-out split test_v104 (seed 587): horse owners, cello and harp renters, households swapping
waste containers, dog owners, relatives of care home residents, window cleaning subscribers, art students,
travellers who lost things, home battery buyers and choir singers, from Zuid-Holland islands, Drenthe, West
Flanders, Kenya, Northern Ireland and the United States."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v104_pools  # noqa: F401  (registers POOLS["test_v104"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v104_codes import CodesV104
from benchmarks.privacy_fillers_v104_numbers import digits, eleven_proof, iban_for, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}


class FillersV104(CodesV104, Fillers):
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

    def name_titled(self, lang: str) -> str:
        title = self._one("dhr.", "mevr.", "Dhr.", "Mw.") if lang == "nl" else self._one("Mr", "Mrs", "Ms", "Dr.")
        return f"{title} {self.name_surname(lang)}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname}, {first}")

    def name_nick(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        return self._one(f"{first}.{last}", f"{first}_{last[:3]}{self.rng.randint(1, 99)}", f"{first}{last}")

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{last}{self.rng.randint(50, 99)}",
            f"{first}-{last}",
            f"{first}{last[0]}",
            f"{last}.{first}",
            f"info.{last}",
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
        area = self._one("0187", "0111", "0186", "0592", "0591", "0593", "0528", "078", "010", "050")
        land = area + digits(self.rng, 10 - len(area))
        return self._one(
            f"06{rest}",
            f"06-{rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06-{split_in(rest, (3, 3, 2))}",
            f"+31 6 {split_in(rest, (4, 4))}",
            f"+31 (0)6 {rest}",
            f"0031 6 {rest}",
            f"06/{rest}",
            f"{area}-{land[len(area) :]}",
            f"{area} {split_in(land[len(area) :], (2, 2, 2))}",
            f"+31 {area[1:]} {land[len(area) :]}",
            f"({area}) {land[len(area) :]}",
        )

    def phone_abroad(self, lang: str) -> str:
        """Belgian, Kenyan, Northern Irish and American numbers in Dutch texts."""
        be, ke = "4" + digits(self.rng, 8), "7" + digits(self.rng, 8)
        return self._one(
            f"+32 {split_in(be, (3, 2, 2, 2))}",
            f"0{be[:3]}/{split_in(be[3:], (2, 2, 2))}",
            f"0032{be}",
            f"056 {split_in(digits(self.rng, 6), (2, 2, 2))}",
            f"+254 {split_in(ke, (3, 3, 3))}",
            f"0{ke[:3]} {ke[3:]}",
            f"+44 28 {split_in(digits(self.rng, 8), (4, 4))}",
            f"+1 ({self.rng.randint(201, 989)}) {digits(self.rng, 3)}-{digits(self.rng, 4)}",
        )

    def phone_en(self, lang: str) -> str:
        ke, ni = "7" + digits(self.rng, 8), "28 9" + digits(self.rng, 7)
        area = self.rng.randint(201, 989)
        return self._one(
            f"+254 {ke}",
            f"+254 {split_in(ke, (3, 3, 3))}",
            f"0{ke[:3]} {split_in(ke[3:], (3, 3))}",
            f"0{ni}",
            f"+44 {ni}",
            f"07{digits(self.rng, 3)} {digits(self.rng, 6)}",
            f"({area}) {digits(self.rng, 3)}-{digits(self.rng, 4)}",
            f"{area}-{digits(self.rng, 3)}-{digits(self.rng, 4)}",
            f"+1 {area} {digits(self.rng, 3)} {digits(self.rng, 4)}",
            f"{area}.{digits(self.rng, 3)}.{digits(self.rng, 4)}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if lang == "en":
            return read_out("07" + digits(self.rng, 9), lang) if self.rng.random() < 0.5 else read_out(number, lang)
        return self._one(read_out(number, lang), f"nul zes {split_in(number[2:], (2, 2, 2, 2))}")

    # ---- bank accounts
    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, iban.lower(), grouped.replace(" ", "-"), grouped.lower())

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(iban_for("NL", self.pick("bank") + digits(self.rng, 10)))

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "BE", "BE", "GB", "DE", "FR")
        if country == "NL":
            return self.iban_nl(lang)
        if country == "GB":
            return self._write_iban(iban_for("GB", self.pick("bank_gb") + digits(self.rng, 14)))
        if country == "FR":
            return self._write_iban(iban_for("FR", digits(self.rng, 23)))
        return self._write_iban(iban_for(country, digits(self.rng, 12 if country == "BE" else 18)))

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
        )

    def bsn_spoken(self, lang: str) -> str:
        return read_out(eleven_proof(self.rng), lang)

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._caps(2).replace("SA", "SC").replace("SD", "SG").replace("SS", "SP")
        return self._one(
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}-{pair}",
            f"{number}{pair.lower()}",
            f"{number} {pair}",
        )

    def postcode_be(self, lang: str) -> str:
        number = self._one("8000", "8400", "8500", "8800", "8900", "8620", "8670", "8310", "8370", "8630")
        return self._one(number, f"B-{number}", f"BE-{number}", number)

    def postcode_en(self, lang: str) -> str:
        return self._one(
            f"BT{self.rng.randint(1, 48)} {self.rng.randint(0, 9)}{self._caps(2)}",
            f"{self.rng.randint(10001, 99950)}",
            f"{self.rng.randint(10001, 99950)}-{digits(self.rng, 4)}",
            f"00{self.rng.randint(100, 700)}",
        )

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 240))
        suffix = self._one("", "", "", "a", "-B", " bus 2", " A", "-1", " rd")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 4800)
        unit = self._one("", "", "", f"Apt {self.rng.randint(1, 40)}, ", f"Unit {self.rng.randint(1, 9)}, ")
        return f"{unit}{number} {self.pick('street_en')}"

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
            f"{day:02d}/{month:02d}/{year}",
            f"{day}.{month}.{year}",
            f"{day} {name[:3]} {year}",
            f"{day:02d}-{month:02d}-'{str(year)[2:]}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day}e {name} {year}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{month:02d}/{day:02d}/{year}",
            f"{name} {day}, {year}",
            f"{day} {name} {year}",
            f"{day}{nth} {name} {year}",
            f"{day}/{month}/{year}",
            f"{name[:3]} {day} {year}",
            f"{month}-{day}-{str(year)[2:]}",
            f"{year}-{month:02d}-{day:02d}",
        )
