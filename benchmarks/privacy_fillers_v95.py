"""Fillers of the held-out split test_v95 (seed 521): beach-hut renters, blood donors, karting outing organisers,
orthodontic patients, pet-food subscribers, wedding couples, escape-room players, scooter owners, home brewers
and garden-waste customers, from Rotterdam, Utrecht, Ghent, Ghana, Scotland and elsewhere."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v95_pools  # noqa: F401  (registers POOLS["test_v95"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v95_numbers import CodesV95, digits, eleven_proof, iban_for, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
# Country code, national digits after the given head, grouping.
_FOREIGN = (
    ("233", "24", 7, (2, 3, 4)),
    ("233", "50", 7, (2, 3, 4)),
    ("44", "7", 9, (4, 6)),
    ("49", "17", 8, (3, 8)),
    ("33", "6", 8, (1, 2, 2, 2, 2)),
    ("90", "53", 8, (3, 3, 4)),
    ("381", "6", 8, (2, 3, 4)),
    ("32", "47", 7, (3, 2, 2, 2)),
)


class FillersV95(CodesV95, Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN, BSN*, POSTCODE*, ADDRESS*, CARD, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

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
        letters = self.rng.sample("ABCDEFGHJKLMNPRSTW", self.rng.choice((1, 2, 3)))
        initials = self._one("".join(f"{ch}." for ch in letters), " ".join(f"{ch}." for ch in letters), letters[0])
        return f"{initials} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(
            f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname.upper()} {first}"
        )

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{last}.{first}",
            f"{first}{self.rng.randint(70, 99)}",
            f"{first}_{last}",
            f"{first}{last}{self.rng.randint(1, 12)}",
        )
        return f"{box}@{self.pick('domain')}"

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot = ("apenstaart", "punt") if lang == "nl" else ("at", "dot")
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._one(f"{first} {dot} {last} {at} {domain}", f"{first} {last} {at} {domain}")

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("010", "030", "0180", "0346", "078", "0343")
        land = area + digits(self.rng, 10 - len(area))
        gent = "9" + digits(self.rng, 7)
        mob_be = "4" + self._one("7", "8", "9") + digits(self.rng, 7)
        return self._one(
            "06" + rest,
            f"06-{rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06-{split_in(rest, (2, 3, 3), ' ')}",
            f"+31 6 {split_in(rest, (2, 2, 2, 2))}",
            f"+31(0)6-{rest}",
            f"0031 6 {rest}",
            f"{land[: len(area)]}-{land[len(area) :]}",
            f"{land[: len(area)]} {split_in(land[len(area) :], (3, 4))}",
            f"({land[: len(area)]}) {land[len(area) :]}",
            f"+31 {land[1 : len(area)]} {split_in(land[len(area) :], (3, 4))}",
            f"09 {split_in(gent[1:], (3, 2, 2))}",
            f"09/{gent[1:]}",
            f"0{mob_be[:3]} {split_in(mob_be[3:], (2, 2, 2))}",
            f"+32 {mob_be[:3]} {split_in(mob_be[3:], (2, 2, 2))}",
            f"+32 9 {split_in(gent[1:], (3, 2, 2))}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, head, count, sizes = self.rng.choice(_FOREIGN)
        national = head + digits(self.rng, count)
        return self._one(
            f"+{code} {split_in(national, sizes)}",
            f"00{code} {national}",
            f"+{code}{national}",
            f"00{code}-{split_in(national, sizes, '-')}",
        )

    def phone_en(self, lang: str) -> str:
        """Ghanaian and Scottish numbers as their owners write them."""
        ghana = self._one("24", "54", "55", "20", "50", "27") + digits(self.rng, 7)
        uk = "7" + digits(self.rng, 9)
        land = self._one("141", "131", "1224", "1382", "1463")
        rest = digits(self.rng, 10 - len(land))
        return self._one(
            f"+233 {ghana[:2]} {split_in(ghana[2:], (3, 4))}",
            f"0{ghana[:2]} {split_in(ghana[2:], (3, 4))}",
            f"0{ghana}",
            f"+233{ghana}",
            f"0{uk[:4]} {uk[4:]}",
            f"+44 {uk[:4]} {split_in(uk[4:], (3, 3))}",
            f"0{land} {split_in(rest, (3, 4)) if len(rest) == 7 else rest}",
            f"+44 (0){land} {rest}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if self.rng.random() < 0.5:
            return read_out(number, lang)
        return f"{read_out('06', lang)}, {split_in(number[2:], (2, 2, 2, 2))}"

    # ---- bank accounts
    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "NL", "BE", "BE", "DE", "GB", "FR")
        if country == "NL":
            iban = iban_for("NL", self.pick("bank") + digits(self.rng, 10))
        elif country == "GB":
            iban = iban_for("GB", self._one("BARC", "RBOS", "BOFS", "CLYD") + digits(self.rng, 14))
        elif country == "FR":
            iban = iban_for("FR", digits(self.rng, 23))
        else:
            iban = iban_for(country, digits(self.rng, {"BE": 12, "DE": 18}[country]))
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, grouped.lower(), iban.lower(), grouped.replace(" ", "."))

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(
            bsn,
            bsn,
            f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
            f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}",
            f"{bsn[:4]} {bsn[4:7]} {bsn[7:]}",
            f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}",
            f"{bsn[:2]}.{bsn[2:5]}.{bsn[5:]}",
        )

    def bsn_spoken(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(read_out(bsn, lang), ", ".join(read_out(bsn[i : i + 3], lang) for i in range(0, 9, 3)))

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._upper(2).replace("SA", "SB").replace("SD", "SE").replace("SS", "SR")
        if self.rng.random() < 0.2:  # Ghent and East Flanders
            return self._one(
                f"{self.rng.choice((9000, 9030, 9031, 9040, 9050, 9051))}", f"B-{self.rng.randint(9000, 9990)}"
            )
        return self._one(
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}{pair.lower()}",
            f"{number}-{pair}",
            f"{number}\t{pair}",
        )

    def postcode_en(self, lang: str) -> str:
        outward = self._one("G12", "G3", "G41", "EH6", "EH1", "AB10", "AB24", "DD1", "IV2", "KY16")
        return self._one(
            f"{outward} {digits(self.rng, 1)}{self._upper(2)}",
            f"{outward}{digits(self.rng, 1)}{self._upper(2)}",
            f"{self._one('GA', 'AK', 'GT', 'GE')}-{digits(self.rng, 3)}-{digits(self.rng, 4)}",
        )

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 240))
        suffix = self._one("", "", "", "b", "-A", " bis", "/3", " bus 2", "-2hg", "-1")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 380)
        flat = self._one(
            "", "", f"Flat {self.rng.randint(1, 9)}/{self.rng.randint(1, 4)}, ", f"{self.rng.randint(1, 3)}F2, "
        )
        return f"{flat}{number} {self.pick('street_en')}"

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1931, 2015)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["nl"][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day} {name} {year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day}/{month}/{str(year)[2:]}",
            f"{day} {name[:3]}. {year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day:02d}.{month:02d}.{year}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{day:02d}/{month:02d}/{year}",
            f"{day} {name} {year}",
            f"{day}{nth} {name} {year}",
            f"{name} {day}, {year}",
            f"{day}-{name[:3]}-{str(year)[2:]}",
            f"{day}.{month}.{year}",
        )
