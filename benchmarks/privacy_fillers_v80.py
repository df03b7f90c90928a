"""Fillers of the held-out split test_v80 (seed 431): heat-network households, cargo bike renters, hospice
patients and their families, model railway hobbyists, people selling gold, parents at the school photographer,
tiny-house dwellers, fireworks buyers, beach-hut renters and donors, from the Netherlands, Flanders, Aruba,
Bonaire, Canada, Malta and far beyond."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v80_pools  # noqa: F401  (registers POOLS["test_v80"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v80_codes import CodesV80
from benchmarks.privacy_fillers_v80_numbers import digits, eleven, groups, iban_for, say

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
_AREAS = ("020", "010", "030", "0172", "0223", "0493", "0512", "0546", "071", "0118", "0320", "079")


class FillersV80(CodesV80, Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    _fix = "Jansen"

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
        joined = self._one("".join(f"{ch}." for ch in letters), " ".join(f"{ch}." for ch in letters))
        return f"{joined} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", surname.upper())

    def name_teams(self, lang: str) -> str:
        """How Teams shows a guest: 'Meulen, Gerdien van der' or 'Gerdien de Graaf'."""
        first, surname = self.pick("first"), self.pick("surname")
        parts = surname.split(" ")
        if len(parts) > 1 and parts[0].islower():
            return self._one(f"{parts[-1]}, {first} {' '.join(parts[:-1])}", f"{first} {surname}")
        return self._one(f"{surname}, {first}", f"{first} {surname}")

    def name_typo(self, lang: str) -> str:
        """A name with two letters swapped; NAME_FIX, later in the same sentence, gives the surname right."""
        first, surname = self.pick("first"), self.pick("surname")
        last = surname.split(" ")[-1]
        spot = self.rng.randint(1, max(1, len(last) - 2))
        wrong = last[:spot] + last[spot + 1 : spot + 2] + last[spot] + last[spot + 2 :]
        if wrong == last:
            wrong = last + last[-1]
        self._fix = surname[:1].upper() + surname[1:]
        return f"{first} {surname[: len(surname) - len(last)]}{wrong}"

    def name_fix(self, lang: str) -> str:
        return self._fix

    def name_couple(self, lang: str) -> str:
        joiner = self._one("&", "+", "and" if lang == "en" else "en")
        return f"{self.pick('first')} {joiner} {self.pick('first')} {self.pick('surname')}"

    def name_nick(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        return self._one(f"{first}_{last}", f"{first.capitalize()}{last.capitalize()}", f"{first}{last[:1]}.{last}")

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{last}{first[0]}",
            f"{first}{self.rng.randint(60, 99)}",
            f"{first}-{last}",
            f"{first}.{last}.{self.rng.randint(1, 9)}",
            f"info.{last}",
        )
        address = f"{box}@{self.pick('domain')}"
        return self._one(address, address, address, address.capitalize())

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot = self._one(("apenstaartje", "punt"), ("at", "punt")) if lang == "nl" else ("at", "dot")
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._one(f"{first} {dot} {last} {at} {domain}", f"{first}{last} {at} {domain}")

    def email_hidden(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        name, tld = self.pick("domain").rsplit(".", 1)
        return self._one(
            f"{first}.{last} [at] {name} [dot] {tld}",
            f"{first}{last}(at){name}.{tld}",
            f"{first} . {last} @ {name} . {tld}",
        )

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self.rng.choice(_AREAS)
        land = digits(self.rng, 10 - len(area))
        return self._one(
            f"06{rest}",
            f"06-{groups(rest, (2, 2, 2, 2))}",
            f"06 {groups(rest, (3, 3, 2))}",
            f"06/{rest}",
            f"+31 6 {groups(rest, (4, 4))}",
            f"+31-6-{groups(rest, (2, 2, 2, 2), '-')}",
            f"0031 (0)6 {rest}",
            f"+316 {rest}",
            f"{area}-{land}",
            f"{area} {groups(land, (2, 2, 2, 2))}",
            f"({area}) {land}",
            f"+31 {area[1:]} {groups(land, (3, 4))}",
            f"+32 4{digits(self.rng, 2)} {groups(digits(self.rng, 6), (2, 2, 2))}",
        )

    def phone_carib(self, lang: str) -> str:
        """Aruba (+297), Bonaire (+599 7) and Curaçao (+599 9)."""
        return self._one(
            f"+297 {self._one('56', '59', '73', '74')}{digits(self.rng, 1)} {digits(self.rng, 4)}",
            f"(297) 5{digits(self.rng, 6)}",
            f"+599 7{digits(self.rng, 2)} {digits(self.rng, 4)}",
            f"+599-9-{digits(self.rng, 3)}-{digits(self.rng, 4)}",
            f"00599 {self._one('717', '786', '795')} {digits(self.rng, 4)}",
            f"{self._one('560', '593', '737')}-{digits(self.rng, 4)}",
        )

    def phone_en(self, lang: str) -> str:
        """Canadian and Maltese numbers as their owners write them."""
        area = self._one("416", "647", "604", "514", "403", "613", "902", "780")
        line = digits(self.rng, 7)
        return self._one(
            f"({area}) {line[:3]}-{line[3:]}",
            f"{area}-{line[:3]}-{line[3:]}",
            f"+1 {area} {line[:3]} {line[3:]}",
            f"1-{area}-{line[:3]}-{line[3:]}",
            f"{area}.{line[:3]}.{line[3:]}",
            f"+356 {self._one('79', '99', '77', '21')}{digits(self.rng, 2)} {digits(self.rng, 4)}",
            f"00356 {self._one('79', '99')}{digits(self.rng, 6)}",
            f"{self._one('79', '99', '27')}{digits(self.rng, 2)} {digits(self.rng, 4)}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if self.rng.random() < 0.5:
            return say(number, lang)
        return f"{say('06', lang)}, {groups(number[2:], (2, 2, 2, 2))}"

    # ---- bank accounts
    def _write_iban(self, iban: str) -> str:
        grouped = groups(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, iban.lower(), grouped.replace(" ", "-"), grouped.lower())

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(iban_for("NL", self.pick("bank") + digits(self.rng, 10)))

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "NL", "BE", "DE", "MT", "FR", "LU")
        if country == "NL":
            return self.iban_nl(lang)
        if country == "MT":
            return self.iban_mt(lang)
        bban = digits(self.rng, {"BE": 12, "DE": 18, "FR": 23, "LU": 16}[country])
        return self._write_iban(iban_for(country, bban))

    def iban_mt(self, lang: str) -> str:
        bban = self.pick("bank_mt") + digits(self.rng, 5) + digits(self.rng, 18)
        return self._write_iban(iban_for("MT", bban))

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = eleven(self.rng)
        return self._one(
            bsn,
            bsn,
            f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
            f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}",
            f"{bsn[:4]}-{bsn[4:6]}-{bsn[6:]}",
            f"{bsn[:2]} {bsn[2:4]} {bsn[4:6]} {bsn[6:]}",
            f"{bsn[:5]} {bsn[5:]}",
        )

    def bsn_spoken(self, lang: str) -> str:
        bsn = eleven(self.rng)
        return self._one(say(bsn, lang), f"{say(bsn[:3], lang)}, {bsn[3:6]}, {bsn[6:]}")

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._caps(2).replace("SA", "SB").replace("SD", "SE").replace("SS", "ST")
        return self._one(
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}{pair.lower()}",
            f"{number}.{pair}",
            f"{number} {pair[0]}{pair[1].lower()}",
        )

    def postcode_en(self, lang: str) -> str:
        """Canadian postal codes and Maltese post codes."""
        if self.rng.random() < 0.45:
            return f"{self._one('VLT', 'SLM', 'BKR', 'MST', 'ZBR', 'GZR')} {digits(self.rng, 4)}"
        first = self._one("M", "K", "H", "V", "T", "B", "L", "J")
        code = f"{first}{digits(self.rng, 1)}{self._caps(1)}{digits(self.rng, 1)}{self._caps(1)}{digits(self.rng, 1)}"
        return self._one(f"{code[:3]} {code[3:]}", code, f"{code[:3]} {code[3:]}".lower())

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 280))
        suffix = self._one("", "", "", "a", "-A", " B", "-3", " hs", " bus 2", " 1-hoog", "+1")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 900)
        unit = self._one("", "", f"Unit {self.rng.randint(1, 40)}, ", f"{self.rng.randint(101, 2210)}-", "Flat 2, ")
        street = self.pick("street_en")
        if street.startswith("Triq"):
            return self._one(f"{street} {number}", f"{number}, {street}")
        return f"{unit}{number} {street}"

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
            f"{day}.{month}.{year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day} {name[:3]} {year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day} {name} '{str(year)[2:]}",
            f"{day:02d}{month:02d}{str(year)[2:]}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{name} {day}, {year}",
            f"{year}/{month:02d}/{day:02d}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day} {name} {year}",
            f"{day}{nth} {name[:3]} {year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{name[:3]}. {day} {year}",
        )
