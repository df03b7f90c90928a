"""Fillers of the held-out split test_v64 (seed 331): energy customers, home buyers, parents at childminders and
after-school care, people moving house, car owners, holidaymakers, grocery customers, alarm and locksmith clients,
students with DUO loans and allotment gardeners, from the Netherlands, Flanders, Germany, Poland, the United
States, India and South Africa."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v64_pools  # noqa: F401  (registers POOLS["test_v64"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v64_codes import CodesV64
from benchmarks.privacy_fillers_v64_numbers import digits, eleven_proof, iban_for, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
}
# Country code, national digits (first digits fixed, then how many random), grouping.
_FOREIGN = (
    ("48", "5", 8, (3, 3, 3)),
    ("48", "6", 8, (3, 3, 3)),
    ("49", "17", 8, (3, 7)),
    ("49", "15", 9, (4, 7)),
    ("32", "47", 7, (3, 2, 2, 2)),
    ("91", "9", 9, (5, 5)),
    ("27", "8", 8, (2, 3, 4)),
    ("1", "646", 7, (3, 3, 4)),
    ("1", "312", 7, (3, 3, 4)),
    ("380", "6", 8, (2, 3, 2, 2)),
)


class FillersV64(CodesV64, Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    def _plain(self, key: str) -> str:
        text = unicodedata.normalize("NFKD", self.pick(key).lower().replace("ł", "l").replace("ß", "ss"))
        return "".join(ch for ch in text.encode("ascii", "ignore").decode() if ch.isalnum())

    # ---- names
    def name_full(self, lang: str) -> str:
        return f"{self.pick('first')} {self.pick('surname')}"

    def name_first(self, lang: str) -> str:
        return self.pick("first")

    def name_surname(self, lang: str) -> str:
        surname = self.pick("surname")
        return surname[:1].upper() + surname[1:]

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
        return self._one(f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname.upper()}")

    def name_handle(self, lang: str) -> str:
        """An Instagram or X handle (the '@' stays outside): 'merel.vdmeer', 'thabo_nkosi88'."""
        first, last = self._plain("first"), self._plain("surname")
        return self._one(
            f"{first}.{last}", f"{first}_{last}{self.rng.randint(80, 99)}", f"{first}{last[:3]}", f"_{first}{last}_"
        )

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{first}{last}",
            f"{last}{self.rng.randint(1960, 2005)}",
            f"{first}-{last}",
            f"{first}.{last}.{self.rng.randint(1, 9)}",
            f"info.{last}",
        )
        address = f"{box}@{self.pick('domain')}"
        return address.capitalize() if self.rng.random() < 0.1 else address

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot = ("apenstaartje", "punt") if lang == "nl" else ("at", "dot")
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._one(f"{first} {dot} {last} {at} {domain}", f"{first}{last} {at} {domain}")

    def email_masked(self, lang: str) -> str:
        """Written to fool scrapers: 'jolien [at] ziggo [dot] nl', 'jolien(at)ziggo.nl'."""
        first, last = self._plain("first"), self._plain("surname")
        name, domain = self.pick("domain").split(".", 1)
        return self._one(
            f"{first}.{last} [at] {name} [dot] {domain}",
            f"{first}{last}(at){name}.{domain}",
            f"{first} @ {name}.{domain}",
        )

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("030", "0348", "040", "013", "024", "023", "036", "015", "071", "053", "055", "075")
        land = area + digits(self.rng, 10 - len(area))
        head, tail = land[: len(area)], land[len(area) :]
        return self._one(
            f"06{rest}",
            f"06-{rest}",
            f"06 {split_in(rest, (4, 4))}",
            f"06-{split_in(rest, (3, 3, 2))}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06/{rest}",
            f"+31 6 {split_in(rest, (4, 4))}",
            f"+31-6-{rest}",
            f"+31 (0) 6 {rest}",
            f"{head}-{tail}",
            f"{head} {split_in(tail, (3, 2, 2) if len(tail) == 7 else (2, 2, 2))}",
            f"({head}) {tail}",
            f"+31 {head[1:]} {tail}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, head, count, sizes = self.rng.choice(_FOREIGN)
        national = head + digits(self.rng, count)
        if code == "1":
            return self._one(
                f"+1 ({national[:3]}) {national[3:6]}-{national[6:]}", f"+1-{split_in(national, sizes, '-')}"
            )
        return self._one(
            f"+{code} {split_in(national, sizes)}",
            f"00{code} {national}",
            f"+{code}{national}",
            f"+{code}-{split_in(national, sizes, '-')}",
            f"(+{code}) {split_in(national, sizes)}",
        )

    def phone_en(self, lang: str) -> str:
        """Dutch mobiles as expats write them, and their numbers back home."""
        rest = digits(self.rng, 8)
        if self.rng.random() < 0.55:
            return self._one(
                f"+31 6 {split_in(rest, (2, 2, 2, 2))}",
                f"+31 (0)6-{split_in(rest, (4, 4), '-')}",
                f"+316-{rest}",
                f"(06) {split_in(rest, (4, 4))}",
                f"06.{split_in(rest, (4, 4), '.')}",
            )
        return self.phone_abroad(lang)

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if self.rng.random() < 0.5:
            return read_out(number, lang)
        return f"{read_out('06', lang)} {split_in(number[2:], (2, 2, 2, 2))}"

    # ---- bank accounts
    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, grouped, iban.lower(), grouped.replace(" ", "-"), grouped.lower())

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(iban_for("NL", self.pick("bank") + digits(self.rng, 10)))

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "NL", "BE", "DE", "PL", "FR")
        if country == "NL":
            return self.iban_nl(lang)
        length = {"BE": 12, "DE": 18, "PL": 24, "FR": 23}[country]
        return self._write_iban(iban_for(country, digits(self.rng, length)))

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(
            bsn,
            bsn,
            split_in(bsn, (3, 3, 3)),
            split_in(bsn, (4, 2, 3), "."),
            split_in(bsn, (3, 3, 3), "-"),
            split_in(bsn, (3, 3, 3), "."),
            split_in(bsn, (2, 3, 2, 2)),
        )

    def bsn_spoken(self, lang: str) -> str:
        return read_out(eleven_proof(self.rng), lang)

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._caps(2).replace("SA", "SC").replace("SD", "SG").replace("SS", "SL")
        return self._one(
            f"{number} {pair}",
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number}{pair.lower()}",
            f"{number} {pair.lower()}",
            f"{number} {pair[0]}{pair[1].lower()}",
            f"NL {number} {pair}",
        )

    def postcode_abroad(self, lang: str) -> str:
        """German, Polish, American, South African and Indian postcodes."""
        return self._one(
            f"D-{digits(self.rng, 5)}",
            f"{self.rng.randint(10, 99)}-{digits(self.rng, 3)}",
            f"{self.rng.randint(10001, 99950)}",
            f"{self.rng.randint(10001, 99950)}-{digits(self.rng, 4)}",
            f"{self.rng.randint(1, 9)}{digits(self.rng, 3)}",
            f"{self.rng.randint(11, 85)}{digits(self.rng, 1)} {digits(self.rng, 3)}",
        )

    def postcode_us(self, lang: str) -> str:
        zip_code = str(self.rng.randint(10001, 99950))
        return self._one(zip_code, zip_code, f"{zip_code}-{digits(self.rng, 4)}")

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 388))
        suffix = self._one("", "", "", "a", "-B", " bis", "-3", " hs", " III", " bus 12", "/2", " 2-hoog")
        street = self.pick("street_nl")
        return self._one(f"{street} {number}{suffix}", f"{street} nr. {number}", f"{street} {number}{suffix}")

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 4890)
        unit = self._one("", "", f", Apt {self.rng.randint(1, 40)}{self._caps(1)}", f", Unit {self.rng.randint(1, 9)}")
        street = self.pick("street_en")
        return self._one(f"{number} {street}{unit}", f"No. {self.rng.randint(1, 99)}, {street}", f"{number} {street}")

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
            f"{day} {name[:3]} {year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day}. {_MONTHS['de'][month - 1]} {year}",
            f"{day:02d}-{month:02d}-'{str(year)[2:]}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{month:02d}/{day:02d}/{year}",
            f"{name} {day}{nth}, {year}",
            f"{name} {day}, {year}",
            f"{day} {name} {year}",
            f"{day}{nth} {name} {year}",
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{name[:3]}-{year}",
            f"{year}/{month:02d}/{day:02d}",
        )
