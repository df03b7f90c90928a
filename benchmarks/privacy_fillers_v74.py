"""Fillers of the held-out split test_v74 (seed 389): pet owners, home owners with leaking roofs, brides and
grooms, relatives visiting nursing homes, grocery shoppers, parents of tutored pupils, party hosts, travellers
claiming abroad, spectacle wearers and hockey and korfball players, from the Netherlands, Flanders, Ireland,
Scotland and far beyond. `*_AGAIN` slots repeat the last value of their kind, as elderly callers do."""

from __future__ import annotations

import random
import unicodedata

import benchmarks.privacy_fillers_v74_pools  # noqa: F401  (registers POOLS["test_v74"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v74_codes import CodesV74
from benchmarks.privacy_fillers_v74_numbers import digits, read_out, read_pairs, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
_DAYS_NL = "een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien".split()
# Country code, national digits, grouping.
_FOREIGN = (
    ("32", "47", 7, (3, 2, 2, 2)),
    ("34", "6", 8, (3, 3, 3)),
    ("33", "6", 8, (1, 2, 2, 2, 2)),
    ("49", "17", 9, (4, 7)),
    ("351", "91", 7, (3, 3, 3)),
    ("30", "69", 8, (3, 3, 4)),
    ("353", "87", 7, (2, 3, 4)),
    ("44", "77", 8, (4, 6)),
    ("90", "53", 8, (3, 3, 2, 2)),
    ("212", "6", 8, (1, 2, 2, 2, 2)),
    ("1", "415", 7, (3, 3, 4)),
)


class FillersV74(CodesV74, Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    def __init__(self, split: str, rng: random.Random) -> None:
        super().__init__(split, rng)
        self._last: dict[str, str] = {}

    def fill(self, slot: str, lang: str) -> str:
        kind = slot.split("_")[0]
        if slot.endswith("_AGAIN"):
            return self._last[kind]
        value = getattr(self, slot.lower())(lang)
        self._last[kind] = value
        return value

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
        letters = self.rng.sample("ABCDEFGHJKLMNPRSTW", self.rng.choice((1, 1, 2, 2, 3)))
        initials = self._one("".join(f"{ch}." for ch in letters), " ".join(f"{ch}." for ch in letters))
        return f"{initials} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname.upper()}")

    def name_couple(self, lang: str) -> str:
        joiner = self._one("&", "en" if lang == "nl" else "and", "+")
        return f"{self.pick('first')} {joiner} {self.pick('first')}"

    def name_nick(self, lang: str) -> str:
        """An Instagram or chat handle made from a real name: 'marit.vdploeg', 'hamish_drummond88'."""
        first, last = self._plain("first"), self._plain("surname")
        return self._one(
            f"{first}.{last}",
            f"{first}_{last}{self.rng.randint(80, 99)}",
            f"{first}{last[:1]}{self.rng.randint(1, 12)}",
            f"@{first}.{last}",
            f"@{first}{last}_",
        )

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{first}{last}",
            f"{last}{self.rng.randint(1948, 2009)}",
            f"{first}-{last}",
            f"{first}.{last[:1]}",
            f"info.{last}",
            f"{first}+{self._one('hockey', 'shop', 'verzekering')}",
        )
        address = f"{box}@{self.pick('domain')}"
        return address.capitalize() if self.rng.random() < 0.1 else address

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        if lang == "nl":
            at, dot = self._one("apenstaartje", "at", "apestaart"), "punt"
        else:
            at, dot = self._one("at", "at sign"), "dot"
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._one(f"{first} {dot} {last} {at} {domain}", f"{first}{last} {at} {domain}")

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("033", "0343", "035", "0318", "024", "053", "0174", "071", "015", "0528", "0455")
        land = area + digits(self.rng, 10 - len(area))
        local = land[len(area) :]
        return self._one(
            "06" + rest,
            f"06-{rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06 {split_in(rest, (3, 3, 2))}",
            f"+31 6 {split_in(rest, (4, 4))}",
            f"+31 (0) 6 {rest}",
            f"+31-6-{rest}",
            f"0031 6 {rest}",
            f"06/{rest}",
            f"{area}-{local}",
            f"{area} {split_in(local, (2, 2, 2, 2)) if len(local) == 7 else split_in(local, (3, 3))}",
            f"({area}) {local}",
            f"+31 {area[1:]} {local}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, head, count, sizes = self.rng.choice(_FOREIGN)
        national = head + digits(self.rng, count)
        trunk = "0" if code in ("32", "33", "49", "353", "44", "90", "212") else ""
        return self._one(
            f"+{code} {split_in(national, sizes)}",
            f"00{code} {national}",
            f"+{code}{national}",
            f"+{code} ({trunk}){split_in(national, sizes)}" if trunk else f"+{code}.{split_in(national, sizes, '.')}",
            f"{trunk}{split_in(national, sizes, '/')}" if code == "32" else f"+{code}-{national}",
        )

    def phone_en(self, lang: str) -> str:
        """Scottish and Irish numbers as their owners write them."""
        uk, ie = "7" + digits(self.rng, 9), "8" + self._one("3", "5", "6", "7", "9") + digits(self.rng, 7)
        return self._one(
            f"0{uk[:4]} {uk[4:]}",
            f"+44 {uk[:4]} {split_in(uk[4:], (3, 3))}",
            f"0131 {split_in(digits(self.rng, 7), (3, 4))}",
            f"0141-{digits(self.rng, 3)}-{digits(self.rng, 4)}",
            f"0{ie[:2]} {split_in(ie[2:], (3, 4))}",
            f"+353 {ie[:2]} {split_in(ie[2:], (3, 4))}",
            f"(0{ie[:2]}) {ie[2:]}",
            f"021 {split_in(digits(self.rng, 7), (3, 4))}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        return self._one(read_out(number, lang), read_pairs(number, lang), f"{read_out('06', lang)} {number[2:]}")

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._upper(2).replace("SA", "ST").replace("SD", "SE").replace("SS", "SR")
        return self._one(
            f"{number} {pair}",
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}{pair.lower()}",
            f"{number}-{pair}",
            f"{number} {pair[0]}{pair[1].lower()}",
        )

    def postcode_be(self, lang: str) -> str:
        return self._one(f"{self.rng.randint(1000, 9992)}", f"B-{self.rng.randint(1000, 9992)}")

    def postcode_uk(self, lang: str) -> str:
        if self.rng.random() < 0.4:  # Irish Eircode
            routing = self._one("D08", "D6W", "H91", "T23", "F94", "V92")
            code = f"{self._upper(1)}{digits(self.rng, 1)}{self._upper(1)}{digits(self.rng, 1)}"
            return self._one(f"{routing} {code}", f"{routing}{code}")
        outward = self._one("EH10", "EH6", "G12", "G3", "AB10", "DD1", "KY16", "IV2", "PA20", "BT7")
        return f"{outward} {digits(self.rng, 1)}{self._upper(2)}"

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 287))
        suffix = self._one("", "", "", "", "a", "A", "-1", " II", " rd", "bis", "-zw", " 3-hoog")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_be(self, lang: str) -> str:
        number = str(self.rng.randint(1, 199))
        return f"{self.pick('street_be')} {number}{self._one('', '', ' bus 2', ' bus 101', '/3', 'B')}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 220)
        flat = self._one("", "", "", f"{self.rng.randint(1, 4)}F{self.rng.randint(1, 3)}, ", f"Flat {number % 9 + 1}, ")
        return f"{flat}{number} {self.pick('street_en')}"

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1926, 2019)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["nl"][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day} {name} {year}",
            f"{day} {name[:3]} '{str(year)[2:]}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day}.{month}.{year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day:02d}-{month:02d}-{str(year)[2:]}",
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
            f"{day}.{month:02d}.{str(year)[2:]}",
            f"{day}-{name[:3]}-{str(year)[2:]}",
            f"the {day}{nth} of {name}, {year}",
        )

    def dob_spoken(self, lang: str) -> str:
        day, month, year = self._birth()
        if lang == "en":
            return f"the {day} of {_MONTHS['en'][month - 1]} {year}"
        spoken_day = _DAYS_NL[day - 1] if day <= len(_DAYS_NL) else str(day)
        spoken_year = self._one(str(year), str(year), "'" + str(year)[2:])
        return f"{spoken_day} {_MONTHS['nl'][month - 1]} {spoken_year}"
