"""Fillers of the held-out split test_v66 (seed 347): coach and ferry travellers, charging-card holders, bridal
couples, salon clients, pupils and parents, garage season-pass holders, emigrants to Spain and Canada, jewellery
and meal-kit customers and home owners replacing their window frames; Dutch, Flemish, Caribbean Dutch, Moluccan,
Chinese-Dutch, Canadian and Nigerian people among them."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v66_pools  # noqa: F401  (registers POOLS["test_v66"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v66_codes import CodesV66
from benchmarks.privacy_fillers_v66_numbers import (
    BBAN_DIGITS,
    digits,
    eleven_proof,
    iban_for,
    read_out,
    split_in,
    stutter,
)

# Country code, national digits (a fixed head and a count of random digits), grouping.
_FOREIGN = (
    ("34", "6", 8, (3, 3, 3)),
    ("34", "9", 8, (2, 3, 2, 2)),
    ("1", "416", 7, (3, 3, 4)),
    ("1", "604", 7, (3, 3, 4)),
    ("5999", "6", 6, (3, 4)),
    ("599", "7", 6, (3, 4)),
    ("297", "56", 5, (3, 4)),
    ("62", "812", 8, (3, 4, 4)),
    ("852", "9", 7, (4, 4)),
    ("234", "803", 7, (3, 3, 4)),
    ("32", "47", 7, (3, 2, 2, 2)),
    ("597", "8", 6, (3, 4)),
)


class FillersV66(CodesV66, Fillers):
    """Slots NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*; the others come from `CodesV66`."""

    def _plain(self, key: str) -> str:
        text = unicodedata.normalize("NFKD", self.pick(key).split()[-1].lower()).encode("ascii", "ignore").decode()
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
        initials = self._one(
            "".join(f"{ch}." for ch in letters), "".join(letters), " ".join(f"{ch}." for ch in letters)
        )
        return f"{initials} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(
            f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname.upper()} {first}"
        )

    def name_couple(self, lang: str) -> str:
        joiner = self._one("&", "+", "and" if lang == "en" else "en")
        return f"{self.pick('first')} {joiner} {self.pick('first')}"

    def name_formal(self, lang: str) -> str:
        title = self._one("Mr", "Mrs", "Ms", "Dr") if lang == "en" else self._one("dhr.", "mevr.", "mevrouw", "meneer")
        return f"{title} {self.name_surname(lang)}"

    def name_nick(self, lang: str) -> str:
        """A chat or salon-app profile name: 'merel.vanos', 'Kaiwen_T94'."""
        first, last = self._plain("first"), self._plain("surname")
        return self._one(
            f"{first}.{last}", f"{first.capitalize()}_{last[:1].upper()}{self.rng.randint(80, 99)}", f"{first}{last}"
        )

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{last}{first[0]}",
            f"{first}{self.rng.randint(60, 99)}",
            f"{first}-{last}",
            f"info.{last}",
            f"{last}.{first}{self.rng.randint(1, 9)}",
        )
        address = f"{box}@{self.pick('domain')}"
        return address.capitalize() if self.rng.random() < 0.1 else address

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot = self._one(("apenstaartje", "punt"), ("at", "punt")) if lang == "nl" else ("at", "dot")
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._one(f"{first} {dot} {last} {at} {domain}", f"{first} {last} {at} {domain}")

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("020", "010", "030", "040", "050", "0182", "0348", "0172", "024", "0113", "0475")
        land = area + digits(self.rng, 10 - len(area))
        local = land[len(area) :]
        return self._one(
            f"06{rest}",
            f"06-{rest}",
            f"06 - {split_in(rest, (2, 2, 2, 2))}",
            f"06 {split_in(rest, (3, 3, 2))}",
            f"+316{rest}",
            f"+31 (0)6 {split_in(rest, (4, 4))}",
            f"0031 6 {split_in(rest, (2, 2, 2, 2))}",
            f"06/{rest}",
            f"{area}-{local}",
            f"{area} {split_in(local, (2, 2, 3) if len(local) == 7 else (3, 3))}",
            f"+31{land[1:]}",
            f"({area}) {local}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, head, count, sizes = self.rng.choice(_FOREIGN)
        national = head + digits(self.rng, count)
        return self._one(
            f"+{code} {split_in(national, sizes)}",
            f"00{code} {national}",
            f"+{code}{national}",
            f"+{code}-{split_in(national, sizes, '-')}",
            f"(+{code}) {split_in(national, sizes)}",
        )

    def phone_en(self, lang: str) -> str:
        """Canadian and Nigerian numbers as their owners write them."""
        area, ca = self._one("416", "647", "514", "604", "403", "613"), digits(self.rng, 7)
        ng = self._one("803", "806", "813", "703", "905", "816") + digits(self.rng, 7)
        return self._one(
            f"({area}) {ca[:3]}-{ca[3:]}",
            f"{area}-{ca[:3]}-{ca[3:]}",
            f"+1 {area} {ca[:3]} {ca[3:]}",
            f"1-{area}-{ca[:3]}-{ca[3:]}",
            f"{area}.{ca[:3]}.{ca[3:]}",
            f"0{ng[:3]} {ng[3:6]} {ng[6:]}",
            f"+234 {ng[:3]} {ng[3:6]} {ng[6:]}",
            f"+234{ng}",
            f"0{ng}",
        )

    def phone_carib(self, lang: str) -> str:
        """Curaçao, Bonaire and Aruba numbers, sometimes without the country code."""
        cur, bon, aru = "9" + digits(self.rng, 6), "7" + digits(self.rng, 6), "5" + digits(self.rng, 6)
        return self._one(
            f"+5999 {cur[:3]} {cur[3:]}",
            f"{cur[:3]}-{cur[3:]}",
            f"+599 {bon[:3]} {bon[3:]}",
            f"+297 {aru[:3]} {aru[3:]}",
            f"5999{cur}",
            f"(5999) {split_in(cur, (3, 4))}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if self.rng.random() < 0.45:
            return stutter(read_out(number, lang), self.rng)
        pairs = split_in(number[2:], (2, 2, 2, 2))
        head = "nul zes" if lang == "nl" else self._one("oh six", "zero six")
        return stutter(f"{head} {pairs}", self.rng)

    # ---- bank accounts
    def _nl_iban(self) -> str:
        return iban_for("NL", self.pick("bank") + digits(self.rng, 10))

    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 9)
        return self._one(
            iban, grouped, grouped, grouped, iban.lower(), grouped.replace(" ", "-"), f"{iban[:4]} {iban[4:]}"
        )

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(self._nl_iban())

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "NL", "BE", "DE", "ES", "ES", "FR", "LU", "PT")
        if country == "NL":
            return self._write_iban(self._nl_iban())
        return self._write_iban(iban_for(country, digits(self.rng, BBAN_DIGITS[country])))

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(
            bsn,
            bsn,
            bsn,
            f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
            f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}",
            f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}",
            f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}",
            f"{bsn[:2]} {bsn[2:5]} {bsn[5:]}",
        )

    def bsn_spoken(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        spoken = self._one(read_out(bsn, lang), f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}")
        return stutter(spoken, self.rng) if self.rng.random() < 0.5 else spoken

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._upper(2).replace("SA", "SC").replace("SD", "SG").replace("SS", "SW")
        return self._one(
            f"{number} {pair}",
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}{pair.lower()}",
            f"{number}-{pair}",
            f"{number}.{pair}",
            f"NL {number} {pair}",
        )

    def postcode_ca(self, lang: str) -> str:
        def letter() -> str:
            return self.rng.choice("ABCEGHJKLMNPRSTVXY")

        code = f"{self._one('M', 'H', 'V', 'T', 'K', 'L')}{self.rng.randint(0, 9)}{letter()}"
        rest = f"{self.rng.randint(0, 9)}{letter()}{self.rng.randint(0, 9)}"
        return self._one(f"{code} {rest}", f"{code}{rest}", f"{code} {rest}".lower())

    def postcode_es(self, lang: str) -> str:
        return self._one("03", "29", "30", "46", "07", "35", "38", "04") + digits(self.rng, 3)

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 287))
        suffix = self._one("", "", "", "", "A", "-b", " 3-hoog", " bus 12", "-I", " huis", " bv", "-4")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(2, 1900)
        unit = self._one(
            "",
            "",
            "",
            f"Unit {self.rng.randint(1, 40)}, ",
            f"Apt {self.rng.randint(101, 2409)}, ",
            f"Flat {self.rng.randint(1, 9)}B, ",
        )
        return f"{unit}{number} {self.pick('street_en')}"

    def address_es(self, lang: str) -> str:
        number = self.rng.randint(1, 140)
        floor = self._one("", ", 2º B", ", 3º izq.", ", bajo", ", 1-4", ", piso 5")
        return f"{self.pick('street_es')} {number}{floor}"
