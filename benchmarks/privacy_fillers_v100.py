"""Fillers of the held-out split test_v100 (seed 563): boat owners, sports hall renters, parents, solar and
insulation customers, skaters, campers, musicians, swimmers and pet owners, from West-Friesland, Bruges,
Singapore, Ireland and far beyond."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v100_pools  # noqa: F401  (registers POOLS["test_v100"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v100_codes import CodesV100
from benchmarks.privacy_fillers_v100_numbers import digits, eleven_proof, iban_for, mixed_out, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}


class FillersV100(CodesV100, Fillers):
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
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(f"{surname.upper()} {first}", f"{first.upper()} {surname.upper()}", f"{surname.upper()}")

    def name_reversed(self, lang: str) -> str:
        return f"{self.pick('surname')}, {self.pick('first')}"

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first}{last}",
            f"{last}{self.rng.randint(60, 99)}",
            f"{first[0]}.{last}",
            f"{first}-{last}",
            f"{first}.{last[0]}",
            f"{last}.{first}{self.rng.randint(1, 9)}",
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
        mobile = "06" + rest
        area = self._one("0229", "0228", "0226", "0224", "072", "020", "0299")
        land = area + digits(self.rng, 10 - len(area))
        return self._one(
            mobile,
            f"06-{rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"+31 6 {split_in(rest, (2, 2, 2, 2))}",
            f"+31(0)6-{rest}",
            f"0031 6 {rest}",
            f"{area}-{land[len(area) :]}",
            f"({area}) {land[len(area) :]}",
            f"+31 {area[1:]} {land[len(area) :]}",
            split_in(mobile, (3, 3, 4), "."),
        )

    def phone_be(self, lang: str) -> str:
        mobile = "4" + self._one("7", "8", "9") + digits(self.rng, 7)
        land = "50" + digits(self.rng, 6)
        return self._one(
            f"0{mobile[:3]} {split_in(mobile[3:], (2, 2, 2))}",
            f"0{mobile[:3]}/{split_in(mobile[3:], (2, 2, 2), '.')}",
            f"+32 {mobile[:3]} {split_in(mobile[3:], (2, 2, 2))}",
            f"0032{mobile}",
            f"050 {split_in(land[2:], (2, 2, 2))}",
            f"+32 50 {split_in(land[2:], (2, 2, 2))}",
        )

    def phone_en(self, lang: str) -> str:
        sg = self._one("8", "9") + digits(self.rng, 7)
        ie = "8" + self._one("3", "5", "6", "7") + digits(self.rng, 7)
        return self._one(
            f"+65 {sg[:4]} {sg[4:]}",
            f"{sg[:4]} {sg[4:]}",
            f"+65{sg}",
            f"6{digits(self.rng, 3)} {digits(self.rng, 4)}",
            f"0{ie[:2]} {split_in(ie[2:], (3, 4))}",
            f"+353 {ie[:2]} {split_in(ie[2:], (3, 4))}",
            f"(0{ie[:2]}) {ie[2:]}",
            f"00353 {ie}",
        )

    def phone_voice(self, lang: str) -> str:
        return mixed_out("06" + digits(self.rng, 8), lang, self.rng)

    def phone_spoken(self, lang: str) -> str:
        return read_out("06" + digits(self.rng, 8), lang)

    # ---- bank accounts
    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, iban.lower(), grouped.lower(), split_in(iban, (2, 2) + (4,) * 7))

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "BE", "BE", "IE", "DE")
        if country == "NL":
            bban = self.pick("bank") + digits(self.rng, 10)
        elif country == "IE":
            bban = self.pick("bank_ie") + digits(self.rng, 14)
        else:
            bban = digits(self.rng, {"BE": 12, "DE": 18}[country])
        return self._write_iban(iban_for(country, bban))

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(
            bsn,
            bsn,
            split_in(bsn, (3, 3, 3)),
            split_in(bsn, (4, 2, 3), "."),
            split_in(bsn, (3, 3, 3), "-"),
            split_in(bsn, (2, 3, 4)),
            split_in(bsn, (3, 2, 2, 2), "."),
        )

    def bsn_voice(self, lang: str) -> str:
        return mixed_out(eleven_proof(self.rng), lang, self.rng)

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._upper(2).replace("SA", "SB").replace("SD", "SE").replace("SS", "ST")
        return self._one(
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}-{pair}",
            f"{number}{pair.lower()}",
            f"NL {number}{pair}",
        )

    def postcode_be(self, lang: str) -> str:
        return self._one("8000", "8200", "8310", "8380", "8020", "8300", "B-8000", "B-8310", "BE-8200")

    def postcode_sg(self, lang: str) -> str:
        routing = self._one("52", "56", "64", "65", "73", "12", "82", "54")
        sg = f"{routing}{digits(self.rng, 4)}"
        routing_ie = self._one("D02", "D06", "D09", "H91", "T12", "A94")
        ie = f"{routing_ie} {self._upper(1)}{digits(self.rng, 1)}{self._upper(2)}"
        return self._one(f"Singapore {sg}", f"S{sg}", f"S({sg})", ie, ie.replace(" ", ""))

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 288))
        suffix = self._one("", "", "", "a", "-b", " B", " bus 2", "/3", " rd", " hs")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        street = self.pick("street_en")
        if any(ch.isdigit() for ch in street):
            return self._one(f"Blk {self.rng.randint(100, 899)} {street}", f"{self.rng.randint(100, 899)} {street}")
        unit = self._one("", "", f"Apt {self.rng.randint(1, 40)}, ", f"{self.rng.randint(1, 9)}A ")
        return f"{unit}{self.rng.randint(1, 180)} {street}"

    def address_unit(self, lang: str) -> str:
        return f"#{self.rng.randint(2, 25):02d}-{self.rng.randint(1, 999):03d}"

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1936, 2023)

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
            f"{year}-{month:02d}-{day:02d}",
            f"{day:02d}-{month:02d}-'{str(year)[2:]}",
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
            f"{day} {name[:3]} {year}",
            f"{day:02d}-{name[:3].upper()}-{year}",
        )
