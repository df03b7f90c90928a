"""Fillers of the held-out split test_v87 (seed 463): owners of hearing dogs and robot mowers, season-pass holders,
clients of detectives, restaurants, allergy clinics, collectors' shops, paragliding schools, sports halls and mobile
hairdressers, from the Netherlands, Flanders, Suriname, Curaçao, Ghana, Wales and far beyond."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v87_pools  # noqa: F401  (registers POOLS["test_v87"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v87_codes import CodesV87
from benchmarks.privacy_fillers_v87_numbers import ACCOUNT_DIGITS, chunk, digits, eleven_test, iban_for, say

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
# Country code, first national digits, how many more digits, grouping.
_ABROAD = (
    ("32", "47", 7, (3, 2, 2, 2)),
    ("49", "17", 8, (3, 7)),
    ("597", "8", 6, (3, 4)),
    ("5999", "5", 6, (3, 4)),
    ("233", "24", 7, (2, 3, 4)),
    ("44", "77", 8, (4, 6)),
    ("33", "6", 8, (1, 2, 2, 2, 2)),
    ("212", "66", 7, (3, 3, 3)),
    ("90", "53", 8, (3, 3, 4)),
    ("48", "60", 7, (3, 3, 3)),
)


class FillersV87(CodesV87, Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    def _ascii(self, key: str) -> str:
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
        letters = self.rng.sample("ABCDEFGHIJKLMNPRSTW", self.rng.choice((1, 1, 2, 2, 3)))
        initials = self._one("".join(f"{ch}." for ch in letters), " ".join(f"{ch}." for ch in letters))
        return f"{initials} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname.upper()}")

    def name_teams(self, lang: str) -> str:
        """A Teams or Re:amaze display name: 'Wolters, Teun', 'Teun Wolters (extern)' is left to the template."""
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(f"{surname}, {first}", f"{first} {surname}", f"{first[0]}. {surname}")

    def name_couple(self, lang: str) -> str:
        joiner = self._one("&", "+", "and" if lang == "en" else "en")
        return f"{self.pick('first')} {joiner} {self.pick('first')} {self.pick('surname')}"

    def name_typo(self, lang: str) -> str:
        """A name as a hurried agent types it: all lower case, or the surname only."""
        return self._one(self.name_full(lang).lower(), self.pick("first").lower(), self.name_full(lang))

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._ascii("first"), self._ascii("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{last}{first[0]}",
            f"{first}{self.rng.randint(1950, 2008)}",
            f"{first}-{last}",
            f"{first}_{last}{self.rng.randint(1, 99)}",
            f"{last}.{first}",
            f"info.{last}",
        )
        address = f"{box}@{self.pick('domain')}"
        return self._one(address, address, address, address, address.capitalize(), address.upper())

    def email_spoken(self, lang: str) -> str:
        first, last = self._ascii("first"), self._ascii("surname")
        at, dot = self._one(("apenstaartje", "punt"), ("at", "punt")) if lang == "nl" else ("at", "dot")
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._one(f"{first} {dot} {last} {at} {domain}", f"{first}{last} {at} {domain}")

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("010", "020", "030", "0316", "0481", "0591", "0223", "075", "045", "013")
        land = area + digits(self.rng, 10 - len(area))
        local = land[len(area) :]
        return self._one(
            "06" + rest,
            f"06-{rest}",
            f"06 {chunk(rest, (2, 2, 2, 2))}",
            f"06 {chunk(rest, (3, 3, 2))}",
            f"06/{rest}",
            f"+31 6 {chunk(rest, (4, 4))}",
            f"+31 (0) 6 {rest}",
            f"+31-6-{chunk(rest, (2, 2, 2, 2), '-')}",
            f"0031 6 {rest}",
            f"{area}-{local}",
            f"{area} {chunk(local, (2, 2, 3))}",
            f"({area}) {local}",
            f"+31 {area[1:]} {local}",
            f"+32 {self._one('3', '9', '2')} {chunk(digits(self.rng, 7), (3, 2, 2))}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, head, more, sizes = self.rng.choice(_ABROAD)
        national = head + digits(self.rng, more)
        return self._one(
            f"+{code} {chunk(national, sizes)}",
            f"00{code} {national}",
            f"+{code}{national}",
            f"+{code} {chunk(national, sizes, '-')}",
            f"(+{code}) {national}",
        )

    def phone_en(self, lang: str) -> str:
        """Welsh, British and Ghanaian numbers as their owners write them."""
        uk, gh = "7" + digits(self.rng, 9), self._one("24", "20", "54", "55", "27") + digits(self.rng, 7)
        return self._one(
            f"0{uk[:4]} {uk[4:]}",
            f"0{uk[:4]} {chunk(uk[4:], (3, 3))}",
            f"+44 {uk[:4]} {uk[4:]}",
            f"+44 (0) {uk[:4]} {uk[4:]}",
            f"029 20{digits(self.rng, 2)} {digits(self.rng, 4)}",
            f"01970 {digits(self.rng, 6)}",
            f"0{gh[:2]} {chunk(gh[2:], (3, 4))}",
            f"+233 {gh[:2]} {chunk(gh[2:], (3, 4))}",
            f"+233{gh}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        choice = self.rng.random()
        if choice < 0.5:
            return say(number, lang)
        if choice < 0.75:
            return f"{say('06', lang)} {chunk(number[2:], (2, 2, 2, 2))}"
        return f"{say('06', lang)}, {say(number[2:6], lang)}, {say(number[6:], lang)}"

    # ---- bank accounts
    def _iban(self, country: str) -> str:
        count = ACCOUNT_DIGITS[country]
        if country == "NL":
            return iban_for("NL", self.pick("bank") + digits(self.rng, count))
        if country == "GB":
            return iban_for("GB", self.pick("bank_gb") + digits(self.rng, count))
        return iban_for(country, digits(self.rng, count))

    def _write_iban(self, iban: str) -> str:
        grouped = chunk(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, grouped, iban.lower(), grouped.replace(" ", "-"), grouped.lower())

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(self._iban("NL"))

    def iban(self, lang: str) -> str:
        return self._write_iban(self._iban(self._one("NL", "NL", "NL", "BE", "BE", "DE", "GB", "FR", "LU", "ES")))

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = eleven_test(self.rng)
        return self._one(
            bsn,
            bsn,
            f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
            f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}",
            f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}",
            f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}",
            f"{bsn[:2]} {bsn[2:5]} {bsn[5:]}",
        )

    def bsn_spoken(self, lang: str) -> str:
        bsn = eleven_test(self.rng)
        return self._one(say(bsn, lang), f"{say(bsn[:3], lang)}, {say(bsn[3:6], lang)}, {say(bsn[6:], lang)}")

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._caps(2).replace("SA", "ST").replace("SD", "SE").replace("SS", "SR")
        return self._one(
            f"{number} {pair}",
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}{pair.lower()}",
            f"{number}-{pair}",
            f"{number} {pair[0]}{pair[1].lower()}",
        )

    def postcode_uk(self, lang: str) -> str:
        outward = self._one("CF10", "CF5", "SA1", "SY23", "LL57", "NP20", "LL11", "LS6", "BS3", "E8", "SW9")
        inward = f"{digits(self.rng, 1)}{self._caps(2)}"
        return self._one(f"{outward} {inward}", f"{outward}{inward}", f"{outward} {inward}".lower())

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 288))
        suffix = self._one("", "", "", "", "a", "c", "-1", " II", " bus 2", " boven", "-A", " hs")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 199)
        flat = self._one("", "", "", f"Flat {self.rng.randint(1, 9)}, ", f"{self.rng.randint(1, 4)}F, ")
        return f"{flat}{number} {self.pick('street_en')}"

    # ---- dates of birth
    def _born(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1928, 2021)

    def dob(self, lang: str) -> str:
        day, month, year = self._born()
        name = _MONTHS["nl"][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day} {name} {year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day}.{month}.{year}",
            f"{day} {name[:3]} {year}",
            f"{day} {name.capitalize()} {year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day:02d}-{month:02d}-'{str(year)[2:]}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._born()
        name = _MONTHS["en"][month - 1]
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{day:02d}/{month:02d}/{year}",
            f"{day} {name} {year}",
            f"{day}{nth} {name} {year}",
            f"{name} {day}, {year}",
            f"{name} {day}{nth} {year}",
            f"{day}.{month:02d}.{str(year)[2:]}",
            f"{day} {name[:3]} {year}",
            f"{day}{nth} of {name}, {year}",
        )
