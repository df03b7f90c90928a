"""Fillers of the held-out split test_v81 (seed 433): station cyclists, medical tourists, people fined by the CJIB,
parents renting baby gear, stairlift users, sick children and their tutors, parcel-locker users, houseboat owners,
amateur actors and horse owners, from the Netherlands, Flanders, Poland, Romania, Scotland, Nigeria and beyond."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v81_pools  # noqa: F401  (registers POOLS["test_v81"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v81_codes import CodesV81
from benchmarks.privacy_fillers_v81_numbers import digits, eleven_proof, iban_for, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
# Country code, first digits of the national number, count of further digits, grouping.
_FOREIGN = (
    ("48", "5", 8, (3, 3, 3)),
    ("48", "6", 8, (3, 3, 3)),
    ("40", "7", 8, (3, 3, 3)),
    ("40", "72", 7, (4, 3, 2)),
    ("32", "47", 7, (3, 2, 2, 2)),
    ("49", "17", 8, (3, 7)),
    ("90", "53", 8, (3, 3, 2, 2)),
    ("36", "30", 7, (2, 3, 4)),
    ("34", "6", 8, (3, 3, 3)),
    ("234", "80", 8, (3, 3, 4)),
)


class FillersV81(CodesV81, Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    def _plain(self, key: str) -> str:
        text = self.pick(key).lower().replace("ł", "l")
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
        letters = self.rng.sample("ABCDEFGHJKLMNPRSTW", self.rng.choice((1, 1, 2, 3)))
        initials = self._one("".join(f"{ch}." for ch in letters), " ".join(f"{ch}." for ch in letters))
        return f"{initials} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname}, {first}")

    def name_nick(self, lang: str) -> str:
        """A Threema or Gorgias display name: 'gijs.schipper', 'MalgosiaW_84'."""
        first, last = self._plain("first"), self._plain("surname")
        return self._one(
            f"{first}.{last}",
            f"{first.capitalize()}{last[:1].upper()}_{self.rng.randint(70, 99)}",
            f"{first}_{last[:3]}",
        )

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{last}{first[0]}",
            f"{first}{self.rng.randint(1960, 2008)}",
            f"{first}-{last}",
            f"{first}.{last}{self.rng.randint(1, 99)}",
            f"{last}.{first}",
        )
        address = f"{box}@{self.pick('domain')}"
        return address.capitalize() if self.rng.random() < 0.1 else address

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot, dash = ("apenstaartje", "punt", "streepje") if lang == "nl" else ("at", "dot", "dash")
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._one(
            f"{first} {dot} {last} {at} {domain}",
            f"{first}{last} {at} {domain}",
            f"{first} {dash} {last} {at} {domain}",
        )

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("020", "030", "010", "058", "0229", "0320", "0416", "0546", "072", "0172")
        land = area + digits(self.rng, 10 - len(area))
        return self._one(
            "06" + rest,
            f"06-{rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06 {split_in(rest, (4, 4))}",
            f"06/{rest}",
            f"+31 6 {split_in(rest, (4, 4))}",
            f"+31-6-{split_in(rest, (4, 4), '-')}",
            f"+31 (0)6 {rest}",
            f"0031 6 {rest}",
            f"{land[: len(area)]}-{land[len(area) :]}",
            f"{land[: len(area)]} - {split_in(land[len(area) :], (3, 2, 2))}",
            f"({land[: len(area)]}) {land[len(area) :]}",
            f"+31 {land[1 : len(area)]} {split_in(land[len(area) :], (3, 4))}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, head, count, sizes = self.rng.choice(_FOREIGN)
        national = head + digits(self.rng, count)
        if code == "32" and self.rng.random() < 0.4:  # Belgians often write the trunk zero
            return f"0{national[:3]}/{split_in(national[3:], (2, 2, 2), '.')}"
        if code == "234" and self.rng.random() < 0.4:
            return f"0{split_in(national, (3, 3, 4))}"
        return self._one(
            f"+{code} {split_in(national, sizes)}",
            f"00{code} {national}",
            f"+{code}{national}",
            f"(+{code}) {national}",
        )

    def phone_en(self, lang: str) -> str:
        """Scottish, English and Nigerian numbers as their owners write them."""
        mobile = "7" + digits(self.rng, 9)
        glasgow, edinburgh = "141" + digits(self.rng, 7), "131" + digits(self.rng, 7)
        nigeria = self._one("803", "806", "813", "816", "703", "705", "909") + digits(self.rng, 7)
        return self._one(
            f"0{mobile[:4]} {mobile[4:]}",
            f"+44 {mobile[:4]} {split_in(mobile[4:], (3, 3))}",
            f"+44 (0){mobile[:4]} {mobile[4:]}",
            f"0{glasgow[:3]} {split_in(glasgow[3:], (3, 4))}",
            f"0{edinburgh[:3]}-{edinburgh[3:]}",
            f"+44 {glasgow[:3]} {glasgow[3:]}",
            f"0{split_in(nigeria, (3, 3, 4))}",
            f"+234 {split_in(nigeria, (3, 3, 4))}",
            f"+234{nigeria}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if lang == "en":
            number = self._one("07", "08") + digits(self.rng, 9)
        style = self.rng.random()
        if style < 0.4:
            return read_out(number, lang)
        if style < 0.7:
            return read_out(number, lang, ", ")
        head = read_out(number[:2], lang)
        return f"{head} {split_in(number[2:], (2, 2, 2, 2) if lang == 'nl' else (3, 3, 3))}"

    # ---- bank accounts
    def _nl_iban(self) -> str:
        return iban_for("NL", self.pick("bank") + digits(self.rng, 10))

    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, iban.lower(), grouped.replace(" ", "-"), grouped.lower())

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(self._nl_iban())

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "BE", "DE", "PL", "RO", "GB", "TR", "ES")
        if country == "NL":
            return self._write_iban(self._nl_iban())
        if country == "GB":
            bban = self.pick("bank_gb") + digits(self.rng, 14)
        elif country == "RO":
            bban = self.pick("bank_ro") + self._upper(4) + digits(self.rng, 12)
        elif country == "TR":
            bban = digits(self.rng, 5) + "0" + digits(self.rng, 16)
        else:
            bban = digits(self.rng, {"BE": 12, "DE": 18, "PL": 24, "ES": 20}[country])
        return self._write_iban(iban_for(country, bban))

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(
            bsn,
            bsn,
            f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}",
            f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
            f"{bsn[:4]} {bsn[4:6]} {bsn[6:]}",
            f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}",
            f"{bsn[:2]} {bsn[2:4]} {bsn[4:6]} {bsn[6:]}",
        )

    def bsn_spoken(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(read_out(bsn, lang), read_out(bsn, lang, ", "), f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}")

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
            f"{number} {pair[0]} {pair[1]}",
            f"NL {number} {pair}",
        )

    def postcode_uk(self, lang: str) -> str:
        outward = self._one("EH6", "EH10", "G12", "G41", "AB10", "KY16", "IV2", "DD1", "PA2", "SE15", "M14", "N17")
        code = f"{outward} {digits(self.rng, 1)}{self._upper(2)}"
        return self._one(code, code, code.lower(), code.replace(" ", ""))

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 388))
        suffix = self._one("", "", "", "a", "-B", " bis", "-1", " bus 2", " III", "hs")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_boat(self, lang: str) -> str:
        """A houseboat's address: 'Amstel t/o 218', 'Westerdok ligplaats 14'."""
        water, number = self.pick("street_boat"), self.rng.randint(1, 420)
        return self._one(f"{water} t/o {number}", f"{water} t.o. {number}", f"{water} {number}-W", f"{water} {number}a")

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 260)
        flat = self._one("", "", "", f"Flat {self.rng.randint(0, 3)}/{self.rng.randint(1, 3)}, ", "Flat 4, ")
        return f"{flat}{number} {self.pick('street_en')}"

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1929, 2023)

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
            f"{day:02d}-{month:02d}-'{str(year)[2:]}",
            f"{day} {name.capitalize()} {year}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{day:02d}/{month:02d}/{year}",
            f"{day}{nth} {name} {year}",
            f"{day} {name[:3]} {year}",
            f"{name} {day}{nth}, {year}",
            f"{day}.{month}.{str(year)[2:]}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day}{nth} of {name}, {year}",
        )
