"""Fillers of the held-out split test_v72 (seed 379): car renters, mortgage clients, home-care clients, people in
debt counselling, lottery players, e-scooter riders, concert-goers, newspaper subscribers, residents with a waste
pass and window-cleaning customers, from the Randstad, Flanders, Curaçao, Turkey, South Africa and Australia."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v72_pools  # noqa: F401  (registers POOLS["test_v72"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v72_codes import CodesV72
from benchmarks.privacy_fillers_v72_numbers import digits, eleven_proof, iban_for, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
# Country code, national head, digits after it, grouping.
_FOREIGN = (
    ("5999", "", 7, (3, 4)),
    ("90", "53", 8, (3, 3, 2, 2)),
    ("32", "47", 7, (3, 2, 2, 2)),
    ("49", "16", 9, (4, 7)),
    ("597", "8", 6, (3, 4)),
    ("212", "6", 8, (1, 2, 2, 2, 2)),
    ("297", "56", 5, (3, 4)),
    ("48", "6", 8, (3, 3, 3)),
)


class FillersV72(CodesV72, Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    def _plain(self, key: str) -> str:
        raw = self.pick(key).lower().replace("ł", "l").replace("ı", "i").replace("ş", "s").replace("ğ", "g")
        text = unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode()
        return "".join(ch for ch in text if ch.isalnum())

    # ---- names
    def name_full(self, lang: str) -> str:
        self.__dict__["_last_name"] = f"{self.pick('first')} {self.pick('surname')}"
        return self.__dict__["_last_name"]

    def name_again(self, lang: str) -> str:
        """The same person once more, as in the translated line of an auto-translated chat."""
        return self.__dict__.get("_last_name") or self.name_full(lang)

    def name_first(self, lang: str) -> str:
        return self.pick("first")

    def name_surname(self, lang: str) -> str:
        surname = self.pick("surname")
        return surname[:1].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        letters = self.rng.sample("ABCDEGHJKLMPRSTW", self.rng.choice((1, 2, 2, 3)))
        initials = self._one("".join(f"{ch}." for ch in letters), " ".join(f"{ch}." for ch in letters))
        return f"{initials} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname}, {first}")

    def name_double(self, lang: str) -> str:
        first, one, two = self.pick("first"), self.pick("surname"), self.pick("surname")
        return f"{first} {one.split('-')[0]}-{two.split('-')[0]}"

    def name_nick(self, lang: str) -> str:
        """A Slack or WhatsApp display name: 'gijs.vbeusekom', 'KemalK_83'."""
        first, last = self._plain("first"), self._plain("surname")
        return self._one(
            f"{first}.{last}",
            f"{first.capitalize()}{last[:1].upper()}_{self.rng.randint(60, 99)}",
            f"{first}_{last[:4]}",
        )

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{last}{self.rng.randint(1, 99)}",
            f"{first}-{last}",
            f"{first}{self.rng.randint(1950, 2005)}",
            f"{first}.{last}+{self._one('loterij', 'tickets', 'krant')}",
        )
        return f"{box}@{self.pick('domain')}"

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot = self._one(("apenstaart", "punt"), ("at", "punt")) if lang == "nl" else ("at", "dot")
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._one(f"{first} {dot} {last} {at} {domain}", f"{first} {last} {at} {domain}")

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("020", "010", "030", "0172", "0341", "0546", "040", "0182", "0226", "072")
        land = area + digits(self.rng, 10 - len(area))
        return self._one(
            f"06{rest}",
            f"06-{rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06 {split_in(rest, (3, 3, 2))}",
            f"+31 6 {split_in(rest, (4, 4))}",
            f"+31 (0)6 {rest}",
            f"+316-{rest}",
            f"0031 6 {split_in(rest, (2, 2, 2, 2))}",
            f"06/{rest}",
            f"{land[: len(area)]}-{land[len(area) :]}",
            f"({land[: len(area)]}) {split_in(land[len(area) :], (2, 2, 2))}",
            f"+31 {land[1 : len(area)]} {split_in(land[len(area) :], (3, 4))}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, head, count, sizes = self.rng.choice(_FOREIGN)
        national = head + digits(self.rng, count)
        return self._one(
            f"+{code} {split_in(national, sizes)}",
            f"00{code} {national}",
            f"+{code}{national}",
            f"(+{code}) {split_in(national, sizes, '-')}",
        )

    def phone_en(self, lang: str) -> str:
        """South African and Australian numbers as their owners write them."""
        za, au = self._one("82", "83", "72", "61", "79") + digits(self.rng, 7), "4" + digits(self.rng, 8)
        return self._one(
            f"0{za[:2]} {split_in(za[2:], (3, 4))}",
            f"+27 {za[:2]} {split_in(za[2:], (3, 4))}",
            f"+27{za}",
            f"0{za}",
            f"0{au[:3]} {split_in(au[3:], (3, 3))}",
            f"+61 {au[:3]} {split_in(au[3:], (3, 3))}",
            f"+61{au}",
            f"(02) {split_in(digits(self.rng, 8), (4, 4))}",
            f"021 {split_in(digits(self.rng, 7), (3, 4))}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if self.rng.random() < 0.5:
            return read_out(number, lang)
        pairs = split_in(number[2:], (2, 2, 2, 2))
        return f"{read_out('06', lang)} {pairs}"

    # ---- bank accounts
    def _nl_iban(self) -> str:
        return iban_for("NL", self.pick("bank") + digits(self.rng, 10))

    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, iban.lower(), grouped.replace(" ", "-"), grouped.lower())

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(self._nl_iban())

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "BE", "DE", "LU", "FR")
        if country == "NL":
            return self._write_iban(self._nl_iban())
        bban = {
            "BE": lambda: digits(self.rng, 12),
            "DE": lambda: digits(self.rng, 18),
            "LU": lambda: digits(self.rng, 3) + digits(self.rng, 13),
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
            f"{bsn[:2]} {bsn[2:5]} {bsn[5:]}",
        )

    def bsn_spoken(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(read_out(bsn, lang), f"{read_out(bsn[:3], lang)}, {bsn[3:6]}, {bsn[6:]}")

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
            f"NL {number} {pair}",
        )

    def postcode_be(self, lang: str) -> str:
        number = str(self.rng.randint(1000, 9992))
        return self._one(number, number, f"B-{number}", f"BE-{number}")

    def postcode_en(self, lang: str) -> str:
        """South African or Australian four-digit postcodes, Australian ones with their state."""
        number = f"{self.rng.randint(1, 9999):04d}" if self.rng.random() < 0.5 else str(self.rng.randint(2000, 7999))
        return self._one(number, number, f"{self._one('NSW', 'VIC', 'QLD', 'WA')} {number}")

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 280))
        suffix = self._one("", "", "", "A", "-b", " III", " huis", "-1", " rd")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_be(self, lang: str) -> str:
        number = str(self.rng.randint(1, 240))
        return f"{self.pick('street_be')} {number}{self._one('', '', ' bus 2', '/0101', ' bus B3')}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 320)
        unit = self._one("", "", "", f"Unit {self.rng.randint(1, 20)}/", f"Flat {self.rng.randint(1, 9)}, ")
        return f"{unit}{number} {self.pick('street_en')}"

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1929, 2007)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["nl"][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day} {name} {year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day}.{month}.{year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day} {name[:3]} '{str(year)[2:]}",
            f"{day:02d}-{month:02d}-{str(year)[2:]}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{day}/{month:02d}/{year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day} {name} {year}",
            f"{day}{nth} {name} {year}",
            f"{day} {name[:3]} {year}",
            f"{year}/{month:02d}/{day:02d}",
            f"{day}{nth} of {name}, {year}",
        )
