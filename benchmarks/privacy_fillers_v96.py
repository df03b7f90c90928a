"""Fillers of the held-out split test_v96 (seed 523): customers of many origins from the Netherlands, Flanders,
Northern Ireland, the Philippines and China."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v96_pools  # noqa: F401  (registers POOLS["test_v96"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v96_codes import CodesV96
from benchmarks.privacy_fillers_v96_numbers import digits, eleven_proof, iban_for, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
# Country code, national digits, grouping.
_FOREIGN = (
    ("32", "47" + "{7}", (3, 2, 2, 2)),
    ("212", "6" + "{8}", (1, 2, 2, 2, 2)),
    ("62", "812" + "{8}", (3, 4, 4)),
    ("86", "139" + "{8}", (3, 4, 4)),
    ("63", "917" + "{7}", (3, 3, 4)),
    ("44", "7" + "{9}", (4, 6)),
    ("49", "17" + "{8}", (4, 6)),
    ("48", "6" + "{8}", (3, 3, 3)),
)


class FillersV96(CodesV96, Fillers):
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
        return f"{''.join(f'{ch}.' for ch in letters)} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(f"{first.upper()} {surname.upper()}", f"{surname.upper()}, {first.upper()}")

    def name_nick(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        return self._one(f"{first}_{last}", f"{first}{self.rng.randint(80, 99)}", f"{first}.{last[:1]}")

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{last}{first[0]}",
            f"{first}{self.rng.randint(1960, 2006)}",
            f"{first}-{last}",
            digits(self.rng, 9),
        )
        return f"{box}@{self.pick('domain')}"

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot = ("at", "punt") if lang == "nl" else ("at", "dot")
        domain = self.pick("domain").replace(".", f" {dot} ")
        return f"{first} {dot} {last} {at} {domain}"

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("020", "010", "030", "040", "050", "0418", "0546", "072", "0344", "0226")
        land = area + digits(self.rng, 10 - len(area))
        return self._one(
            "06" + rest,
            f"06 - {split_in(rest, (4, 4))}",
            f"06 {split_in(rest, (3, 3, 2))}",
            f"+316{rest}",
            f"+31 (0) 6 {split_in(rest, (4, 4))}",
            f"0031 6 {split_in(rest, (2, 2, 2, 2))}",
            f"06/{rest}",
            f"{land[: len(area)]}-{split_in(land[len(area) :], (2, 2, 3))}",
            f"({land[: len(area)]}) {land[len(area) :]}",
            f"+31{land[1:]}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, shape, sizes = self.rng.choice(_FOREIGN)
        head, count = shape.split("{")
        national = head + digits(self.rng, int(count.rstrip("}")))
        return self._one(f"+{code} {split_in(national, sizes)}", f"00{code}{national}", f"+{code}-{national}")

    def phone_en(self, lang: str) -> str:
        """Northern Irish, British and Philippine numbers."""
        ni, ph = "7" + digits(self.rng, 9), "9" + digits(self.rng, 9)
        return self._one(
            f"0{ni[:4]} {ni[4:]}",
            f"+44 {ni[:4]} {split_in(ni[4:], (3, 3))}",
            f"028 {split_in(digits(self.rng, 8), (4, 4))}",
            f"(028) 90{digits(self.rng, 6)}",
            f"0{ph[:3]} {split_in(ph[3:], (3, 4))}",
            f"+63 {ph[:3]} {split_in(ph[3:], (3, 4))}",
            f"0{ph}",
        )

    def phone_spoken(self, lang: str) -> str:
        return read_out("06" + digits(self.rng, 8), lang)

    def phone_keypad(self, lang: str) -> str:
        """Typed on a phone keypad: digits, then a hash."""
        return self._one(f"06{digits(self.rng, 8)}#", f"0{digits(self.rng, 9)}#", f"06{digits(self.rng, 8)}")

    # ---- bank accounts
    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, grouped.replace(" ", "-"), iban.lower(), grouped.replace(" ", "  "))

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(iban_for("NL", self.pick("bank") + digits(self.rng, 10)))

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "BE", "BE", "DE", "GB", "FR")
        if country == "NL":
            return self.iban_nl(lang)
        if country == "GB":
            return self._write_iban(iban_for("GB", self.pick("bank_gb") + digits(self.rng, 14)))
        return self._write_iban(iban_for(country, digits(self.rng, {"BE": 12, "DE": 18, "FR": 23}[country])))

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(bsn, bsn, f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}", f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}")

    def bsn_spoken(self, lang: str) -> str:
        return read_out(eleven_proof(self.rng), lang)

    def bsn_keypad(self, lang: str) -> str:
        return eleven_proof(self.rng) + self._one("#", "", "#")

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._upper(2).replace("SA", "SC").replace("SD", "SF").replace("SS", "SV")
        return self._one(f"{number} {pair}", f"{number}{pair}", f"{number} {pair.lower()}", f"{number}.{pair}")

    def postcode_be(self, lang: str) -> str:
        return self._one(f"{self.rng.randint(1000, 9992)}", f"B-{self.rng.randint(1000, 9992)}")

    def postcode_uk(self, lang: str) -> str:
        return f"BT{self.rng.randint(1, 94)} {digits(self.rng, 1)}{self._upper(2)}"

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 420))
        suffix = self._one("", "", "", "A", "-3", " bus 12", " hs", " III", "bis", "-zw")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        flat = self._one("", "", f"Flat {self.rng.randint(1, 9)}, ", f"Unit {self.rng.randint(1, 40)}B, ")
        return f"{flat}{self.rng.randint(1, 300)} {self.pick('street_en')}"

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1935, 2021)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["nl"][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}",
            f"{day} {name} {year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day}.{month}.{year}",
            f"{day} {name[:3]} '{str(year)[2:]}",
            f"{day:02d}-{month:02d}-{str(year)[2:]}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        return self._one(
            f"{day:02d}/{month:02d}/{year}",
            f"{name} {day}, {year}",
            f"{day} {name[:3]} {year}",
            f"{month:02d}/{day:02d}/{year}",
            f"{year}年{month}月{day}日",
            f"{day}.{month:02d}.{year}",
        )
