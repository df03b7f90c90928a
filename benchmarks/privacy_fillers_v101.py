"""Fillers of the held-out split test_v101 (seed 569): allotment gardeners, lease cyclists, hearing-aid users,
wedding couples, piano owners, e-bike riders, students, boat owners, aquarium keepers and learner truck drivers,
from Twente, Limburg, Antwerp, Nigeria, Wales, Canada and beyond."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v101_pools  # noqa: F401  (registers POOLS["test_v101"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v101_numbers import CodesV101, digits, eleven_proof, iban_for, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}


class FillersV101(CodesV101, Fillers):
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
        initials = self._one(
            "".join(f"{ch}." for ch in letters), "".join(letters), " ".join(f"{ch}." for ch in letters)
        )
        return f"{initials} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(
            f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname.upper()} {first[0]}."
        )

    def name_handle(self, lang: str) -> str:
        """A Jira or Zendesk user handle (the '@' stays outside the span)."""
        first, last = self._plain("first"), self._plain("surname")
        return self._one(
            f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last[:3]}", f"{first.capitalize()}{last.capitalize()}"
        )

    def name_ocr(self, lang: str) -> str:
        """A name off a scanned postcard: letters spaced out or a space too many."""
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(
            f"{first}  {surname}", f"{' '.join(first)} {surname}", f"{first} {surname}".replace("e", "e ", 1)
        )

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{last}{self.rng.randint(1, 99)}",
            f"{first}{self.rng.randint(1960, 2006)}",
            f"{first}-{last}",
            f"{last}.{first[0]}",
        )
        return f"{box}@{self.pick('domain')}"

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot = ("apenstaartje", "punt") if lang == "nl" else ("at", "dot")
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._one(f"{first} {dot} {last} {at} {domain}", f"{first}{last} {at} {domain}", f"{last} {at} {domain}")

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("053", "074", "0546", "0541", "043", "045", "046", "030", "020")
        land = area + digits(self.rng, 10 - len(area))
        cut = len(area)
        return self._one(
            f"06{rest}",
            f"06-{rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06 {split_in(rest, (3, 3, 2))}",
            f"+31 6 {rest}",
            f"+31 (0)6 {split_in(rest, (4, 4))}",
            f"0031 6 {split_in(rest, (2, 2, 2, 2))}",
            f"{land[:cut]}-{land[cut:]}",
            f"{land[:cut]} {split_in(land[cut:], (2, 2, 2))}",
            f"({land[:cut]}) {land[cut:]}",
            f"+31 {land[1:cut]} {land[cut:]}",
        )

    def phone_be(self, lang: str) -> str:
        mobile, fixed = "4" + self._one("7", "8", "9") + digits(self.rng, 7), digits(self.rng, 7)
        return self._one(
            f"0{mobile[:3]} {split_in(mobile[3:], (2, 2, 2))}",
            f"0{mobile[:3]}/{split_in(mobile[3:], (2, 2, 2), '.')}",
            f"+32 {mobile[:3]} {split_in(mobile[3:], (2, 2, 2))}",
            f"03 {split_in(fixed, (3, 2, 2))}",
            f"03/{fixed[:3]}.{fixed[3:5]}.{fixed[5:]}",
            f"+32 3 {split_in(fixed, (3, 2, 2))}",
        )

    def phone_en(self, lang: str) -> str:
        """Nigerian, Welsh and Canadian numbers as their owners write them."""
        ng = self._one("803", "806", "813", "703", "805", "907") + digits(self.rng, 7)
        cardiff, ca = digits(self.rng, 8), self._one("416", "514", "604", "613", "902") + digits(self.rng, 7)
        return self._one(
            f"0{ng}",
            f"+234 {split_in(ng, (3, 3, 4))}",
            f"0{ng[:3]} {split_in(ng[3:], (3, 4))}",
            f"029 {split_in(cardiff, (4, 4))}",
            f"+44 29 {split_in(cardiff, (4, 4))}",
            f"07{digits(self.rng, 3)} {digits(self.rng, 6)}",
            f"({ca[:3]}) {ca[3:6]}-{ca[6:]}",
            f"+1 {ca[:3]}-{ca[3:6]}-{ca[6:]}",
            f"{ca[:3]}.{ca[3:6]}.{ca[6:]}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        return (
            read_out(number, lang)
            if self.rng.random() < 0.6
            else f"{read_out('06', lang)} {split_in(number[2:], (2, 2, 2, 2))}"
        )

    def phone_ocr(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        return self._one(
            f"0 6 {split_in(rest, (4, 4))}", f"06 - {split_in(rest, (2, 2, 2, 2))}", f"0 6-{rest[:4]} {rest[4:]}"
        )

    # ---- bank accounts
    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, iban.lower(), grouped.replace(" ", "-"))

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(iban_for("NL", self.pick("bank") + digits(self.rng, 10)))

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "BE", "BE", "DE", "GB", "LU")
        if country == "NL":
            return self.iban_nl(lang)
        if country == "GB":
            bban = self.pick("bank_gb") + digits(self.rng, 14)
        else:
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
            f"{bsn[:4]} {bsn[4:6]} {bsn[6:]}",
            f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}",
        )

    def bsn_spoken(self, lang: str) -> str:
        return read_out(eleven_proof(self.rng), lang)

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._upper(2).replace("SA", "SB").replace("SD", "SE").replace("SS", "ST")
        return self._one(
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}{pair.lower()}",
            f"{number}-{pair}",
            f"{number}  {pair}",
            f"{' '.join(number)} {pair}",
        )

    def postcode_en(self, lang: str) -> str:
        if self.rng.random() < 0.5:  # Canadian
            one, two = digits(self.rng, 2), digits(self.rng, 1)
            return f"{self._upper(1)}{one[0]}{self._upper(1)} {one[1]}{self._upper(1)}{two}"
        outward = self._one("CF10", "CF24", "CF5", "SA1", "SA2", "LL57", "NP20", "SY23")
        return f"{outward} {digits(self.rng, 1)}{self._upper(2)}"

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 280))
        suffix = self._one("", "", "", "a", "B", "-1", " bus 2", "/3", " hs", "-II")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 190)
        flat = self._one(
            "",
            "",
            f"Flat {self.rng.randint(1, 9)}, ",
            f"Unit {self.rng.randint(1, 40)}, ",
            f"{self.rng.randint(2, 12)}-",
        )
        return f"{flat}{number} {self.pick('street_en')}"

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1933, 2007)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["nl"][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day} {name} {year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{day}/{month}/{year}",
            f"{day} {name[:3]} {year}",
            f"{day:02d}-{month:02d}-'{str(year)[2:]}",
            f"{year}-{month:02d}-{day:02d}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{day}/{month:02d}/{year}",
            f"{day} {name} {year}",
            f"{day}{nth} {name}, {year}",
            f"{name} {day}, {year}",
            f"{month:02d}/{day:02d}/{year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day}-{name[:3]}-{year}",
        )
