"""Fillers of the held-out split test_v85 (seed 457): balloon passengers, falconry visitors, COA residents, students,
donors, scaffolding renters, home brewers, karting drivers, riksja riders and anglers, from Friesland, Zeeland,
Flanders, Pakistan, Uganda and far beyond."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v85_pools  # noqa: F401  (registers POOLS["test_v85"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v85_codes import CodesV85
from benchmarks.privacy_fillers_v85_numbers import digits, eleven_proof, iban_for, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
# Country code, national digits, grouping.
_FOREIGN = (
    ("32", "47", 7, (3, 2, 2, 2)),
    ("49", "170", 7, (4, 7)),
    ("92", "300", 7, (3, 7)),
    ("92", "321", 7, (3, 3, 4)),
    ("256", "772", 6, (3, 3, 3)),
    ("256", "701", 6, (3, 6)),
    ("963", "94", 7, (3, 3, 3)),
    ("291", "7", 6, (1, 3, 3)),
    ("48", "60", 7, (3, 3, 3)),
    ("44", "77", 8, (4, 6)),
)


class FillersV85(CodesV85, Fillers):
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
        return f"{''.join(f'{ch}.' for ch in letters)} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(
            f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname.upper()} {first[0]}."
        )

    def name_glued(self, lang: str) -> str:
        """Speech-to-text with the spaces lost: 'sytzehiemstra'."""
        return self._one(self._plain("first") + self._plain("surname"), self._plain("first"))

    def name_nick(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        return self._one(f"{first}.{last}", f"{first}_{last[:3]}{self.rng.randint(1, 99)}", f"{first}{last}x")

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{last}{self.rng.randint(60, 99)}",
            f"{first}_{last}",
            f"{first}-{last}",
            f"{first}.{last[0]}",
        )
        return f"{box}@{self.pick('domain')}"

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot = self._one(("apenstaartje", "punt"), ("at", "punt")) if lang == "nl" else ("at", "dot")
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._one(f"{first} {dot} {last} {at} {domain}", f"{first}{last} {at} {domain}")

    def email_glued(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        domain = self.pick("domain").replace(".", "punt" if lang == "nl" else "dot")
        return f"{first}{last}{'apenstaartje' if lang == 'nl' else 'at'}{domain}"

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("0118", "0113", "0114", "058", "0512", "0515", "0519", "020", "030", "0165")
        land = area + digits(self.rng, 10 - len(area))
        return self._one(
            f"06{rest}",
            f"06-{rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06 {split_in(rest, (3, 3, 2))}",
            f"+31 6 {split_in(rest, (4, 4))}",
            f"+31 (0) 6 {rest}",
            f"0031 6 {split_in(rest, (2, 2, 2, 2))}",
            f"06/{rest}",
            f"{area}-{land[len(area) :]}",
            f"{area} {split_in(land[len(area) :], (2, 2, 2))}",
            f"({area}) {land[len(area) :]}",
            f"+31 {area[1:]} {land[len(area) :]}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, head, count, sizes = self.rng.choice(_FOREIGN)
        national = head + digits(self.rng, count)
        return self._one(
            f"+{code} {split_in(national, sizes)}",
            f"00{code} {national}",
            f"+{code}{national}",
            f"+{code}-{split_in(national, sizes, '-')}",
            f"(+{code}) {national}",
        )

    def phone_en(self, lang: str) -> str:
        """Pakistani, Ugandan and British numbers as their owners write them."""
        pk, ug, uk = "3" + digits(self.rng, 9), "7" + digits(self.rng, 8), "7" + digits(self.rng, 9)
        return self._one(
            f"0{pk[:3]}-{pk[3:]}",
            f"+92 {pk[:3]} {pk[3:]}",
            f"0{pk[:3]} {split_in(pk[3:], (3, 4))}",
            f"0{ug[:2]}{ug[2:]}",
            f"+256 {ug[:3]} {split_in(ug[3:], (3, 3))}",
            f"0{ug[:3]} {ug[3:]}",
            f"0{uk[:4]} {uk[4:]}",
            f"+44 {uk[:4]} {split_in(uk[4:], (3, 3))}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if lang == "en":
            return read_out(number, lang)
        return self._one(read_out(number, lang), f"nul zes {split_in(number[2:], (2, 2, 2, 2))}")

    def phone_glued(self, lang: str) -> str:
        return read_out("06" + digits(self.rng, 8), lang, "")

    # ---- bank accounts
    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, iban.lower(), grouped.lower(), split_in(iban, (4,) * 8, "-"))

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(iban_for("NL", self.pick("bank") + digits(self.rng, 10)))

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "BE", "DE", "GB", "FR", "LU")
        if country == "NL":
            return self.iban_nl(lang)
        if country == "GB":
            return self._write_iban(iban_for("GB", self.pick("bank_gb") + digits(self.rng, 14)))
        if country == "FR":
            return self._write_iban(iban_for("FR", digits(self.rng, 10) + self._caps(1) + digits(self.rng, 12)))
        return self._write_iban(iban_for(country, digits(self.rng, {"BE": 12, "DE": 18, "LU": 16}[country])))

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(
            bsn,
            bsn,
            split_in(bsn, (3, 3, 3)),
            split_in(bsn, (4, 2, 3), "."),
            split_in(bsn, (3, 3, 3), "-"),
            split_in(bsn, (3, 2, 2, 2)),
        )

    def bsn_spoken(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(read_out(bsn, lang), read_out(bsn, lang, ""))

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._caps(2).replace("SA", "SC").replace("SD", "SE").replace("SS", "ST")
        return self._one(
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}-{pair}",
            f"{number}{pair.lower()}",
        )

    def postcode_en(self, lang: str) -> str:
        if self.rng.random() < 0.4:
            return self._one("44000", "54000", "75500", "46000", "38000", "54792")
        outward = self._one("B12", "B11", "M8", "LE4", "BD8", "E1", "SW17", "LU1")
        return f"{outward} {digits(self.rng, 1)}{self._caps(2)}"

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 280))
        suffix = self._one("", "", "", "a", "-B", " II", "-12", " bus 2", " rood")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_be(self, lang: str) -> str:
        return f"{self.pick('street_be')} {self.rng.randint(1, 190)}{self._one('', '', ' bus 4', '/0102')}"

    def address_en(self, lang: str) -> str:
        kind = self._one("uk", "uk", "pk", "ug")
        if kind == "pk":
            return f"House {self.rng.randint(1, 600)}, {self.pick('street_pk')}"
        if kind == "ug":
            return f"Plot {self.rng.randint(1, 300)} {self.pick('street_ug')}"
        return f"{self.rng.randint(1, 480)} {self.pick('street_en')}"

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1936, 2019)

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
            f"{day}/{month}/{year}",
            f"{day:02d}-{month:02d}-{year}",
            f"{day} {name} {year}",
            f"{day}{nth} {name}, {year}",
            f"{name} {day}, {year}",
            f"{day}-{name[:3]}-{str(year)[2:]}",
            f"{day:02d}.{month:02d}.{year}",
        )

    def dob_glued(self, lang: str) -> str:
        """Speech-to-text with the spaces lost: '12maart1987'."""
        day, month, year = self._birth()
        return f"{day}{_MONTHS['nl'][month - 1]}{year}"
