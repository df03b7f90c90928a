"""Fillers of the held-out split test_v102 (seed 571): guide dog owners, bereaved families, homeowners with roof
turbines, parents ordering school photos, loft converters, young violinists' parents, blood donors, ferry commuters,
mobility scooter users and community gardeners, from Groningen, Zeeland, Ghent, Australia, Scotland, South Africa
and beyond."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v102_pools  # noqa: F401  (registers POOLS["test_v102"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v102_codes import CodesV102
from benchmarks.privacy_fillers_v102_numbers import digits, eleven_proof, iban_for, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
# Country code, national digits, grouping.
_FOREIGN = (
    ("32", "47", 7, (3, 2, 2, 2)),
    ("49", "17", 8, (4, 6)),
    ("61", "4", 8, (3, 3, 3)),
    ("44", "7", 9, (4, 6)),
    ("27", "8", 8, (2, 3, 4)),
    ("33", "6", 8, (1, 2, 2, 2, 2)),
    ("90", "53", 8, (3, 3, 4)),
    ("48", "6", 8, (3, 3, 3)),
)


class FillersV102(CodesV102, Fillers):
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
        initials = self._one(
            "".join(f"{ch}." for ch in letters), "".join(letters), " ".join(f"{ch}." for ch in letters)
        )
        return f"{initials} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname}, {first}")

    def name_nick(self, lang: str) -> str:
        """An Instagram handle or video-call display name."""
        first, last = self._plain("first"), self._plain("surname")
        return self._one(
            f"@{first}.{last}", f"@{first}_{last[:3]}{self.rng.randint(1, 99)}", f"{first}{last}", f"@{last}.{first}"
        )

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{last}{self.rng.randint(1, 99)}",
            f"{first}{self.rng.randint(1950, 2008)}",
            f"{first}-{last}",
            f"{first}+{last[:4]}",
        )
        address = f"{box}@{self.pick('domain')}"
        return address.upper() if self.rng.random() < 0.07 else address

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot = ("apestaart", "punt") if lang == "nl" else ("at", "dot")
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._one(f"{first} {dot} {last} {at} {domain}", f"{first}{last} {at} {domain}")

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("050", "0598", "0118", "0113", "0114", "0596", "09", "020", "010", "0111")
        land = area + digits(self.rng, 10 - len(area))
        head, tail = land[: len(area)], land[len(area) :]
        return self._one(
            "06" + rest,
            f"06-{rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06/{split_in(rest, (2, 2, 2, 2), '.')}",
            f"+31 6 {split_in(rest, (4, 4))}",
            f"+31(0)6 {rest}",
            f"0031 6 {split_in(rest, (2, 2, 2, 2))}",
            f"{head}-{tail}",
            f"{head} {split_in(tail, (2, 2, 2))}",
            f"({head}) {tail}",
            f"+31 {head[1:]} {tail}",
            f"04{digits(self.rng, 2)} {split_in(digits(self.rng, 6), (2, 2, 2))}",
            f"+32 4{digits(self.rng, 2)} {split_in(digits(self.rng, 6), (2, 2, 2))}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, head, count, sizes = self.rng.choice(_FOREIGN)
        national = head + digits(self.rng, count)
        return self._one(
            f"+{code} {split_in(national, sizes)}",
            f"00{code} {national}",
            f"+{code}{national}",
            f"(+{code}) {national}",
        )

    def phone_en(self, lang: str) -> str:
        """Australian, Scottish and South African numbers as their owners write them."""
        au, uk, za = (
            "4" + digits(self.rng, 8),
            "7" + digits(self.rng, 9),
            self._one("82", "72", "83") + digits(self.rng, 7),
        )
        return self._one(
            f"0{au[:3]} {split_in(au[3:], (3, 3))}",
            f"+61 {au[:3]} {split_in(au[3:], (3, 3))}",
            f"(02) {split_in(digits(self.rng, 8), (4, 4))}",
            f"0{uk[:4]} {uk[4:]}",
            f"+44 {uk[:4]} {uk[4:]}",
            f"0131 {split_in(digits(self.rng, 7), (3, 4))}",
            f"0{za[:2]} {split_in(za[2:], (3, 4))}",
            f"+27 {za[:2]} {split_in(za[2:], (3, 4))}",
            f"021 {split_in(digits(self.rng, 7), (3, 4))}",
        )

    def phone_spoken(self, lang: str) -> str:
        """A telephone robot's transcript: digits as words or figures, the number broken over lines."""
        number = "06" + digits(self.rng, 8)
        return self._one(
            f"{read_out(number[:4], lang)}\n{read_out(number[4:], lang)}",
            f"{number[:2]}\n{split_in(number[2:], (2, 2, 2, 2))}",
            f"{read_out(number[:2], lang)} {number[2:6]}\n{number[6:]}",
            read_out(number, lang),
        )

    # ---- bank accounts
    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, iban.lower(), grouped.lower(), split_in(iban, (4,) * 8, "-"))

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(iban_for("NL", self.pick("bank") + digits(self.rng, 10)))

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "BE", "BE", "DE", "GB", "FR")
        if country == "NL":
            return self.iban_nl(lang)
        if country == "GB":
            bban = self._one("RBOS", "BOFS", "CLYD") + digits(self.rng, 14)
        else:
            bban = digits(self.rng, {"BE": 12, "DE": 18, "FR": 23}[country])
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
        )

    def bsn_spoken(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(read_out(bsn, lang), f"{read_out(bsn[:3], lang)}\n{bsn[3:6]}\n{bsn[6:]}")

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
        )

    def postcode_be(self, lang: str) -> str:
        number = self._one("9000", "9030", "9040", "9050", "9031", "9032", "9800", "2000")
        return self._one(number, f"B-{number}", f"B {number}")

    def postcode_en(self, lang: str) -> str:
        kind = self._one("au", "au", "scot", "scot", "za")
        if kind == "au":
            return self._one("2026", "3000", "3065", "4101", "6011", "2010")
        if kind == "za":
            return self._one("8001", "7700", "2196", "4001", "0083")
        outward = self._one("EH6", "EH1", "G12", "G3", "AB10", "DD1", "KY16", "IV2")
        return f"{outward} {digits(self.rng, 1)}{self._upper(2)}"

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 260))
        suffix = self._one("", "", "", "a", "-B", " 2", "-1", " bis", " A")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_be(self, lang: str) -> str:
        number = str(self.rng.randint(1, 180))
        return self._one(
            f"{self.pick('street_be')} {number}",
            f"{self.pick('street_be')} {number} bus {self.rng.randint(1, 12)}",
            f"{self.pick('street_be')} {number}/{self.rng.randint(1, 4)}01",
        )

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 300)
        unit = self._one(
            "", "", "", f"Unit {self.rng.randint(1, 20)}/", f"Flat {self.rng.randint(1, 9)}F{self.rng.randint(1, 4)}, "
        )
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
            f"{day} {name[:3]} '{str(year)[2:]}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day:02d}{month:02d}{str(year)[2:]}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{day}/{month}/{year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day} {name} {year}",
            f"{day}{nth} {name} {year}",
            f"{name} {day}, {year}",
            f"{day} {name[:3]} {year}",
            f"{year}/{month:02d}/{day:02d}",
            f"{day}{nth} of {name}, {year}",
        )
