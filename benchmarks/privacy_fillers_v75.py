"""Fillers of the held-out split test_v75 (seed 397): charge-pass holders, salon clients, people with a burst pipe,
dog owners, parents on waiting lists, e-bike riders, home owners building up, cottage owners, passengers of
accessible transport and kitchen buyers, from the Randstad, Flanders, Suriname, Jamaica, Trinidad and far beyond."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v75_pools  # noqa: F401  (registers POOLS["test_v75"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v75_codes import CodesV75
from benchmarks.privacy_fillers_v75_numbers import digits, eleven_proof, iban_for, keyed, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
# Country code, national number shape, grouping.
_FOREIGN = (
    ("32", "47", 7, (3, 2, 2, 2)),
    ("597", "8", 6, (3, 4)),
    ("597", "4", 5, (3, 3)),
    ("49", "171", 7, (4, 6)),
    ("44", "79", 8, (4, 6)),
    ("90", "53", 8, (3, 3, 4)),
    ("212", "66", 7, (1, 2, 2, 2, 2)),
    ("48", "60", 7, (3, 3, 3)),
    ("380", "67", 7, (2, 3, 2, 2)),
    ("351", "91", 7, (3, 3, 3)),
    ("599", "9", 7, (1, 3, 4)),
)


class FillersV75(CodesV75, Fillers):
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
        return self._one(f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname.upper()}")

    def name_couple(self, lang: str) -> str:
        joiner = self._one("&", "+", "and" if lang == "en" else "en")
        return f"{self.pick('first')} {joiner} {self.pick('first')} {self.pick('surname')}"

    def name_nick(self, lang: str) -> str:
        """A WhatsApp, Messenger or X display name: 'gerdien.boersma', 'Ravi R.', 'ShaniceP_94'."""
        first, last = self._plain("first"), self._plain("surname")
        return self._one(
            f"{first}.{last}",
            f"{self.pick('first')} {last[:1].upper()}.",
            f"{first.capitalize()}{last[:1].upper()}_{self.rng.randint(80, 99)}",
            f"{first}_{last}{self.rng.randint(1, 9)}",
        )

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{last}{first[0]}",
            f"{first}{self.rng.randint(1960, 2005)}",
            f"{first}-{last}",
            f"{first}.{last}.{self.rng.randint(1, 99)}",
            f"info.{last}",
        )
        address = f"{box}@{self.pick('domain')}"
        return address.capitalize() if self.rng.random() < 0.1 else address

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot = ("apenstaartje", "punt") if lang == "nl" else ("at", "dot")
        domain = self.pick("domain").replace(".", f" {dot} ")
        dash = "streepje" if lang == "nl" else "dash"
        return self._one(f"{first} {dot} {last} {at} {domain}", f"{first} {dash} {last} {at} {domain}")

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("020", "010", "070", "030", "0252", "0413", "0546", "072", "076", "0180")
        land = area + digits(self.rng, 10 - len(area))
        head, tail = land[: len(area)], land[len(area) :]
        return self._one(
            f"06{rest}",
            f"06-{rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06 {split_in(rest, (3, 3, 2))}",
            f"+31 6 {split_in(rest, (4, 4))}",
            f"+31 (0) 6 {rest}",
            f"+316-{rest}",
            f"0031 (0)6 {rest}",
            f"06/{rest}",
            f"{head}-{tail}",
            f"{head} {split_in(tail, (2, 2, 3) if len(tail) == 7 else (3, 3))}",
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
            f"+{code}-{split_in(national, sizes, '-')}",
        )

    def phone_carib(self, lang: str) -> str:
        """Jamaican and Trinidadian numbers as their owners write them (NANP, area 876/658 or 868)."""
        area = self._one("876", "876", "658", "868", "868")
        local = self._one("3", "4", "7", "8") + digits(self.rng, 6)
        return self._one(
            f"+1 {area} {local[:3]} {local[3:]}",
            f"1-{area}-{local[:3]}-{local[3:]}",
            f"({area}) {local[:3]}-{local[3:]}",
            f"{area}-{local[:3]}-{local[3:]}",
            f"+1{area}{local}",
            f"{local[:3]}-{local[3:]}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if self.rng.random() < 0.5:
            return read_out(number, lang)
        pairs = split_in(number[2:], (2, 2, 2, 2))
        return f"{read_out('06', lang)} {pairs}"

    def phone_dtmf(self, lang: str) -> str:
        return keyed(self.rng, "06" + digits(self.rng, 8))

    # ---- bank accounts
    def _nl_iban(self) -> str:
        return iban_for("NL", self.pick("bank") + digits(self.rng, 10))

    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(
            iban, grouped, grouped, grouped, iban.lower(), grouped.replace(" ", "-"), grouped[:4] + " " + iban[4:]
        )

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(self._nl_iban())

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "BE", "BE", "DE", "GB", "FR", "LU")
        if country == "NL":
            return self._write_iban(self._nl_iban())
        if country == "GB":
            bban = self.pick("bank_gb") + digits(self.rng, 14)
        elif country == "FR":
            bban = digits(self.rng, 23)
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
            f"{bsn[:2]} {bsn[2:5]} {bsn[5:]}",
            f"{bsn[:4]}-{bsn[4:]}",
        )

    def bsn_spoken(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(read_out(bsn, lang), f"{read_out(bsn[:3], lang)}, {bsn[3:6]}, {bsn[6:]}")

    def bsn_dtmf(self, lang: str) -> str:
        return keyed(self.rng, eleven_proof(self.rng))

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
            f"NL {number} {pair}",
            f"{number} {pair[0]}{pair[1].lower()}",
        )

    def postcode_be(self, lang: str) -> str:
        number = str(self.rng.randint(1000, 9992))
        return self._one(f"B-{number}", f"BE-{number}", f"B {number}", f"{number}")

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 288))
        suffix = self._one("", "", "", "A", "-1", " hs", " III", "-bis", " bus 12", "/2")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 199)
        prefix = self._one("", "", "", f"Lot {self.rng.randint(2, 90)}, ", f"Flat {self.rng.randint(1, 20)}, ")
        return f"{prefix}{number} {self.pick('street_en')}"

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1934, 2023)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["nl"][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day} {name} {year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day}.{month}.{year}",
            f"{day} {name[:3]} '{str(year)[2:]}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day:02d}-{month:02d}-{str(year)[2:]}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{day}/{month}/{year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day} {name} {year}",
            f"{day}{nth} {name[:3]} {year}",
            f"{name} {day}{nth}, {year}",
            f"{name[:3]}. {day}, {year}",
            f"{day}-{name[:3]}-{str(year)[2:]}",
        )

    def dob_dtmf(self, lang: str) -> str:
        day, month, year = self._birth()
        return keyed(self.rng, f"{day:02d}{month:02d}{year}")
