"""Fillers of the held-out split test_v93 (seed 503): boat owners, carnival revellers, restaurateurs, parents of
maths pupils, horse owners, cyclists, balloon passengers, laptop buyers, tidy-minded clients and wasp-plagued
households, from Twente, West Flanders, Jamaica, New Zealand and far beyond."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v93_pools  # noqa: F401  (registers POOLS["test_v93"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v93_codes import CodesV93
from benchmarks.privacy_fillers_v93_numbers import digits, eleven_proof, iban_for, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
_FOREIGN = (  # country code, national digits, grouping
    ("32", "47", 7, (3, 2, 2, 2)),
    ("49", "17", 9, (4, 7)),
    ("64", "21", 7, (2, 3, 4)),
    ("1876", "8", 6, (3, 4)),
    ("33", "6", 8, (1, 2, 2, 2, 2)),
    ("90", "53", 8, (3, 3, 2, 2)),
    ("48", "6", 8, (3, 3, 3)),
    ("234", "80", 8, (3, 3, 4)),
)


class FillersV93(CodesV93, Fillers):
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
        return self._one(f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname}, {first}")

    def name_nick(self, lang: str) -> str:
        """A Telegram or Gorgias handle: '@gerwin_nijhuis', 'Keisha B.'."""
        first, last = self._plain("first"), self._plain("surname")
        return self._one(f"@{first}_{last}", f"@{first}{last[:3]}{self.rng.randint(1, 99)}", f"{first}.{last}")

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
            f"{first}_{last}{self.rng.randint(1, 9)}",
        )
        return f"{box}@{self.pick('domain')}"

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot = self._one(("apenstaartje", "punt"), ("at", "punt")) if lang == "nl" else ("at", "dot")
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._one(f"{first} {dot} {last} {at} {domain}", f"{first}{last} {at} {domain}")

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("053", "074", "0546", "0541", "0548", "020", "010", "030", "0543")
        land = area + digits(self.rng, 10 - len(area))
        return self._one(
            "06" + rest,
            f"06-{rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06 {split_in(rest, (3, 3, 2))}",
            f"+31 6 {split_in(rest, (4, 4))}",
            f"+316-{rest}",
            f"0031 (0)6 {rest}",
            f"{land[: len(area)]}-{land[len(area) :]}",
            f"{land[: len(area)]} {split_in(land[len(area) :], (2, 2, 2, 2))}",
            f"({land[: len(area)]}) {land[len(area) :]}",
            f"+31 {land[1 : len(area)]}-{land[len(area) :]}",
        )

    def phone_be(self, lang: str) -> str:
        """Flemish gsm and landline numbers."""
        gsm = "4" + self._one("7", "8", "9") + digits(self.rng, 7)
        land = self._one("50", "56", "51", "57", "59") + digits(self.rng, 6)
        return self._one(
            f"0{gsm[:3]} {split_in(gsm[3:], (2, 2, 2))}",
            f"0{gsm[:3]}/{split_in(gsm[3:], (2, 2, 2), '.')}",
            f"+32 {gsm[:3]} {split_in(gsm[3:], (2, 2, 2))}",
            f"0{land[:2]} {split_in(land[2:], (2, 2, 2))}",
            f"0{land[:2]}/{land[2:]}",
            f"0032 {gsm}",
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

    def phone_en(self, lang: str) -> str:
        """Jamaican and New Zealand numbers as their owners write them."""
        jm, nz = digits(self.rng, 7), "2" + self._one("1", "2", "7") + digits(self.rng, 7)
        return self._one(
            f"(876) {jm[:3]}-{jm[3:]}",
            f"876-{jm[:3]}-{jm[3:]}",
            f"+1 876 {jm[:3]} {jm[3:]}",
            f"1-876-{jm[:3]}-{jm[3:]}",
            f"0{nz[:2]} {split_in(nz[2:], (3, 4))}",
            f"+64 {nz[:2]} {split_in(nz[2:], (3, 4))}",
            f"0{nz}",
            f"(09) {split_in(digits(self.rng, 7), (3, 4))}",
            f"+64 4 {split_in(digits(self.rng, 7), (3, 4))}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if self.rng.random() < 0.5:
            return read_out(number, lang)
        pairs = split_in(number[2:], (2, 2, 2, 2))
        return f"{read_out('06', lang)} {pairs}"

    # ---- bank accounts
    def _nl_iban(self) -> str:
        return iban_for("NL", self.pick("bank") + digits(self.rng, 10))

    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, iban.lower(), grouped.lower(), split_in(iban, (4,) * 8, "-"))

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(self._nl_iban())

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "BE", "BE", "DE", "GB", "FR")
        if country == "NL":
            return self._write_iban(self._nl_iban())
        if country == "GB":
            return self._write_iban(iban_for("GB", self.pick("bank_gb") + digits(self.rng, 14)))
        bban = digits(self.rng, {"BE": 12, "DE": 18, "FR": 23}[country])
        return self._write_iban(iban_for(country, bban))

    def iban_be(self, lang: str) -> str:
        return self._write_iban(iban_for("BE", digits(self.rng, 12)))

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
            f"{number}.{pair}",
        )

    def postcode_be(self, lang: str) -> str:
        return self._one("B-", "", "", "BE-") + str(self.rng.choice((8000, 8200, 8500, 8800, 8900, 8400, 8970)))

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 280))
        suffix = self._one("", "", "", "a", "-B", " II", " bis", "-3hg")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_be(self, lang: str) -> str:
        return f"{self.pick('street_be')} {self.rng.randint(1, 190)}{self._one('', '', ' bus 2', '/3')}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 220)
        unit = self._one("", "", "", f"{self.rng.randint(1, 9)}/", f"Unit {self.rng.randint(1, 20)}, ")
        return f"{unit}{number} {self.pick('street_en')}"

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1934, 2019)

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
            f"{day:02d}-{month:02d}-{str(year)[2:]}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{day}/{month}/{year}",
            f"{day} {name} {year}",
            f"{day}{nth} {name} {year}",
            f"{name} {day}, {year}",
            f"{day:02d}/{month:02d}/{str(year)[2:]}",
            f"{day} {name[:3]} {year}",
            f"{day}{nth} of {name}, {year}",
        )
