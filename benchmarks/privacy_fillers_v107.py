"""Fillers of the held-out split test_v107 (seed 601): allotment gardeners, piano owners, households with a
chimney, carpoolers, brides, driving pupils, aquarium keepers, ferry commuters, orthodontic patients and theatre
subscribers, from Twente, Drenthe, Brugge, Nigeria, the Irish midlands and Singapore."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v107_pools  # noqa: F401  (registers POOLS["test_v107"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v107_codes import CodesV107
from benchmarks.privacy_fillers_v107_numbers import digits, eleven_proof, iban_for, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}


class FillersV107(CodesV107, Fillers):
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

    def name_titled(self, lang: str) -> str:
        title = (
            self._one("dhr.", "mevr.", "Mw.", "Dhr", "fam.", "Mevrouw")
            if lang == "nl"
            else self._one("Mr", "Mrs", "Ms", "Chief", "Dr.", "Madam")
        )
        return f"{title} {self.name_surname(lang)}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname} {first}")

    def name_ocr(self, lang: str) -> str:
        """A handwritten name as OCR reads it: l for I, rn for m, 0 for o now and then."""
        name = self.name_full(lang)
        return self._one(name, name.replace("m", "rn", 1), name.replace("I", "l"), name.replace("o", "0", 1))

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{last}{self.rng.randint(1950, 2009)}",
            f"{first}-{last}",
            f"{first}{last[:3]}{self.rng.randint(1, 99)}",
            f"{last}_{first}",
        )
        domain = self.pick("domain")
        return self._one(f"{box}@{domain}", f"{box}@{domain}", f"{box.capitalize()}@{domain}", f"{box} @ {domain}")

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot = self._one(("apenstaartje", "punt"), ("at", "punt")) if lang == "nl" else ("at", "dot")
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._one(f"{first} {dot} {last} {at} {domain}", f"{first}{last} {at} {domain}")

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("053", "074", "0546", "0548", "0591", "0592", "0593", "0599", "0528", "0521")
        land = digits(self.rng, 10 - len(area))
        return self._one(
            f"06{rest}",
            f"06-{rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06-{split_in(rest, (2, 3, 3))}",
            f"+316{rest}",
            f"+31 (0)6 {split_in(rest, (4, 4))}",
            f"0031 6 {rest}",
            f"{area}-{land}",
            f"{area} {split_in(land, (2, 2, 3))}",
            f"+31 {area[1:]} {land}",
            f"{area}/{land}",
        )

    def phone_be(self, lang: str) -> str:
        mob, land = "4" + self._one("7", "8", "9", "6") + digits(self.rng, 7), digits(self.rng, 6)
        return self._one(
            f"0{mob[:3]} {split_in(mob[3:], (2, 2, 2))}",
            f"0{mob[:3]}/{mob[3:]}",
            f"+32 {split_in(mob, (3, 2, 2, 2))}",
            f"0032 {mob}",
            f"050 {split_in(land, (2, 2, 2))}",
            f"050/{split_in(land, (2, 2, 2), '.')}",
            f"+32 50 {land}",
        )

    def phone_en(self, lang: str) -> str:
        ng = self._one("803", "806", "813", "703", "805", "809") + digits(self.rng, 7)
        sg = self._one("8", "9", "6") + digits(self.rng, 7)
        ie = digits(self.rng, 7)
        return self._one(
            f"+234 {split_in(ng, (3, 3, 4))}",
            f"0{ng}",
            f"0{ng[:3]} {ng[3:6]} {ng[6:]}",
            f"+234-{ng}",
            f"+65 {split_in(sg, (4, 4))}",
            f"{sg[:4]} {sg[4:]}",
            f"+65-{sg}",
            f"({self._one('090', '044', '057', '0506')}) {split_in(ie, (3, 4))}",
            f"08{self._one('3', '5', '6', '7')} {split_in(ie, (3, 4))}",
            f"+353 {self._one('90', '44', '57', '87', '86')} {ie}",
        )

    def phone_spoken(self, lang: str) -> str:
        if lang == "en":
            return read_out(self._one("0803", "0806", "087", "9") + digits(self.rng, 7), lang)
        number = "06" + digits(self.rng, 8)
        pairs = split_in(number[2:], (2, 2, 2, 2))
        return self._one(read_out(number, lang), f"nul zes eh {pairs}", f"zes {pairs}")

    # ---- bank accounts
    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, iban.lower(), grouped.replace(" ", "-"), grouped.lower())

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(iban_for("NL", self.pick("bank") + digits(self.rng, 10)))

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "BE", "BE", "IE", "DE", "FR")
        if country == "NL":
            return self.iban_nl(lang)
        if country == "IE":
            return self._write_iban(iban_for("IE", self.pick("bank_ie") + digits(self.rng, 14)))
        return self._write_iban(iban_for(country, digits(self.rng, {"BE": 12, "DE": 18, "FR": 23}[country])))

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
        bsn = eleven_proof(self.rng)
        return self._one(read_out(bsn, lang), f"{bsn[:3]}, {bsn[3:6]}, {bsn[6:]}")

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = self._one(
            str(self.rng.randint(7400, 7699)), str(self.rng.randint(7800, 9499)), str(self.rng.randint(1011, 9999))
        )
        pair = self._caps(2).replace("SA", "SC").replace("SD", "SG").replace("SS", "SP")
        return self._one(
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}{pair.lower()}",
            f"NL-{number} {pair}",
            f"{number} - {pair}",
        )

    def postcode_be(self, lang: str) -> str:
        number = self._one("8000", "8200", "8310", "8380", "8020", "8210", "8730", "8300")
        return self._one(number, f"B-{number}", f"BE-{number}", number)

    def postcode_en(self, lang: str) -> str:
        return self._one(
            f"N37 {self._caps(1)}{digits(self.rng, 1)}{self._caps(1)}{digits(self.rng, 1)}",
            f"{self._one('N91', 'R35', 'R42')} {self._caps(1)}{digits(self.rng, 2)}{self._caps(1)}",
            str(self.rng.randint(100000, 829999)),
            f"S({self.rng.randint(100000, 829999)})",
            f"S{self.rng.randint(100000, 829999)}",
            f"{self._one('100', '101', '900', '106')}{digits(self.rng, 3)}",
        )

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 240))
        suffix = self._one("", "", "", "a", "-B", " bus 2", " A", "-1", " 2hg", " k")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 450)
        unit = self._one(
            "",
            "",
            "",
            f"Blk {self.rng.randint(100, 999)} #{digits(self.rng, 2)}-{digits(self.rng, 3)}, ",
            f"Apt {self.rng.randint(1, 40)}, ",
            f"Plot {self.rng.randint(1, 90)}, ",
        )
        return f"{unit}{number} {self.pick('street_en')}"

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1930, 2016)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["nl"][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day} {name} {year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{day} {name[:3]} '{str(year)[2:]}",
            f"{year}{month:02d}{day:02d}",
            f"{day}-{month:02d}-'{str(year)[2:]}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{day:02d}/{month:02d}/{year}",
            f"{day}/{month}/{year}",
            f"{day} {name} {year}",
            f"{day}{nth} {name}, {year}",
            f"{name} {day}{nth} {year}",
            f"{day:02d}-{name[:3].upper()}-{year}",
            f"{day:02d}.{month:02d}.{str(year)[2:]}",
        )
