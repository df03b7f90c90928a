"""Fillers of the held-out split test_v91 (seed 491): people of many origins with their numbers and addresses."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v91_pools  # noqa: F401  (registers POOLS["test_v91"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v91_codes import CodesV91
from benchmarks.privacy_fillers_v91_numbers import digits, eleven_proof, iban_for, ocr_smudge, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
_AREAS = ("010", "020", "0118", "0113", "058", "0513", "0515", "050", "0111", "0114", "030", "076", "0517")


class FillersV91(CodesV91, Fillers):
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
        letters = self.rng.sample("ABCDEFGHJKLMNPRSTW", self.rng.choice((1, 1, 2, 3)))
        initials = self._one("".join(f"{ch}." for ch in letters), " ".join(f"{ch}." for ch in letters))
        return f"{initials} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        return self.name_full(lang).upper()

    def name_reversed(self, lang: str) -> str:
        surname = self.pick("surname")
        return f"{surname[:1].upper() + surname[1:]}, {self.pick('first')}"

    def name_ocr(self, lang: str) -> str:
        return ocr_smudge(self.rng, self.name_full(lang))

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        local = self._one(
            f"{first}.{last}",
            f"{first}{last}",
            f"{first[0]}.{last}",
            f"{first}_{last}{digits(self.rng, 2)}",
            f"{last}.{first[0]}",
            f"{first}-{last}",
            f"{first}{digits(self.rng, 4)}",
        )
        return f"{local}@{self.pick('domain')}"

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        domain = self.pick("domain")
        if lang == "nl":
            at, dot = self._one("at", "apenstaartje", "ät"), "punt"
        else:
            at, dot = self._one("at", "at sign"), "dot"
        spoken_domain = domain.replace(".", f" {dot} ")
        local = self._one(
            f"{first} {dot} {last}",
            f"{first}{last}",
            f"{first} streepje {last}" if lang == "nl" else f"{first} dash {last}",
        )
        return f"{local} {at} {spoken_domain}"

    # ---- phones
    def phone(self, lang: str) -> str:
        mobile = "06" + digits(self.rng, 8)
        area = self.rng.choice(_AREAS)
        land = area + digits(self.rng, 10 - len(area))
        return self._one(
            mobile,
            f"06-{mobile[2:]}",
            split_in(mobile, (2, 2, 2, 2, 2)),
            f"06 {split_in(mobile[2:], (3, 3, 2))}",
            f"+31 6 {split_in(mobile[2:], (2, 2, 2, 2))}",
            f"+31(0)6-{mobile[2:]}",
            f"0031 6 {mobile[2:]}",
            f"{area}-{land[len(area) :]}",
            f"({area}) {land[len(area) :]}",
            f"{area} {split_in(land[len(area) :], (3, 3))}",
            f"+31 {area[1:]} {land[len(area) :]}",
            split_in(mobile, (2, 2, 2, 2, 2), "."),
        )

    def phone_abroad(self, lang: str) -> str:
        ie, za, be = "8" + self._one("3", "5", "6", "7") + digits(self.rng, 7), digits(self.rng, 9), digits(self.rng, 8)
        za = self._one("72", "82", "83", "71", "61") + za[2:]
        return self._one(
            f"+353 {ie[:2]} {ie[2:5]} {ie[5:]}",
            f"0{ie[:2]} {ie[2:5]} {ie[5:]}",
            f"00353{ie}",
            f"+27 {za[:2]} {za[2:5]} {za[5:]}",
            f"0{za[:2]} {za[2:5]} {za[5:]}",
            f"+27{za}",
            f"+32 4{be[:2]} {be[2:4]} {be[4:6]} {be[6:]}",
            f"04{be[:2]}/{be[2:4]}.{be[4:6]}.{be[6:]}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        return self._one(
            read_out(number, lang),
            f"{read_out('06', lang)} {split_in(number[2:], (2, 2, 2, 2))}",
            f"{read_out('06', lang)}, {read_out(number[2:6], lang)}, {read_out(number[6:], lang)}",
        )

    def phone_voice(self, lang: str) -> str:
        """A voicemail: hesitations and a pair said twice."""
        number = "06" + digits(self.rng, 8)
        uh = "uh" if lang == "en" else self._one("eh", "uh", "ehm")
        pairs = split_in(number[2:], (2, 2, 2, 2)).split()
        return self._one(
            f"{number[:2]} {uh} {pairs[0]} {pairs[1]} {uh} {pairs[1]} {pairs[2]} {pairs[3]}",
            f"{read_out('06', lang)} {uh} {' '.join(pairs[:2])}, {' '.join(pairs[:2])} {uh} {' '.join(pairs[2:])}",
            f"{number[:6]} {uh} {number[6:]}",
        )

    # ---- bank accounts
    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, iban.lower(), grouped.replace(" ", "-"), grouped.lower())

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "NL", "BE", "IE", "DE", "GB")
        if country == "NL":
            return self._write_iban(iban_for("NL", self.pick("bank") + digits(self.rng, 10)))
        if country in ("IE", "GB"):
            bban = self.pick("bank_ie" if country == "IE" else "bank_gb") + digits(self.rng, 14)
        else:
            bban = digits(self.rng, {"BE": 12, "DE": 18}[country])
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
            f"{bsn[:2]} {bsn[2:4]} {bsn[4:6]} {bsn[6:]}",
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
            f"{number} {pair[0]}{pair[1].lower()}",
        )

    def postcode_ie(self, lang: str) -> str:
        routing = self._one("D02", "D04", "D06", "D6W", "T12", "H91", "V94", "F91", "A94")
        return f"{routing} {self._upper(1)}{digits(self.rng, 2)}{self._upper(1)}"

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 280))
        suffix = self._one("", "", "", "a", "A", "-1", " bis", "-zw", " II")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 199)
        flat = self._one("", "", "", f"Apt {self.rng.randint(1, 40)}, ", f"Unit {self.rng.randint(1, 9)}, ")
        return f"{flat}{number} {self.pick('street_en')}"

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1929, 2011)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["nl"][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day} {name} {year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{day}/{month}/{year}",
            f"{day} {name[:3]} {year}",
            f"{day:02d}-{month:02d}-'{str(year)[2:]}",
            f"{year}-{month:02d}-{day:02d}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{day}/{month:02d}/{year}",
            f"{day} {name} {year}",
            f"{day}{nth} {name} {year}",
            f"{name} {day}, {year}",
            f"{day:02d}/{month:02d}/{str(year)[2:]}",
            f"{day}-{name[:3]}-{year}",
            f"{year}/{month:02d}/{day:02d}",
        )
