"""Fillers of the held-out split test_v98 (seed 547): tattoo, tuxedo, piano, gutter, vet, bike-lease, garden
furniture, mortgage, party venue and bottled water customers, from the Netherlands, Flanders, Suriname, Cape Verde,
Britain and beyond."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v98_pools  # noqa: F401  (registers POOLS["test_v98"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v98_codes import CodesV98
from benchmarks.privacy_fillers_v98_numbers import digits, eleven_proof, iban_for, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
_FOREIGN = (  # country code, national digits, grouping
    ("32", "47", 7, (3, 2, 2, 2)),
    ("597", "8", 6, (3, 4)),
    ("238", "9", 6, (3, 2, 2)),
    ("351", "91", 7, (3, 3, 3)),
    ("44", "78", 8, (4, 6)),
    ("49", "170", 7, (3, 7)),
    ("33", "6", 8, (1, 2, 2, 2, 2)),
)


class FillersV98(CodesV98, Fillers):
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
        letters = self.rng.sample("ABCDEGHJKLMNPRSTW", self.rng.choice((1, 2, 2, 3)))
        initials = self._one(
            "".join(f"{ch}." for ch in letters), "".join(letters), " ".join(f"{ch}." for ch in letters)
        )
        return f"{initials} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(f"{surname.upper()} {first}", f"{first.upper()} {surname.upper()}", f"{surname}, {first}")

    def name_formal(self, lang: str) -> str:
        title = (
            self._one("dhr.", "mevr.", "mw.", "de heer", "mevrouw") if lang == "nl" else self._one("Mr", "Mrs", "Ms")
        )
        return f"{title} {self.pick('surname')}" if self.rng.random() < 0.6 else f"{title} {self.name_initials(lang)}"

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first}{last}",
            f"{first[0]}.{last}",
            f"{last}{self.rng.randint(60, 99)}",
            f"{first}_{last}{self.rng.randint(1, 30)}",
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
        area = self._one("020", "010", "070", "030", "0223", "0546", "040", "0162", "050", "0418")
        land = area + digits(self.rng, 10 - len(area))
        return self._one(
            "06" + rest,
            f"06-{rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06-{split_in(rest, (2, 2, 2, 2), '-')}",
            f"+31 6 {split_in(rest, (4, 4))}",
            f"+31 (0)6 {rest}",
            f"0031 6 {rest}",
            f"+316-{rest}",
            f"{area}-{land[len(area) :]}",
            f"{area} {split_in(land[len(area) :], (3, 4))}",
            f"+31 {area[1:]} {land[len(area) :]}",
            f"({area}) {land[len(area) :]}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, head, count, sizes = self.rng.choice(_FOREIGN)
        national = head + digits(self.rng, count)
        return self._one(
            f"+{code} {split_in(national, sizes)}",
            f"00{code} {national}",
            f"+{code}{national}",
            f"00{code}-{split_in(national, sizes, '-')}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if self.rng.random() < 0.5:
            return read_out(number, lang)
        return f"{read_out('06', lang)} {split_in(number[2:], (2, 2, 2, 2))}"

    # ---- bank accounts
    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "NL", "BE", "DE", "PT", "GB")
        if country == "NL":
            iban = iban_for("NL", self.pick("bank") + digits(self.rng, 10))
        elif country == "GB":
            iban = iban_for("GB", self._one("NWBK", "BARC", "LOYD") + digits(self.rng, 14))
        else:
            iban = iban_for(country, digits(self.rng, {"BE": 12, "DE": 18, "PT": 21}[country]))
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, iban.lower(), grouped.lower(), grouped.replace(" ", "-"))

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
            read_out(bsn, lang),
        )

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._upper(2).replace("SA", "SC").replace("SD", "SE").replace("SS", "ST")
        return self._one(
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}{pair.lower()}",
            f"{number}-{pair}",
            f"{number} {pair[0]}{pair[1].lower()}",
        )

    def postcode_uk(self, lang: str) -> str:
        outward = self._one("SE15", "E8", "CF10", "G12", "EH6", "L17", "B29", "BN2", "YO31", "CB4")
        return f"{outward} {digits(self.rng, 1)}{self._upper(2)}"

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 280))
        suffix = self._one("", "", "", "a", "-C", " II", " zwart", "-hs", " bis", "A-1", " 3e etage")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 190)
        flat = self._one("", "", "", f"Flat {self.rng.randint(1, 9)}, ", f"{self.rng.randint(1, 20)}b ")
        return f"{number} {self.pick('street_en')}" if not flat else f"{flat}{number} {self.pick('street_en')}"

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
            f"{day} {name} {year}",
            f"{day}{nth} {name} {year}",
            f"{name} {day}, {year}",
            f"{day:02d}-{month:02d}-{year}",
            f"{day}{nth} of {name} {year}",
            f"{day} {name[:3]} {year}",
        )
