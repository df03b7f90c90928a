"""Fillers of the held-out split test_v82 (seed 439): organ donors, families collecting urns, glasshouse growers,
security guards, insole wearers, student rowers, lottery players, stove owners, hospital interpreters and boat
renters, from the Westland, Flanders, Turkey, Afghanistan, Ireland, Ghana and elsewhere."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v82_pools  # noqa: F401  (registers POOLS["test_v82"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v82_codes import CodesV82
from benchmarks.privacy_fillers_v82_numbers import bsn_number, digits, group, iban_for, say

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
# Country code, first national digits, how many more, grouping.
_ABROAD = (
    ("32", "4", 8, (3, 2, 2, 2)),
    ("90", "5", 9, (3, 3, 2, 2)),
    ("93", "7", 8, (2, 3, 4)),
    ("49", "17", 8, (3, 7)),
    ("233", "2", 8, (2, 3, 4)),
    ("353", "8", 8, (2, 3, 4)),
    ("44", "7", 9, (4, 6)),
    ("212", "6", 8, (1, 2, 2, 2, 2)),
    ("48", "6", 8, (3, 3, 3)),
)


class FillersV82(CodesV82, Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN, POSTCODE*, ADDRESS*, CARD, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

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
        letters = self.rng.sample("ABCDEFGHIJKLMNPRSTW", self.rng.choice((1, 1, 2, 2, 3)))
        initials = self._one("".join(f"{ch}." for ch in letters), " ".join(f"{ch}." for ch in letters))
        return f"{initials} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname.upper()}")

    def name_handle(self, lang: str) -> str:
        """A display name in Front or WhatsApp: 'Berber vd Meer', 'kwame.owusu', 'Hakan K.'."""
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(
            f"{first} {surname.split()[-1][:1].upper()}.",
            f"{self._plain('first')}.{self._plain('surname')}",
            f"{first} {surname}",
            f"{first}_{self.rng.randint(80, 99)}",
        )

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first}{last}",
            f"{first[0]}.{last}",
            f"{last}{self.rng.randint(1, 99)}",
            f"{first}-{last}",
            f"{first}{self.rng.randint(1960, 2005)}",
            f"info.{last}",
        )
        return f"{box}@{self.pick('domain')}"

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot, dash = ("apenstaartje", "punt", "streepje") if lang == "nl" else ("at", "dot", "dash")
        domain = self.pick("domain").replace(".", f" {dot} ")
        spelled = "-".join(first)
        return self._one(
            f"{first} {dot} {last} {at} {domain}",
            f"{first} {dash} {last} {at} {domain}",
            f"{spelled} {at} {domain}",
            f"{first}{last} {self._one(at, 'at')} {domain}",
            f"{first} {last} {at} {domain}",
        )

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        mobile = "06" + rest
        area = self._one("0174", "010", "015", "071", "070", "0180", "0252", "020", "030", "0184")
        land = area + digits(self.rng, 10 - len(area))
        cut = len(area)
        return self._one(
            mobile,
            f"06-{rest}",
            f"06 {group(rest, (3, 3, 2))}",
            f"06 {group(rest, (2, 2, 2, 2))}",
            f"+31 6 {group(rest, (4, 4))}",
            f"+31 (0)6 {rest}",
            f"0031 6 {rest}",
            f"+316{rest}",
            f"06/{rest}",
            f"{land[:cut]}-{land[cut:]}",
            f"{land[:cut]} {land[cut:]}",
            f"({land[:cut]}) {group(land[cut:], (3, 3))}",
            f"+31 {land[1:cut]} {land[cut:]}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, head, count, sizes = self.rng.choice(_ABROAD)
        national = head + digits(self.rng, count)
        return self._one(
            f"+{code} {group(national, sizes)}",
            f"00{code} {national}",
            f"+{code}{national}",
            f"00{code}-{group(national, sizes, '-')}",
            f"(+{code}) {group(national, sizes)}",
        )

    def phone_en(self, lang: str) -> str:
        """Irish, Ghanaian and British numbers as their owners write them."""
        ie = self._one("83", "85", "86", "87", "89") + digits(self.rng, 7)
        gh = self._one("24", "54", "55", "20", "50", "27") + digits(self.rng, 7)
        uk = "7" + digits(self.rng, 9)
        return self._one(
            f"0{ie[:2]} {group(ie[2:], (3, 4))}",
            f"+353 {ie[:2]} {group(ie[2:], (3, 4))}",
            f"0{ie}",
            f"0{gh[:2]} {group(gh[2:], (3, 4))}",
            f"+233 {gh[:2]} {group(gh[2:], (3, 4))}",
            f"+233{gh}",
            f"0{gh}",
            f"0{uk[:4]} {uk[4:]}",
            f"+44 {uk[:4]} {group(uk[4:], (3, 3))}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if lang == "en":
            number = self._one("087", "024", "085", "054") + digits(self.rng, 7)
        if self.rng.random() < 0.6:
            return say(number, lang)
        if lang == "en":
            return f"{say(number[:3], lang)} {group(number[3:], (3, 4))}"
        return f"{say(number[:2], lang)} {group(number[2:], (2, 2, 2, 2))}"

    # ---- bank accounts
    def _show(self, iban: str) -> str:
        grouped = group(iban, (4,) * 9)
        return self._one(iban, grouped, grouped, grouped, iban.lower(), grouped.replace(" ", "-"), grouped.lower())

    def iban_nl(self, lang: str) -> str:
        return self._show(iban_for("NL", self.pick("bank") + digits(self.rng, 10)))

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "BE", "BE", "DE", "IE", "GB", "TR")
        if country == "NL":
            return self.iban_nl(lang)
        if country in ("IE", "GB"):
            bban = self.pick("bank_ie" if country == "IE" else "bank_gb") + digits(self.rng, 14)
        elif country == "TR":
            bban = digits(self.rng, 5) + "0" + digits(self.rng, 16)
        else:
            bban = digits(self.rng, {"BE": 12, "DE": 18}[country])
        return self._show(iban_for(country, bban))

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = bsn_number(self.rng)
        return self._one(
            bsn,
            bsn,
            f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
            f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}",
            f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}",
            f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}",
            f"{bsn[:4]} {bsn[4:6]} {bsn[6:]}",
        )

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._caps(2).replace("SA", "SC").replace("SD", "SG").replace("SS", "ST")
        return self._one(
            f"{number} {pair}",
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}{pair.lower()}",
            f"{number}-{pair}",
            f"NL-{number}{pair}",
            f"{number} {pair[0]}{pair[1].lower()}",
        )

    def postcode_en(self, lang: str) -> str:
        kind = self.rng.random()
        if kind < 0.45:  # Irish Eircode
            routing = self._one("D06", "D08", "D03", "T23", "H91", "F94", "V92")
            code = f"{self._caps(1)}{digits(self.rng, 1)}{self._caps(1)}{digits(self.rng, 1)}"
            return self._one(f"{routing} {code}", f"{routing}{code}")
        if kind < 0.7:  # GhanaPost GPS digital address
            return f"{self._one('GA', 'GA', 'AK', 'GT', 'CC')}-{digits(self.rng, 3)}-{digits(self.rng, 4)}"
        outward = self._one("M14", "L8", "E17", "SE15", "B29", "CF24")
        return f"{outward} {digits(self.rng, 1)}{self._caps(2)}"

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 288))
        suffix = self._one("", "", "", "", "a", "C", "-1", " bis", " bus 2", "-zw", " hs")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 199)
        flat = self._one("", "", "", f"Apt {self.rng.randint(1, 40)}, ", "No. ", f"House {self.rng.randint(2, 9)}, ")
        return f"{flat}{number} {self.pick('street_en')}"

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1934, 2007)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["nl"][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day} {name} {year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{day}/{month}/{year}",
            f"{day:02d}/{month:02d}/{str(year)[2:]}",
            f"{day} {name[:3]} {year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day} {name} '{str(year)[2:]}",
            f"{day:02d} - {month:02d} - {year}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{day:02d}/{month:02d}/{year}",
            f"{day} {name} {year}",
            f"{day}{nth} {name} {year}",
            f"{name} {day}{nth}, {year}",
            f"{day}.{month}.{year}",
            f"{day}-{name[:3]}-{str(year)[2:]}",
            f"the {day}{nth} of {name}, {year}",
            f"{day}/{month}/{str(year)[2:]}",
        )
