"""Fillers of the held-out split test_v86 (seed 461): grave-right holders, organists and church renters, tattoo
clinic clients, skaters, cheese lovers, kitchen planners, window film and solar panel customers, model pilots and
prom-goers, from the Netherlands, Flanders, Curaçao, Singapore, South Africa and beyond."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v86_pools  # noqa: F401  (registers POOLS["test_v86"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v86_codes import CodesV86
from benchmarks.privacy_fillers_v86_numbers import digits, eleven_proof, iban_for, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
_ROMAN = "I II III IV V VI VII VIII IX X XI XII".split()
# Country code, national digits, grouping.
_FOREIGN = (
    ("32", "47", 7, (3, 2, 2, 2)),
    ("49", "17", 8, (3, 7)),
    ("599", "9", 7, (1, 3, 4)),
    ("297", "56", 5, (3, 4)),
    ("65", "9", 7, (4, 4)),
    ("27", "8", 8, (2, 3, 4)),
    ("48", "6", 8, (3, 3, 3)),
    ("380", "6", 8, (2, 3, 2, 2)),
    ("90", "53", 8, (3, 3, 2, 2)),
    ("44", "7", 9, (4, 6)),
)


class FillersV86(CodesV86, Fillers):
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
        return self._one(f"{surname.upper()}, {first.upper()}", f"{first.upper()} {surname.upper()}")

    def name_couple(self, lang: str) -> str:
        joiner = self._one("&", "+", "and" if lang == "en" else "en")
        return f"{self.pick('first')} {joiner} {self.pick('first')} {self.pick('surname')}"

    def name_nick(self, lang: str) -> str:
        """A chat display name: 'douwe.vdmeulen', 'Lerato_N'."""
        first, last = self._plain("first"), self._plain("surname")
        return self._one(
            f"{first}.{last}",
            f"{first.capitalize()}_{last[:1].upper()}",
            f"{first}{last}{self.rng.randint(10, 99)}",
            f"{first.capitalize()} {last[:1].upper()}.",
        )

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{first}{last}",
            f"{last}{self.rng.randint(60, 99)}",
            f"{first}-{last}",
            f"{first}.{last}.{self.rng.randint(1, 9)}",
            f"{first}_{last[:3]}",
        )
        return f"{box}@{self.pick('domain')}"

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot = self._one(("apenstaartje", "punt"), ("at", "punt")) if lang == "nl" else ("at", "dot")
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._one(f"{first} {dot} {last} {at} {domain}", f"{first} {last} {at} {domain}")

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("020", "010", "0592", "050", "0523", "038", "072", "0413", "013", "0165", "0347")
        land = area + digits(self.rng, 10 - len(area))
        head, tail = land[: len(area)], land[len(area) :]
        return self._one(
            f"06{rest}",
            f"06-{rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06 {split_in(rest, (3, 3, 2))}",
            f"+31 6 {split_in(rest, (4, 4))}",
            f"+31-6-{rest}",
            f"0031 6 {rest}",
            f"+31 (0)6 {rest}",
            f"06/{rest}",
            f"{head}-{tail}",
            f"{head} {split_in(tail, (3, 2, 2))}",
            f"({head}) {tail}",
            f"+31 {head[1:]} {tail}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, head, count, sizes = self.rng.choice(_FOREIGN)
        national = head + digits(self.rng, count)
        return self._one(
            f"+{code} {split_in(national, sizes)}",
            f"00{code} {national}",
            f"+{code}{national}",
            f"+{code} {split_in(national, sizes, '-')}",
        )

    def phone_sg(self, lang: str) -> str:
        number = self._one("8", "9", "6") + digits(self.rng, 7)
        return self._one(f"+65 {number[:4]} {number[4:]}", number, f"{number[:4]} {number[4:]}", f"+65{number}")

    def phone_za(self, lang: str) -> str:
        number = self._one("82", "83", "72", "71", "61", "21", "11") + digits(self.rng, 7)
        return self._one(
            f"0{number[:2]} {number[2:5]} {number[5:]}",
            f"+27 {number[:2]} {number[2:5]} {number[5:]}",
            f"0{number}",
            f"+27{number}",
            f"0{number[:2]}-{number[2:5]}-{number[5:]}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if self.rng.random() < 0.5:
            return read_out(number, lang)
        return f"{read_out('06', lang)} {split_in(number[2:], (2, 2, 2, 2))}"

    # ---- bank accounts
    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, grouped.lower(), iban.lower(), grouped.replace(" ", "-"))

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(iban_for("NL", self.pick("bank") + digits(self.rng, 10)))

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "BE", "BE", "DE", "LU", "FR")
        if country == "NL":
            return self.iban_nl(lang)
        bban = {
            "BE": lambda: digits(self.rng, 12),
            "DE": lambda: digits(self.rng, 18),
            "LU": lambda: digits(self.rng, 3) + "0" + digits(self.rng, 12),
            "FR": lambda: digits(self.rng, 10) + self._upper(1) + digits(self.rng, 12),
        }[country]()
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
            f"{bsn[:2]} {bsn[2:4]} {bsn[4:6]} {bsn[6:]}",
            f"{bsn[:4]}-{bsn[4:6]}-{bsn[6:]}",
        )

    def bsn_spoken(self, lang: str) -> str:
        return read_out(eleven_proof(self.rng), lang)

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._upper(2).replace("SA", "SE").replace("SD", "SG").replace("SS", "SR")
        return self._one(
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}{pair.lower()}",
            f"{number}-{pair}",
            f"NL {number} {pair}",
            f"{number[:2]} {number[2:]} {pair}",
        )

    def postcode_sg(self, lang: str) -> str:
        number = self._one("1", "2", "3", "4", "5", "6", "7", "8") + digits(self.rng, 5)
        return self._one(f"Singapore {number}", f"S{number}", f"S({number})", number)

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 280))
        suffix = self._one("", "", "", "a", "-b", " bis", " 3hoog", "-1", " bus 12", " A")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        if self.rng.random() < 0.35:
            unit = f"#{self.rng.randint(2, 25):02d}-{self.rng.randint(10, 999)}"
            return self._one(
                f"Blk {self.rng.randint(100, 999)} {self.pick('block_sg')} {unit}",
                f"{self.rng.randint(100, 999)}{self._one('', 'A', 'B')} {self.pick('block_sg')}, {unit}",
            )
        number = self.rng.randint(1, 260)
        unit = self._one("", "", "", f"Unit {self.rng.randint(1, 40)}, ", f"Flat {self.rng.randint(1, 12)}, ")
        return f"{unit}{number} {self.pick('street_en')}"

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1929, 2012)

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
            f"{day}-{_ROMAN[month - 1]}-{year}",
            f"{day:02d}-{month:02d}-'{str(year)[2:]}",
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
            f"{day}-{name[:3]}-{str(year)[2:]}",
            f"{year}/{month:02d}/{day:02d}",
            f"{day} {name[:3]} {year}",
        )
