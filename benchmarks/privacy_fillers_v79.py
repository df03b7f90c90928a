"""Fillers of the held-out split test_v79 (seed 421): dialysis patients and their families, flat owners in a VvE,
brides and grooms, hunters and anglers, aquarium and reptile keepers, deaf clients and their interpreters, au pairs
and host families, owners of garage doors and gates, pianists and organists on the move, and homeowners having soil
and asbestos surveyed; from the Netherlands, Flanders, Eritrea, Syria, Wales, New Zealand, Germany and beyond."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v79_pools  # noqa: F401  (registers POOLS["test_v79"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v79_numbers import CodesV79, digits, eleven_proof, iban_for, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
# Country code, national digits, grouping: Eritrea, Syria, Germany, Austria, Switzerland, Belgium, Turkey, Poland.
_FOREIGN = (
    ("291", "7", 6, (1, 3, 3)),
    ("963", "9", 8, (3, 3, 3)),
    ("49", "17", 8, (3, 7)),
    ("49", "15", 9, (4, 7)),
    ("43", "66", 8, (3, 7)),
    ("41", "7", 8, (2, 3, 2, 2)),
    ("32", "47", 7, (3, 2, 2, 2)),
    ("90", "53", 8, (3, 3, 2, 2)),
    ("48", "6", 8, (3, 3, 3)),
)


class FillersV79(CodesV79, Fillers):
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
        return surname[:1].upper() + surname[1:] if self.rng.random() < 0.3 else surname

    def name_initials(self, lang: str) -> str:
        letters = self.rng.sample("ABCDEFGHIJKLMNPRSTW", self.rng.choice((1, 1, 2, 2, 3)))
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

    def name_skype(self, lang: str) -> str:
        """A Skype display or account name: 'gerben.stoop', 'rhys.pritchard_88'."""
        first, last = self._plain("first"), self._plain("surname")
        return self._one(
            f"{first}.{last}",
            f"{first}.{last}_{self.rng.randint(70, 99)}",
            f"{first}{last[:1]}{self.rng.randint(1, 9)}",
            f"{first.capitalize()} {last.capitalize()}",
        )

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{first}{last}{self.rng.randint(1950, 2006)}",
            f"{last}.{first}",
            f"{first}_{last}",
            f"{first}-{last[:1]}",
            f"{first}.{last}+vve",
        )
        address = f"{box}@{self.pick('domain')}"
        return address.capitalize() if self.rng.random() < 0.1 else address

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot = (self._one("apenstaartje", "at"), "punt") if lang == "nl" else (self._one("at", "at sign"), "dot")
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._one(f"{first} {dot} {last} {at} {domain}", f"{first} {last} {at} {domain}")

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("0318", "0575", "0492", "050", "024", "030", "0222", "0165", "085", "088")
        land = area + digits(self.rng, 10 - len(area))
        net, sub = land[: len(area)], land[len(area) :]
        return self._one(
            f"06-{rest}",
            f"06 {split_in(rest, (4, 4))}",
            f"06{rest}",
            f"06 - {split_in(rest, (2, 2, 2, 2))}",
            f"+31 6 {split_in(rest, (4, 4))}",
            f"+31 (0)6 {rest}",
            f"0031 6 {split_in(rest, (2, 2, 2, 2))}",
            f"06/{rest}",
            f"{net}-{sub}",
            f"({net}) {split_in(sub, (2, 2, 2))}",
            f"+31 {net[1:]} {sub}",
            f"{net} {split_in(sub, (3, 4)) if len(sub) == 7 else split_in(sub, (3, 3))}",
        )

    def phone_be(self, lang: str) -> str:
        mobile, land = (
            "4" + self._one("7", "8", "9") + digits(self.rng, 7),
            self._one("9", "3", "2") + digits(self.rng, 7),
        )
        return self._one(
            f"0{mobile[:3]}/{split_in(mobile[3:], (2, 2, 2))}",
            f"0{mobile[:3]} {split_in(mobile[3:], (2, 2, 2))}",
            f"+32 {mobile[:3]} {split_in(mobile[3:], (2, 2, 2))}",
            f"0{mobile[:3]}.{split_in(mobile[3:], (2, 2, 2), '.')}",
            f"0{land[0]}/{split_in(land[1:], (3, 2, 2))}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, head, count, sizes = self.rng.choice(_FOREIGN)
        national = head + digits(self.rng, count)
        return self._one(
            f"+{code} {split_in(national, sizes)}",
            f"00{code} {national}",
            f"+{code}{national}",
            f"+{code} (0){national}" if code in ("49", "43", "41") else f"00 {code} {split_in(national, sizes)}",
        )

    def phone_en(self, lang: str) -> str:
        """Welsh (British) and New Zealand numbers as their owners write them."""
        uk, nz = "7" + digits(self.rng, 9), self._one("21", "22", "27") + digits(self.rng, 7)
        return self._one(
            f"0{uk[:4]} {uk[4:]}",
            f"+44 {uk[:4]} {uk[4:]}",
            f"029 {split_in(digits(self.rng, 8), (4, 4))}",
            f"01970 {digits(self.rng, 6)}",
            f"+44 (0)1248 {digits(self.rng, 6)}",
            f"0{nz[:2]} {split_in(nz[2:], (3, 4))}",
            f"+64 {nz[:2]} {split_in(nz[2:], (3, 4))}",
            f"(09) {split_in(digits(self.rng, 7), (3, 4))}",
            f"+64 4 {split_in(digits(self.rng, 7), (3, 4))}",
            f"0{nz[:2]}-{nz[2:]}",
        )

    def phone_spoken(self, lang: str) -> str:
        if lang == "en" and self.rng.random() < 0.4:
            return read_out("02" + self._one("1", "2", "7") + digits(self.rng, 7), "en", doubles=True)
        number = "06" + digits(self.rng, 8)
        if self.rng.random() < 0.5:
            return read_out(number, lang, doubles=lang == "en")
        pairs = split_in(number[2:], (2, 2, 2, 2))
        return f"{read_out('06', lang)} {pairs}" if lang == "en" else self._one(f"nul zes {pairs}", f"zes {pairs}")

    # ---- bank accounts
    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, iban.lower(), grouped.lower(), split_in(iban, (4,) * 8, "-"))

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(iban_for("NL", self.pick("bank") + digits(self.rng, 10)))

    def iban_de(self, lang: str) -> str:
        country = self._one("DE", "DE", "AT", "CH")
        return self._write_iban(iban_for(country, digits(self.rng, {"DE": 18, "AT": 16, "CH": 17}[country])))

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "BE", "DE", "GB")
        if country == "NL":
            return self.iban_nl(lang)
        if country == "GB":
            return self._write_iban(iban_for("GB", self.pick("bank_gb") + digits(self.rng, 14)))
        return self._write_iban(iban_for(country, digits(self.rng, {"BE": 12, "DE": 18}[country])))

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
            f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}",
        )

    def bsn_spoken(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(read_out(bsn, lang), f"{read_out(bsn[:3], lang)}, {bsn[3:6]}, {bsn[6:]}")

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._caps(2).replace("SA", "SB").replace("SD", "SE").replace("SS", "ST")
        return self._one(
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}{pair.lower()}",
            f"{number}-{pair}",
            f"NL {number} {pair}",
        )

    def postcode_be(self, lang: str) -> str:
        return self._one("", "", "B-", "BE-") + str(self.rng.randint(1000, 9992))

    def postcode_uk(self, lang: str) -> str:
        outward = self._one("CF10", "CF24", "SA1", "SA31", "LL57", "LL55", "NP20", "SY23", "LD3", "CH7")
        code = f"{outward} {digits(self.rng, 1)}{self._caps(2)}"
        return code.lower() if self.rng.random() < 0.15 else code

    def postcode_nz(self, lang: str) -> str:
        return self._one("6011", "6021", "1010", "1021", "8011", "8041", "3204", "9016", "0610", "4410")

    def postcode_de(self, lang: str) -> str:
        number = str(self.rng.randint(10115, 99998))
        return self._one(number, number, f"D-{number}", f"D {number}")

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 286))
        suffix = self._one("", "", "", "a", "-B", " bis", "-3hoog", " bus 2", "-II", " zw", "c")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 199)
        flat = self._one("", "", "", f"Flat {self.rng.randint(1, 9)}, ", f"{self.rng.randint(1, 12)}/")
        return f"{flat}{number} {self.pick('street_en')}"

    def address_de(self, lang: str) -> str:
        return f"{self.pick('street_de')} {self.rng.randint(1, 140)}{self._one('', '', 'a', 'b', '/2')}"

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1928, 2008)

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
            f"{year}-{month:02d}-{day:02d}",
            f"{day:02d}/{month:02d}/'{str(year)[2:]}",
            f"{day}-{month}-{str(year)[2:]}",
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
            f"{day}.{month}.{year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{day} {name[:3]} {str(year)[2:]}",
            f"{day}{nth} of {name} {year}",
        )
