"""Fillers of the held-out split test_v89 (seed 479): cycle-tour guests, camper renters, truck drivers, cat owners,
pierced customers, skiers, bookkeepers, parents, locked-out callers and wedding couples, from Limburg, Groningen,
Austria, Scotland, Malta and far beyond."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v89_pools  # noqa: F401  (registers POOLS["test_v89"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v89_numbers import CodesV89, digits, eleven_proof, iban_for, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
_SPELL = {
    "A": "Anton", "B": "Bernard", "C": "Cornelis", "D": "Dirk", "E": "Eduard", "F": "Ferdinand", "G": "Gerard",
    "H": "Hendrik", "I": "Izaak", "J": "Jan", "K": "Karel", "L": "Lodewijk", "M": "Maria", "N": "Nico",
    "O": "Otto", "P": "Pieter", "Q": "Quotiënt", "R": "Rudolf", "S": "Simon", "T": "Teunis", "U": "Utrecht",
    "V": "Victor", "W": "Willem", "X": "Xantippe", "Y": "Ypsilon", "Z": "Zaandam",
}  # fmt: skip
# Country code, national digits, grouping.
_FOREIGN = (
    ("43", "664" + "{7}", (3, 3, 4)),
    ("43", "676" + "{7}", (3, 7)),
    ("49", "16" + "{8}", (4, 6)),
    ("356", "79" + "{6}", (4, 4)),
    ("356", "99" + "{6}", (2, 2, 2, 2)),
    ("44", "7" + "{9}", (4, 3, 3)),
    ("32", "49" + "{7}", (3, 2, 2, 2)),
    ("90", "54" + "{8}", (3, 3, 4)),
    ("212", "7" + "{8}", (1, 2, 2, 2, 2)),
    ("48", "7" + "{8}", (3, 3, 3)),
    ("381", "6" + "{8}", (2, 3, 4)),
    ("234", "80" + "{8}", (3, 3, 4)),
)


class FillersV89(CodesV89, Fillers):
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
        letters = self.rng.sample("ABCDEFGHJKLMNPRSTW", self.rng.choice((1, 2, 2, 3)))
        initials = self._one("".join(f"{ch}." for ch in letters), " ".join(f"{ch}." for ch in letters))
        return f"{initials} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(
            f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname.upper()} {first[0]}."
        )

    def name_spelled(self, lang: str) -> str:
        """'Vella, V van Victor, E van Eduard, ...': a surname spelled with the Dutch spelling alphabet."""
        word = self._plain("surname")[:7].upper()
        joiner = " van " if lang == "nl" else " for "
        parts = [f"{ch}{joiner}{_SPELL[ch]}" for ch in word if ch in _SPELL]
        sep = self._one(", ", " - ", " ")
        return f"{word.capitalize()}, {sep.join(parts)}" if self.rng.random() < 0.5 else sep.join(parts)

    def name_nick(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        return self._one(f"@{first}.{last}", f"{first}_{last[:3]}{self.rng.randint(10, 99)}", f"{first[0]}{last}")

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}", f"{first[0]}.{last}", f"{last}{self.rng.randint(60, 99)}", f"{first}-{last}",
            f"{first}{last[:1]}", f"info.{last}", f"{last}.{first[0]}",
        )  # fmt: skip
        address = f"{box}@{self.pick('domain')}"
        return address.capitalize() if self.rng.random() < 0.1 else address

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot = self._one(("apenstaartje", "punt"), ("at", "punt")) if lang == "nl" else ("at", "dot")
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._one(f"{first} {dot} {last} {at} {domain}", f"{first}{last} {at} {domain}")

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("043", "045", "046", "050", "0598", "0596", "077", "0475", "020", "010", "030")
        land = area + digits(self.rng, 10 - len(area))
        return self._one(
            "06" + rest,
            f"06-{rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06 {split_in(rest, (3, 3, 2))}",
            f"+31 6 {split_in(rest, (4, 4))}",
            f"+31-6-{rest}",
            f"0031 6 {rest}",
            f"06/{rest}",
            f"{land[: len(area)]}-{land[len(area) :]}",
            f"({land[: len(area)]}) {split_in(land[len(area) :], (2, 2, 3))}",
            f"+31 {land[1 : len(area)]} {land[len(area) :]}",
            f"{land[: len(area)]} {land[len(area) :]}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, shape, sizes = self.rng.choice(_FOREIGN)
        head, count = shape.split("{")
        national = head + digits(self.rng, int(count.rstrip("}")))
        return self._one(
            f"+{code} {split_in(national, sizes)}",
            f"00{code} {national}",
            f"+{code}{national}",
            f"+{code} ({national[0]}) {national[1:]}" if code == "43" else f"+{code}-{national}",
        )

    def phone_en(self, lang: str) -> str:
        """Scottish and Maltese numbers as their owners write them."""
        uk, mt = "7" + digits(self.rng, 9), self._one("79", "99", "77", "21") + digits(self.rng, 6)
        return self._one(
            f"0{uk[:4]} {uk[4:]}",
            f"+44 {uk[:4]} {split_in(uk[4:], (3, 3))}",
            f"0131 {split_in(digits(self.rng, 7), (3, 4))}",
            f"0141-{digits(self.rng, 3)}-{digits(self.rng, 4)}",
            f"01224 {digits(self.rng, 6)}",
            f"+356 {split_in(mt, (4, 4))}",
            f"{split_in(mt, (4, 4))}",
            f"00356 {mt}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if self.rng.random() < 0.5:
            return read_out(number, lang)
        if lang == "en":
            return f"oh six {split_in(number[2:], (4, 4))}"
        return self._one(f"nul zes {split_in(number[2:], (2, 2, 2, 2))}", f"zes {read_out(number[2:], lang)}")

    # ---- bank accounts
    def _nl_iban(self) -> str:
        return iban_for("NL", self.pick("bank") + digits(self.rng, 10))

    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, iban.lower(), grouped.replace(" ", "-"), f"{grouped[:4]}{grouped[4:]}")

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(self._nl_iban())

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "AT", "MT", "GB", "BE", "DE")
        if country == "NL":
            return self._write_iban(self._nl_iban())
        if country == "GB":
            bban = self.pick("bank_gb") + digits(self.rng, 14)
        elif country == "MT":
            bban = self._one("VALL", "MMEB", "APSB") + digits(self.rng, 5) + digits(self.rng, 18)
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
            f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}",
            f"{bsn[:2]} {bsn[2:5]} {bsn[5:]}",
            f"{bsn[:4]}-{bsn[4:]}",
        )

    def bsn_spoken(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(read_out(bsn, lang), f"{bsn[:3]}, {bsn[3:6]}, {bsn[6:]}")

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._upper(2).replace("SA", "SC").replace("SD", "SK").replace("SS", "SV")
        return self._one(
            f"{number} {pair}", f"{number}{pair}", f"{number} {pair.lower()}", f"{number}-{pair}",
            f"{number}.{pair}", f"NL {number} {pair}",
        )  # fmt: skip

    def postcode_uk(self, lang: str) -> str:
        if self.rng.random() < 0.4:  # Maltese
            return f"{self._one('SLM', 'BKR', 'MST', 'GZR', 'VLT', 'SPB', 'NXR')} {digits(self.rng, 4)}"
        outward = self._one("EH6", "EH10", "G12", "G3", "AB10", "DD1", "IV2", "KY16", "PH1", "FK8")
        return f"{outward} {digits(self.rng, 1)}{self._upper(2)}"

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 260))
        suffix = self._one("", "", "", "A", "b", "-3", " bus 2", " bis", "-1hoog", " II")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 180)
        flat = self._one("", "", "", f"Flat {self.rng.randint(1, 9)}/{self.rng.randint(1, 4)}, ", "2F1, ")
        return f"{flat}{number} {self.pick('street_en')}"

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1938, 2022)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["nl"][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}", f"{day}-{month}-{year}", f"{day} {name} {year}", f"{day}/{month}/{year}",
            f"{day:02d}.{month:02d}.{year % 100:02d}", f"{year}-{month:02d}-{day:02d}", f"{day} {name[:3]}. {year}",
        )  # fmt: skip

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        return self._one(
            f"{day}/{month:02d}/{year}", f"{day} {name} {year}", f"{name} {day}, {year}", f"{day}.{month}.{year}",
            f"{day:02d}-{name[:3]}-{year}", f"the {day}th of {name} {year}",
        )  # fmt: skip
