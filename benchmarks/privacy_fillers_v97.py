"""Fillers of the held-out split test_v97 (seed 541): holiday park guests, dog owners, builders, newspaper readers,
kitchen buyers, sailors, motorists, students, heat pump owners and printer owners, from Drenthe, Zeeuws-Vlaanderen,
Flanders, Malta, Pakistan and far beyond."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v97_pools  # noqa: F401  (registers POOLS["test_v97"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v97_codes import CodesV97
from benchmarks.privacy_fillers_v97_numbers import digits, eleven_proof, iban_for, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
# Country code, national digits, grouping.
_FOREIGN = (
    ("32", "47" + "{7}", (3, 2, 2, 2)),
    ("49", "17" + "{9}", (3, 8)),
    ("356", "79" + "{6}", (4, 4)),
    ("356", "99" + "{6}", (4, 4)),
    ("92", "30" + "{8}", (3, 7)),
    ("92", "33" + "{8}", (3, 3, 4)),
    ("90", "53" + "{8}", (3, 3, 2, 2)),
    ("48", "60" + "{7}", (3, 3, 3)),
    ("380", "67" + "{7}", (2, 3, 2, 2)),
    ("234", "80" + "{8}", (3, 3, 4)),
)


class FillersV97(CodesV97, Fillers):
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
        return self._one(
            f"{surname.upper()}, {first.upper()}", f"{first.upper()} {surname.upper()}", f"{surname.upper()}"
        )

    def name_nick(self, lang: str) -> str:
        """A Snapchat or Trengo handle: 'harmke.hadders', 'usman_q93'."""
        first, last = self._plain("first"), self._plain("surname")
        return self._one(f"{first}.{last}", f"{first}_{last[:1]}{self.rng.randint(80, 99)}", f"{first}x{last}")

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
            f"{first}.{last}.{self.rng.randint(1, 9)}",
        )
        address = f"{box}@{self.pick('domain')}"
        return address.capitalize() if self.rng.random() < 0.1 else address

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot = ("at", "punt") if lang == "nl" else ("at the rate", "dot")
        if lang == "nl" and self.rng.random() < 0.5:
            at = "apenstaart"
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._one(f"{first} {dot} {last} {at} {domain}", f"{first}{last} {at} {domain}")

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("0591", "0592", "0593", "0528", "0599", "0114", "0115", "0117", "0118", "013", "050")
        land = area + digits(self.rng, 10 - len(area))
        local = land[len(area) :]
        return self._one(
            "06" + rest,
            f"06 - {rest}",
            f"06{split_in(rest, (4, 4), ' ')}",
            f"06.{split_in(rest, (2, 2, 2, 2), '.')}",
            f"+316{rest}",
            f"+31 (0)6 {split_in(rest, (4, 4))}",
            f"0031 6 {split_in(rest, (2, 2, 2, 2))}",
            f"{area}-{local}",
            f"{area} {split_in(local, (2, 2, 2))}",
            f"({area}) {local}",
            f"+31 {area[1:]} {split_in(local, (3, 3))}",
            f"{area}{local}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, shape, sizes = self.rng.choice(_FOREIGN)
        head, count = shape.split("{")
        national = head + digits(self.rng, int(count.rstrip("}")))
        return self._one(
            f"+{code} {split_in(national, sizes)}",
            f"00{code}{national}",
            f"+{code} {national}",
            f"+{code}-{split_in(national, sizes, '-')}",
            f"(+{code}) {split_in(national, sizes)}",
        )

    def phone_en(self, lang: str) -> str:
        """Maltese, Pakistani and British numbers as their owners write them."""
        mt, pk, uk = "79" + digits(self.rng, 6), "3" + digits(self.rng, 9), "7" + digits(self.rng, 9)
        return self._one(
            f"{mt[:4]} {mt[4:]}",
            f"+356 {mt}",
            f"2{digits(self.rng, 3)} {digits(self.rng, 4)}",
            f"0{pk[:3]}-{pk[3:]}",
            f"0{pk}",
            f"+92 {pk[:3]} {pk[3:]}",
            f"0{uk[:4]} {uk[4:]}",
            f"+44 7{uk[1:4]} {split_in(uk[4:], (3, 3))}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if self.rng.random() < 0.5:
            return read_out(number, lang)
        pairs = split_in(number[2:], (2, 2, 2, 2))
        return f"oh six {pairs}" if lang == "en" else f"nul zes {pairs}"

    # ---- bank accounts
    def _nl_iban(self) -> str:
        return iban_for("NL", self.pick("bank") + digits(self.rng, 10))

    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, grouped.lower(), grouped.replace(" ", "-"), iban.lower())

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(self._nl_iban())

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "BE", "DE", "MT", "GB", "PK")
        if country == "NL":
            return self._write_iban(self._nl_iban())
        if country == "GB":
            bban = self.pick("bank_gb") + digits(self.rng, 14)
        elif country == "MT":
            bban = self._one("VALL", "MALT", "APSB") + digits(self.rng, 5) + digits(self.rng, 18)
        elif country == "PK":
            bban = self._one("HABB", "MUCB", "UNIL") + digits(self.rng, 16)
        else:
            bban = digits(self.rng, {"BE": 12, "DE": 18}[country])
        return self._write_iban(iban_for(country, bban))

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(
            bsn,
            bsn,
            f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}",
            f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
            f"{bsn[:2]} {bsn[2:5]} {bsn[5:]}",
            f"{bsn[:4]}-{bsn[4:]}",
        )

    def bsn_spoken(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(read_out(bsn, lang), f"{bsn[:3]} {read_out(bsn[3:6], lang)} {bsn[6:]}")

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(
            self.rng.choice((self.rng.randint(7700, 9499), self.rng.randint(4500, 4599), self.rng.randint(1011, 9999)))
        )
        pair = self._upper(2).replace("SA", "SB").replace("SD", "SE").replace("SS", "ST")
        return self._one(
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}{pair.lower()}",
            f"{number}  {pair}",
            f"{number}-{pair}",
        )

    def postcode_be(self, lang: str) -> str:
        number = self.rng.choice((9900, 9990, 9000, 2000, 8300, 9100, 3500))
        return self._one(f"{number}", f"B-{number}", f"BE-{number}")

    def postcode_uk(self, lang: str) -> str:
        if self.rng.random() < 0.5:  # Maltese
            return f"{self._one('SLM', 'BKR', 'MST', 'ZBR', 'GZR', 'SPB', 'NXR')} {digits(self.rng, 4)}"
        outward = self._one("E14", "B12", "LE2", "M13", "BD8", "G41", "SW17")
        return f"{outward} {digits(self.rng, 1)}{self._upper(2)}"

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 240))
        suffix = self._one("", "", "", "A", "-b", " bis", " hs", "-1", " bus 2")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 180)
        street = self.pick("street_en")
        if street.startswith("Triq"):
            return self._one(f"{number}, {street}", f"Flat {self.rng.randint(1, 9)}, {street}")
        return self._one(
            f"House {number}, {street}", f"{number} {street}", f"Apt {self.rng.randint(1, 40)}, {number} {street}"
        )

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1936, 2023)

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
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{day:02d}/{month:02d}/{year}",
            f"{day} {name} {year}",
            f"{day}{nth} {name[:3]} {year}",
            f"{name} {day}{nth}, {year}",
            f"{day}-{month:02d}-{year}",
            f"{day:02d}.{month:02d}.{str(year)[2:]}",
        )
