"""Fillers of the held-out split test_v83 (seed 443): renters of wedding cars, pet owners, people waiting for
senior housing, debtors, cyclists, wine-club members, room bookers, sailors and swimmers, from Moluccan, Cape
Verdean, Chinese-Dutch, Jamaican, Indian, Flemish and many other families."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v83_pools  # noqa: F401  (registers POOLS["test_v83"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v83_codes import CodesV83
from benchmarks.privacy_fillers_v83_numbers import digits, eleven_proof, iban_for, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
# Country code, national digits, grouping.
_FOREIGN = (
    ("238", "9" + "{6}", (3, 2, 2)),
    ("86", "13" + "{9}", (3, 4, 4)),
    ("62", "81" + "{9}", (3, 4, 4)),
    ("32", "47" + "{7}", (3, 2, 2, 2)),
    ("49", "17" + "{8}", (3, 7)),
    ("351", "91" + "{7}", (3, 3, 3)),
    ("33", "6" + "{8}", (1, 2, 2, 2, 2)),
    ("1876", "" + "{7}", (3, 4)),
    ("91", "98" + "{8}", (5, 5)),
    ("852", "9" + "{7}", (4, 4)),
)


class FillersV83(CodesV83, Fillers):
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
        letters = self.rng.sample("ABCDEFGHJKMNPRSTW", self.rng.choice((1, 2, 2, 3)))
        initials = self._one("".join(f"{ch}." for ch in letters), " ".join(f"{ch}." for ch in letters))
        return f"{initials} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(f"{surname.upper()}, {first}", f"{first} {surname.upper()}", f"{surname}, {first}")

    def name_couple(self, lang: str) -> str:
        joiner = self._one("&", "+", "and" if lang == "en" else "en")
        return f"{self.pick('first')} {joiner} {self.pick('first')} {self.pick('surname')}"

    def name_nick(self, lang: str) -> str:
        """A Facebook, Slack or WeChat display name: 'gerdien.vdveen', 'Kemar_C88'."""
        first, last = self._plain("first"), self._plain("surname")
        return self._one(
            f"{first}.{last}",
            f"{first.capitalize()}{last[:1].upper()}_{self.rng.randint(80, 99)}",
            f"@{first}{last[:3]}",
            f"{first.capitalize()} {last[:1].upper()}.",
        )

    def name_cn(self, lang: str) -> str:
        """A Chinese name, family name first, as written by its owner: 'Chen Meiling', 'CHEN Mei Ling'."""
        surname, first = self.pick("cn_surname"), self.pick("cn_first")
        return self._one(f"{surname} {first}", f"{surname.upper()} {first}", f"{first} {surname}")

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{last}{first[0]}",
            f"{first}{self.rng.randint(1960, 2005)}",
            f"{first}-{last}",
            f"{first}{last}{self.rng.randint(1, 99)}",
            digits(self.rng, 9),
        )
        address = f"{box}@{self.pick('domain')}"
        return address.capitalize() if self.rng.random() < 0.1 else address

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot = self._one(("apenstaartje", "punt"), ("at", "punt")) if lang == "nl" else ("at", "dot")
        domain = self.pick("domain").replace(".", f" {dot} ")
        dash = "streepje" if lang == "nl" else "dash"
        return self._one(f"{first} {dot} {last} {at} {domain}", f"{first} {dash} {last} {at} {domain}")

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("020", "010", "0229", "071", "0318", "024", "0413", "0592", "0543", "015")
        land = area + digits(self.rng, 10 - len(area))
        cut = len(area)
        return self._one(
            f"06{rest}",
            f"06-{rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06-{split_in(rest, (3, 3, 2))}",
            f"+31 6 {split_in(rest, (4, 4))}",
            f"+31 (0)6 {rest}",
            f"0031 6 {split_in(rest, (2, 2, 2, 2))}",
            f"06/{rest}",
            f"{land[:cut]}-{land[cut:]}",
            f"{land[:cut]} {split_in(land[cut:], (3, 2, 2))}",
            f"+31 {land[1:cut]} {land[cut:]}",
            f"+31 (0){land[1:cut]}-{land[cut:]}",
            f"({land[:cut]}) {land[cut:]}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, shape, sizes = self.rng.choice(_FOREIGN)
        head, count = shape.split("{")
        national = head + digits(self.rng, int(count.rstrip("}")))
        if code == "1876":
            return self._one(f"+1 876 {split_in(national, sizes)}", f"(876) {split_in(national, sizes, '-')}")
        return self._one(
            f"+{code} {split_in(national, sizes)}",
            f"00{code} {national}",
            f"+{code}{national}",
            f"+{code}-{split_in(national, sizes, '-')}",
        )

    def phone_en(self, lang: str) -> str:
        """Jamaican, Indian and British numbers as their owners write them."""
        jm, india, uk = (
            digits(self.rng, 7),
            self._one("98", "99", "97", "88", "70") + digits(self.rng, 8),
            digits(self.rng, 9),
        )
        return self._one(
            f"876-{jm[:3]}-{jm[3:]}",
            f"1 (876) {jm[:3]} {jm[3:]}",
            f"+1-876-{jm[:3]}-{jm[3:]}",
            f"+91 {india[:5]} {india[5:]}",
            f"0{india[:5]} {india[5:]}",
            f"+91-{india}",
            f"+44 7{uk[:3]} {uk[3:]}",
            f"07{uk[:3]} {uk[3:]}",
            f"0{self._one('20', '121', '161')} {split_in(digits(self.rng, 7), (3, 4))}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        sep = self._one(", ", " - ", " ")
        return read_out(number, lang, self._one((2, 2, 2, 2, 2), (2, 4, 4), ()), sep)

    # ---- bank accounts
    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, grouped, iban.lower(), grouped.replace(" ", "-"), grouped.lower())

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(iban_for("NL", self.pick("bank") + digits(self.rng, 10)))

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "NL", "BE", "DE", "PT", "LU", "GB", "FR")
        if country == "NL":
            return self.iban_nl(lang)
        bban = {
            "BE": lambda: digits(self.rng, 12),
            "DE": lambda: digits(self.rng, 18),
            "PT": lambda: digits(self.rng, 21),
            "LU": lambda: digits(self.rng, 3) + "0" + digits(self.rng, 12),
            "GB": lambda: self.pick("bank_gb") + digits(self.rng, 14),
            "FR": lambda: digits(self.rng, 23),
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
            f"{bsn[:4]} {bsn[4:6]} {bsn[6:]}",
            f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}",
            f"{bsn[:2]} {bsn[2:5]} {bsn[5:]}",
        )

    def bsn_spoken(self, lang: str) -> str:
        return read_out(eleven_proof(self.rng), lang, self._one((3, 3, 3), (4, 2, 3), ()), self._one(", ", " "))

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._upper(2).replace("SA", "SC").replace("SD", "SE").replace("SS", "ST")
        return self._one(
            f"{number} {pair}",
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}{pair.lower()}",
            f"{number}-{pair}",
            f"{number} {pair[0]} {pair[1]}",
            f"{number}\u00a0{pair}",
        )

    def postcode_uk(self, lang: str) -> str:
        if self.rng.random() < 0.4:  # Indian PIN code
            return self._one(f"{self.rng.randint(110, 856)}{digits(self.rng, 3)}", f"400 {digits(self.rng, 3)}")
        outward = self._one("SW9", "SE5", "E8", "N15", "B12", "LE4", "M14", "UB1", "HA0", "CR7")
        return f"{outward} {digits(self.rng, 1)}{self._upper(2)}"

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 280))
        suffix = self._one("", "", "", "a", "-B", " II", "-3", " hs", " bus 2", "/4", " zwart")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 199)
        flat = self._one("", "", "", f"Flat {self.rng.randint(1, 9)}, ", f"Apt {self.rng.randint(2, 40)}B, ")
        return f"{flat}{number} {self.pick('street_en')}"

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1928, 2023)

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
            f"{day} {name.capitalize()} {year}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{day:02d}/{month:02d}/{year}",
            f"{day} {name} {year}",
            f"{day}{nth} {name}, {year}",
            f"{name} {day}, {year}",
            f"{month}/{day}/{year}",
            f"{day}-{name[:3]}-{str(year)[2:]}",
            f"{day}.{month:02d}.{year}",
        )
