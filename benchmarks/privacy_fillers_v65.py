"""Fillers of the held-out split test_v65 (seed 337): patients and insured, tenants, internet subscribers, bank
customers, citizens at the town hall, cyclists, theatre-goers, pet owners and home owners asking for subsidies, from
the Netherlands, Flanders, Curaçao and Aruba, Suriname, Indonesia and the Moluccas, Scotland and Australia."""

from __future__ import annotations

import re
import unicodedata

import benchmarks.privacy_fillers_v65_pools  # noqa: F401  (registers POOLS["test_v65"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v65_codes import CodesV65
from benchmarks.privacy_fillers_v65_numbers import digits, split_in, word_digits, word_pairs

# Country code, first digits of the national number, how many digits follow, grouping.
_FOREIGN = (
    ("32", "47", 7, (3, 2, 2, 2)),
    ("49", "151", 8, (4, 7)),
    ("599", "9", 7, (1, 3, 4)),
    ("297", "56", 5, (3, 4)),
    ("597", "8", 6, (3, 4)),
    ("62", "812", 8, (3, 4, 4)),
    ("212", "6", 8, (1, 2, 2, 2, 2)),
    ("90", "53", 8, (3, 3, 2, 2)),
    ("48", "60", 7, (3, 3, 3)),
    ("33", "6", 8, (1, 2, 2, 2, 2)),
)


class FillersV65(CodesV65, Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

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
        letters = self.rng.sample("ABCDEFGHJKLMNPRSTW", self.rng.choice((1, 2, 2, 3)))
        initials = self._one("".join(f"{ch}." for ch in letters), " ".join(f"{ch}." for ch in letters))
        return f"{initials} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname}, {first}")

    def name_couple(self, lang: str) -> str:
        joiner = self._one("&", "+", "and" if lang == "en" else "en")
        return f"{self.pick('first')} {joiner} {self.pick('first')} {self.pick('surname')}"

    def name_nick(self, lang: str) -> str:
        """A review or chat profile name: 'wulan.tahapary', 'ShurendyM_97', 'hamishmacleod4'."""
        first, last = self._plain("first"), self._plain("surname")
        return self._one(
            f"{first}.{last}",
            f"{first.capitalize()}{last[:1].upper()}_{self.rng.randint(80, 99)}",
            f"{first}{last}{self.rng.randint(1, 9)}",
            f"{first.capitalize()} {last[:1].upper()}.",
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
            f"{first}_{last}{self.rng.randint(1, 99)}",
            f"info.{last}",
        )
        return f"{box}@{self.pick('domain')}"

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot = self._one("apenstaartje", "at") if lang == "nl" else "at", "punt" if lang == "nl" else "dot"
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._one(
            f"{first} {dot} {last} {at} {domain}",
            f"{first} {last} {at} {domain}",
            f"{first[0]} {dot} {last} {at} {domain}",
        )

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("020", "010", "030", "070", "050", "024", "0182", "0344", "0546", "0592", "0118", "045")
        land = area + digits(self.rng, 10 - len(area))
        head, tail = land[: len(area)], land[len(area) :]
        return self._one(
            f"06{rest}",
            f"06-{rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06-{split_in(rest, (2, 3, 3), ' ')}",
            f"+31 6 {split_in(rest, (4, 4))}",
            f"+31 (0)6 {rest}",
            f"+316-{rest}",
            f"0031 6 {split_in(rest, (2, 2, 2, 2))}",
            f"06/{rest}",
            f"{head}-{tail}",
            f"{head} {split_in(tail, (3, 2, 2) if len(tail) == 7 else (3, 3))}",
            f"({head}) {tail}",
            f"+31 {head[1:]} {split_in(tail, (3, 4) if len(tail) == 7 else (3, 3))}",
            f"{head}.{tail}",
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

    def phone_carib(self, lang: str) -> str:
        """Curaçao, Aruba and Bonaire numbers."""
        code, national = self._one(("599", "9" + digits(self.rng, 7)), ("297", "56" + digits(self.rng, 5)))
        national = national if code == "297" else self._one(national, "7" + digits(self.rng, 6))
        return self._one(f"+{code} {split_in(national, (1, 3, 4) if code == '599' else (3, 4))}", f"00{code}{national}")

    def phone_en(self, lang: str) -> str:
        """Scottish and Australian numbers as their owners write them."""
        uk, au = "7" + digits(self.rng, 9), "4" + digits(self.rng, 8)
        glasgow, edinburgh, sydney = digits(self.rng, 7), digits(self.rng, 7), digits(self.rng, 8)
        return self._one(
            f"0{uk[:4]} {uk[4:]}",
            f"+44 {uk[:4]} {split_in(uk[4:], (3, 3))}",
            f"0141 {split_in(glasgow, (3, 4))}",
            f"0131-{edinburgh}",
            f"+44 (0)141 {glasgow}",
            f"0{au[:3]} {split_in(au[3:], (3, 3))}",
            f"+61 {au[:3]} {split_in(au[3:], (3, 3))}",
            f"+61{au}",
            f"(02) {split_in(sydney, (4, 4))}",
            f"03 {split_in(sydney, (4, 4))}",
        )

    def phone_spoken(self, lang: str) -> str:
        """What a voice bot's recogniser wrote down: words, pairs as tens, digit groups split apart."""
        rest = digits(self.rng, 8)
        if lang == "en":
            mobile = "07" + digits(self.rng, 9) if self.rng.random() < 0.5 else "04" + rest
            spoken = word_digits(mobile, "en").replace("zero", self._one("zero", "oh"))
            doubled = re.sub(r"\b(\w+) \1\b", r"double \1", spoken, count=1)
            return self._one(spoken, doubled, f"{word_digits(mobile[:2], 'en')} {split_in(mobile[2:], (3, 3, 3))}")
        return self._one(
            word_digits("06" + rest, "nl"),
            f"nul zes {word_pairs(rest, 'nl')}",
            f"nul zes {split_in(rest, (2, 2, 2, 2))}",
            f"06 {' '.join(rest)}",
            f"nul 6 {split_in(rest, (3, 3, 2))}",
        )

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = "".join(self.rng.choice("ABCDEGHJKLMNPRTVWXZ") for _ in range(2))
        return self._one(
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}{pair.lower()}",
            f"{number}-{pair}",
            f"{number} {pair[0]}{pair[1].lower()}",
            f"NL {number} {pair}",
        )

    def postcode_be(self, lang: str) -> str:
        number = str(self.rng.choice((1000, 2000, 2018, 2600, 3000, 3500, 8000, 8500, 9000, 9300)))
        return self._one(number, f"B-{number}", f"BE-{number}")

    def postcode_scot(self, lang: str) -> str:
        letters = "".join(self.rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
        outward = self.pick("postcode_scot")
        return self._one(f"{outward} {digits(self.rng, 1)}{letters}", f"{outward}{digits(self.rng, 1)}{letters}")

    def postcode_au(self, lang: str) -> str:
        return str(self.rng.choice((2000, 2037, 2042, 2095, 3000, 3065, 3181, 4000, 4101, 5006, 6000, 6050, 7000)))

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 288))
        suffix = self._one("", "", "", "A", "b", "-1", " hs", " III", "-bis", " bus 2", " 3-hoog", "/12")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 260)
        flat = self._one("", "", "", f"Flat 2/{self.rng.randint(1, 4)}, ", f"Unit {self.rng.randint(1, 20)}/", "")
        return f"{flat}{number} {self.pick('street_en')}"
