"""Fillers of the held-out split test_v90 (seed 487): people of many origins with their numbers and addresses."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v90_pools  # noqa: F401  (registers POOLS["test_v90"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v90_codes import CodesV90
from benchmarks.privacy_fillers_v90_numbers import digits, eleven_proof, iban_for, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
# Country code, national digits, grouping.
_FOREIGN = (
    ("32", "4" + "{8}", (3, 2, 2, 2)),
    ("49", "15" + "{9}", (4, 7)),
    ("353", "8" + "{8}", (2, 3, 4)),
    ("44", "7" + "{9}", (4, 6)),
    ("90", "5" + "{9}", (3, 3, 2, 2)),
    ("212", "6" + "{8}", (1, 2, 2, 2, 2)),
    ("48", "5" + "{8}", (3, 3, 3)),
    ("40", "7" + "{8}", (3, 3, 3)),
    ("233", "2" + "{8}", (2, 3, 4)),
    ("86", "13" + "{9}", (3, 4, 4)),
    ("39", "3" + "{9}", (3, 3, 4)),
    ("84", "9" + "{8}", (2, 3, 4)),
    ("82", "10" + "{8}", (2, 4, 4)),
    ("597", "8" + "{6}", (3, 4)),
    ("234", "80" + "{8}", (3, 3, 4)),
    ("1", "416" + "{7}", (3, 3, 4)),
)


class FillersV90(CodesV90, Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _upper(self, count: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))

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
        letters = self.rng.sample("ABCDEFGHJKLMNPRSTW", self.rng.choice((1, 1, 2, 3)))
        initials = self._one("".join(f"{ch}." for ch in letters), " ".join(f"{ch}." for ch in letters))
        return f"{initials} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(
            f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname.upper()} {first}"
        )

    def name_couple(self, lang: str) -> str:
        joiner = "&" if self.rng.random() < 0.4 else ("and" if lang == "en" else "en")
        return f"{self.pick('first')} {joiner} {self.pick('first')} {self.pick('surname')}"

    def name_nick(self, lang: str) -> str:
        """A Messenger or Fitbit profile name: 'sjoukje.bouma', 'HylkeT_88'."""
        first, last = self._plain("first"), self._plain("surname")
        return self._one(
            f"{first}.{last}",
            f"{first.capitalize()}{last[:1].upper()}_{self.rng.randint(70, 99)}",
            f"{first}{last}{self.rng.randint(1, 9)}",
        )

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{last}.{first}",
            f"{first}{self.rng.randint(1955, 2004)}",
            f"{first}_{last}",
            f"{first}.{last}{self.rng.randint(1, 99)}",
            f"{first[0]}.{last}",
        )
        address = f"{box}@{self.pick('domain')}"
        return address.upper() if self.rng.random() < 0.08 else address

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot = ("apenstaartje", "punt") if lang == "nl" else ("at", "dot")
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._one(f"{first} {dot} {last} {at} {domain}", f"{first}{last} {at} {domain}")

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        mobile = "06" + rest
        area = self._one("050", "0594", "013", "040", "0345", "0223", "020", "010", "070", "030", "0546")
        land = area + digits(self.rng, 10 - len(area))
        return self._one(
            mobile,
            f"06-{rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06-{split_in(rest, (4, 4), '.')}",
            f"+31 6 {split_in(rest, (2, 3, 3))}",
            f"+31(0)6-{rest}",
            f"0031-6-{rest}",
            f"(06) {rest}",
            f"{land[: len(area)]}-{land[len(area) :]}",
            f"{land[: len(area)]} {split_in(land[len(area) :], (3, 3))}",
            f"+31 {land[1 : len(area)]} {land[len(area) :]}",
            f"+31 (0){land[1 : len(area)]} {land[len(area) :]}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, shape, sizes = self.rng.choice(_FOREIGN)
        head, count = shape.split("{")
        national = head + digits(self.rng, int(count.rstrip("}")))
        return self._one(
            f"+{code} {split_in(national, sizes)}",
            f"00{code} {national}",
            f"+{code}{national}",
            f"+{code}-{split_in(national, sizes, '-')}",
        )

    def phone_en(self, lang: str) -> str:
        """Nigerian and Canadian numbers as their owners write them."""
        ng = self._one("803", "806", "813", "703", "905", "816") + digits(self.rng, 7)
        area, line = self._one("416", "604", "514", "403", "613", "902"), digits(self.rng, 7)
        return self._one(
            f"0{ng[:3]} {ng[3:6]} {ng[6:]}",
            f"+234 {ng[:3]} {ng[3:6]} {ng[6:]}",
            f"+234{ng}",
            f"0{ng}",
            f"({area}) {line[:3]}-{line[3:]}",
            f"{area}-{line[:3]}-{line[3:]}",
            f"+1 {area} {line[:3]} {line[3:]}",
            f"{area}.{line[:3]}.{line[3:]}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if self.rng.random() < 0.5:
            return read_out(number, lang)
        pairs = split_in(number[2:], (2, 2, 2, 2))
        return f"{read_out('06', lang)} {pairs}" if lang == "en" else f"nul zes {pairs}"

    # ---- bank accounts
    def _nl_iban(self) -> str:
        return iban_for("NL", self.pick("bank") + digits(self.rng, 10))

    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, iban.lower(), grouped.replace(" ", "."), grouped.lower())

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(self._nl_iban())

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "BE", "DE", "IE", "GB", "AT")
        if country == "NL":
            return self._write_iban(self._nl_iban())
        if country in ("IE", "GB"):
            bban = self.pick("bank_ie" if country == "IE" else "bank_gb") + digits(self.rng, 14)
        else:
            bban = digits(self.rng, {"BE": 12, "DE": 18, "AT": 16}[country])
        return self._write_iban(iban_for(country, bban))

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(
            bsn,
            bsn,
            f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
            f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}",
            f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}",
            f"{bsn[:2]}.{bsn[2:4]}.{bsn[4:6]}.{bsn[6:]}",
            f"{bsn[:4]} {bsn[4:6]} {bsn[6:]}",
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
            f"NL-{number} {pair}",
        )

    def postcode_uk(self, lang: str) -> str:
        if self.rng.random() < 0.45:  # Canadian postal code
            first = self._one("M5V", "K1P", "H2X", "V6B", "T2P", "B3H", "L4C")
            return f"{first} {digits(self.rng, 1)}{self._upper(1)}{digits(self.rng, 1)}"
        outward = self._one("OX4", "BS8", "LS6", "M20", "N7", "NW1", "W2", "SW19", "BT9", "NR2")
        return f"{outward} {digits(self.rng, 1)}{self._upper(2)}"

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 312))
        suffix = self._one("", "", "", "a", "B", "-2", " bus 3", " 2hg", "-bis", " zw")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 240)
        flat = self._one("", "", "", f"Flat {self.rng.randint(1, 12)}, ", f"Apt {self.rng.randint(1, 30)}, ")
        return f"{flat}{number} {self.pick('street_en')}"

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1931, 2024)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["nl"][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day} {name} {year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{day}/{month}/{year}",
            f"{day} {name[:3]}. {year}",
            f"{year}{month:02d}{day:02d}",
            f"{day:02d}{month:02d}{year}",
            f"{day}-{month}-'{str(year)[2:]}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{day}/{month:02d}/{year}",
            f"{day} {name} {year}",
            f"{day}{nth} {name} {year}",
            f"{name} {day}, {year}",
            f"{day:02d}/{month:02d}/{str(year)[2:]}",
            f"{day}-{name[:3]}-{year}",
            f"the {day}{nth} of {name} {year}",
        )
