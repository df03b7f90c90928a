"""Fillers of the held-out split test_v70 (seed 367): policy holders of funeral insurance, employees leasing bicycles,
energy switchers, parents claiming childcare allowance, tenants, permit holders, hearing-aid users, students with
loans, gym members and ferry passengers, from Friesland to Paramaribo, Willemstad, Bengaluru and Lagos."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v70_pools  # noqa: F401  (registers POOLS["test_v70"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v70_codes import CodesV70
from benchmarks.privacy_fillers_v70_numbers import (
    digits,
    eleven_proof,
    iban_for,
    number_words,
    read_doubles,
    read_out,
    read_pairs,
    split_in,
)

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
# Country code, first digits, count of further digits, grouping of the national part.
_FOREIGN = (
    ("597", "8", 6, (3, 4)),
    ("597", "7", 6, (3, 4)),
    ("599", "9", 7, (1, 3, 4)),
    ("297", "56", 5, (3, 4)),
    ("32", "47", 7, (3, 2, 2, 2)),
    ("49", "17", 8, (3, 7)),
    ("91", "98", 8, (5, 5)),
    ("234", "80", 8, (3, 3, 4)),
    ("44", "77", 8, (4, 6)),
    ("90", "53", 8, (3, 3, 2, 2)),
    ("48", "60", 7, (3, 3, 3)),
)


class FillersV70(CodesV70, Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    def _plain(self, key: str) -> str:
        text = self.pick(key).lower().replace("ł", "l").replace("ı", "i")
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
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
        return self._one(f"{surname.upper()}, {first.upper()}", f"{first.upper()} {surname.upper()}")

    def name_short(self, lang: str) -> str:
        """How Indian, Nigerian and LinkedIn users sign: 'Priyanka S.', 'K. Venkatesh', 'Emeka O.'."""
        first, surname = self.pick("first"), self.pick("surname").split()[-1]
        return self._one(f"{first} {surname[0].upper()}.", f"{surname[0].upper()}. {first}", f"{first} {surname}")

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{last}{first[0]}",
            f"{first}{self.rng.randint(1960, 2006)}",
            f"{first}_{last}{self.rng.randint(1, 99)}",
            f"{first}-{last}",
            f"info.{last}",
        )
        return f"{box}@{self.pick('domain')}"

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot = self._one(("apenstaartje", "punt"), ("at", "punt")) if lang == "nl" else ("at the rate", "dot")
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._one(f"{first} {dot} {last} {at} {domain}", f"{first}{last} {at} {domain}")

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("020", "010", "0512", "0222", "0562", "050", "0591", "070", "013", "0418")
        land = area + digits(self.rng, 10 - len(area))
        net, sub = land[: len(area)], land[len(area) :]
        return self._one(
            "06" + rest,
            f"06-{rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06 {split_in(rest, (3, 3, 2))}",
            f"06/{rest}",
            f"+31 6 {split_in(rest, (4, 4))}",
            f"+31 (0) 6 {rest}",
            f"0031 6 {split_in(rest, (2, 2, 2, 2))}",
            f"{net}-{sub}",
            f"{net} {split_in(sub, (2, 2, 2, 2))}",
            f"({net}) {sub}",
            f"+31 {net[1:]} {sub}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, head, count, sizes = self.rng.choice(_FOREIGN)
        national = head + digits(self.rng, count)
        return self._one(
            f"+{code} {split_in(national, sizes)}",
            f"00{code} {national}",
            f"+{code}{national}",
            f"+{code}-{split_in(national, sizes, '-')}",
            f"(+{code}) {national}",
        )

    def phone_en(self, lang: str) -> str:
        """Indian, Nigerian and London numbers as their owners write them."""
        india, nigeria = (
            self._one("9", "8", "7") + digits(self.rng, 9),
            self._one("803", "806", "813", "905") + digits(self.rng, 7),
        )
        uk = "7" + digits(self.rng, 9)
        return self._one(
            f"+91 {split_in(india, (5, 5))}",
            f"+91-{india}",
            f"0{split_in(india, (5, 5), '-')}",
            india,
            f"+234 {split_in(nigeria, (3, 3, 4))}",
            f"0{split_in(nigeria, (3, 3, 4))}",
            f"+234(0){nigeria}",
            f"0{nigeria}",
            f"0{uk[:4]} {uk[4:]}",
            f"+44 {uk[:4]} {split_in(uk[4:], (3, 3))}",
        )

    def phone_spoken(self, lang: str) -> str:
        """A number in a voice note or speech-to-text log: partly words, partly digits."""
        number = "06" + digits(self.rng, 8)
        if lang == "en":
            local = self._one("0803", "0906", "0813", "098") + digits(self.rng, 7)
            return self._one(read_doubles(local), read_out(number, "en"), f"oh six {split_in(number[2:], (4, 4))}")
        return self._one(
            read_out(number, "nl"),
            f"nul zes {read_pairs(number[2:], 'nl')}",
            f"nul zes {split_in(number[2:], (2, 2, 2, 2))}",
            f"06 {read_pairs(number[2:], 'nl')}",
            f"nul zes, {read_out(number[2:6], 'nl')}, {read_out(number[6:], 'nl')}",
        )

    # ---- bank accounts
    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, iban.lower(), grouped.replace(" ", "-"), f"{iban[:4]} {iban[4:]}")

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(iban_for("NL", self.pick("bank") + digits(self.rng, 10)))

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "NL", "BE", "DE", "GB", "LU", "FR")
        if country == "NL":
            return self.iban_nl(lang)
        if country == "GB":
            return self._write_iban(iban_for("GB", self.pick("bank_gb") + digits(self.rng, 14)))
        if country == "FR":
            return self._write_iban(iban_for("FR", digits(self.rng, 21) + self._upper(1) + digits(self.rng, 1)))
        return self._write_iban(iban_for(country, digits(self.rng, {"BE": 12, "DE": 18, "LU": 16}[country])))

    def iban_spoken(self, lang: str) -> str:
        """Speech-to-text of an IBAN read out character by character or in blocks."""
        iban = iban_for("NL", self.pick("bank") + digits(self.rng, 10))
        return self._one(
            " ".join(iban),
            f"{iban[:2]} {read_out(iban[2:4], lang)} {iban[4:8]} {read_out(iban[8:], lang)}",
            f"{iban[:2]} {iban[2:4]} {iban[4:8].lower()} {split_in(iban[8:], (4, 4, 2))}",
        )

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
        return self._one(read_out(bsn, lang), f"{read_out(bsn[:3], lang)}, {bsn[3:6]}, {read_out(bsn[6:], lang)}")

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._upper(2).replace("SA", "ST").replace("SD", "SE").replace("SS", "SR")
        return self._one(
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}{pair.lower()}",
            f"{number}-{pair}",
            f"{number[:2]} {number[2:]} {pair}",
            f"NL {number}{pair}",
        )

    def postcode_uk(self, lang: str) -> str:
        outward = self._one("E15", "SE15", "IG1", "N4", "E1", "SE1", "HA0", "UB1", "B11", "M14", "LE4")
        return f"{outward} {digits(self.rng, 1)}{self._upper(2)}"

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 488))
        suffix = self._one("", "", "", "A", "-b", " 2-hoog", " III", " bis", "-12", " huis", " zw", "/3")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 220)
        flat = self._one("", "", f"Flat {self.rng.randint(1, 40)}, ", f"#{self.rng.randint(1, 60)}, ", "Plot 14B, ")
        return f"{flat}{number} {self.pick('street_en')}"

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1934, 2007)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["nl"][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day} {name} {year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{day}/{month}/{year}",
            f"{day:02d}/{month:02d}/'{str(year)[2:]}",
            f"{day} {name[:3]} {year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day:02d}{month:02d}{str(year)[2:]}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{day:02d}/{month:02d}/{year}",
            f"{day:02d}-{month:02d}-{year}",
            f"{day}{nth} {name} {year}",
            f"{day}{nth} {name}, {year}",
            f"{name} {day}, {year}",
            f"{day}-{name[:3]}-{str(year)[2:]}",
            f"{day}.{month}.{year}",
        )

    def dob_spoken(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS[lang][month - 1]
        century, rest = divmod(year, 100)
        if lang == "en":
            tail = number_words(rest, "en") if rest >= 10 else f"oh {number_words(rest, 'en')}"
            said = f"nineteen {tail}" if century == 19 else f"two thousand {number_words(rest, 'en')}"
            return self._one(f"{name} {number_words(day, 'en')} {said}", f"{day} {name} {said}")
        said = f"negentien{number_words(rest, 'nl')}" if century == 19 else f"tweeduizend{number_words(rest, 'nl')}"
        return self._one(f"{number_words(day, 'nl')} {name} {said}", f"{day} {name} {said}", f"{day} {name} {year}")
