"""Fillers of the held-out split test_v99 (seed 557): film gear, office aquarium, personal trainer, lost luggage,
care home, canoe, chimney, festival, laser hair removal and wedding photographer customers, from the Zaanstreek,
the Achterhoek, Flanders, Uganda, Wales and beyond."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v99_pools  # noqa: F401  (registers POOLS["test_v99"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v99_codes import CodesV99
from benchmarks.privacy_fillers_v99_numbers import digits, eleven_proof, iban_for, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
_FOREIGN = (  # country code, national head, digits after it, grouping
    ("256", "7", 8, (3, 3, 3)),
    ("256", "41", 7, (3, 3, 3)),
    ("44", "79", 8, (4, 6)),
    ("44", "29", 8, (2, 4, 4)),
    ("32", "49", 7, (3, 2, 2, 2)),
    ("49", "151", 8, (4, 8)),
    ("90", "53", 8, (3, 3, 2, 2)),
)


class FillersV99(CodesV99, Fillers):
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
        return self._one(f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname} {first}")

    def name_formal(self, lang: str) -> str:
        title = (
            self._one("dhr.", "mevr.", "de heer", "mevrouw", "mw.")
            if lang == "nl"
            else self._one("Mr", "Mrs", "Ms", "Miss", "Dr")
        )
        return f"{title} {self.pick('surname')}" if self.rng.random() < 0.6 else f"{title} {self.name_initials(lang)}"

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first}{last}",
            f"{first[0]}{last}",
            f"{last}.{first[0]}",
            f"{first}{self.rng.randint(70, 99)}",
            f"{last}_{first}",
        )
        return f"{box}@{self.pick('domain')}"

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot = self._one(("apenstaartje", "punt"), ("at", "punt")) if lang == "nl" else ("at", "dot")
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._one(f"{first} {dot} {last} {at} {domain}", f"{last} {at} {domain}")

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("075", "0544", "0545", "0314", "0315", "0575", "020", "0251", "0543", "010")
        local = digits(self.rng, 10 - len(area))
        return self._one(
            "06" + rest,
            f"06 - {rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06.{split_in(rest, (2, 2, 2, 2), '.')}",
            f"+31 6 {split_in(rest, (2, 3, 3))}",
            f"+31(0)6-{rest}",
            f"0031-6-{rest}",
            f"{area}-{local}",
            f"{area} {split_in(local, (2, 2, 2, 2))}",
            f"+31 {area[1:]} {local}",
            f"{area}{local}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, head, count, sizes = self.rng.choice(_FOREIGN)
        national = head + digits(self.rng, count)
        return self._one(
            f"+{code} {split_in(national, sizes)}",
            f"00{code} {national}",
            f"+{code}{national}",
            f"+{code} (0) {national}",
            f"0{split_in(national, sizes)}" if code in ("256", "44") else f"+{code}-{national}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if self.rng.random() < 0.5:
            return read_out(number, lang)
        return f"{read_out('06', lang)}, {split_in(number[2:], (3, 3, 2))}"

    # ---- bank accounts
    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "NL", "BE", "GB", "DE")
        if country == "NL":
            iban = iban_for("NL", self.pick("bank") + digits(self.rng, 10))
        elif country == "GB":
            iban = iban_for("GB", self._one("MIDL", "HBUK", "NWBK") + digits(self.rng, 14))
        else:
            iban = iban_for(country, digits(self.rng, {"BE": 12, "DE": 18}[country]))
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, iban.lower(), grouped.replace(" ", "."))

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(
            bsn,
            bsn,
            f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
            f"{bsn[:4]} {bsn[4:6]} {bsn[6:]}",
            f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}",
            f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}",
            read_out(bsn, lang),
        )

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._upper(2).replace("SA", "SB").replace("SD", "SE").replace("SS", "ST")
        return self._one(
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}  {pair}",
            f"{number}-{pair}",
            f"NL-{number} {pair}",
        )

    def postcode_uk(self, lang: str) -> str:
        outward = self._one("CF11", "CF24", "SA1", "SA31", "LL57", "NP20", "SY23", "LD3", "CH7", "CF5")
        return f"{outward} {digits(self.rng, 1)}{self._upper(2)}"

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 240))
        suffix = self._one("", "", "", "b", "-A", " hs", " rood", "-2", " 1-hoog", "/3")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 150)
        flat = self._one("", "", "", f"Flat {self.rng.randint(1, 12)}, ", f"Plot {self.rng.randint(10, 99)}, ")
        return f"{flat}{number} {self.pick('street_en')}"

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1931, 2021)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["nl"][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day} {name} {year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{day} {name[:3]}. {year}",
            f"{day:02d}{month:02d}{year}",
            f"{day}/{month}/'{str(year)[2:]}",
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
            f"{day}-{name[:3]}-{year}",
            f"{year}-{month:02d}-{day:02d}",
        )
