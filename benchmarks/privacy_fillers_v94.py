"""Fillers of the held-out split test_v94 (seed 509): organ donors, wheelchair renters, quiz teams, firewood
buyers, ferry passengers, thermostat owners, translation clients, climbers, sewing-machine owners and car buyers,
from Amsterdam, Limburg, Poland, Romania, Kenya, Wales and elsewhere."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v94_pools  # noqa: F401  (registers POOLS["test_v94"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v94_numbers import (
    SPOKEN_NL,
    CodesV94,
    digits,
    eleven_proof,
    iban_for,
    pair_words,
    read_out,
    split_in,
)

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
# Country code, national digits after the given head, grouping.
_FOREIGN = (
    ("48", "5", 8, (3, 3, 3)),
    ("48", "7", 8, (3, 3, 3)),
    ("40", "7", 8, (3, 3, 3)),
    ("40", "72", 7, (4, 3, 2)),
    ("254", "7", 8, (3, 6)),
    ("254", "1", 8, (3, 3, 3)),
    ("32", "49", 7, (3, 2, 2, 2)),
    ("49", "16", 8, (3, 7)),
    ("212", "6", 8, (1, 2, 2, 2, 2)),
    ("44", "7", 9, (4, 6)),
)


class FillersV94(CodesV94, Fillers):
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
            f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname.upper()} {first.upper()}"
        )

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{last}{first[0]}",
            f"{first}{self.rng.randint(1950, 2010)}",
            f"{first}_{last}{self.rng.randint(1, 99)}",
            f"{first}-{last}",
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
        area = self._one("020", "043", "045", "046", "077", "0562", "0519", "0222", "0566", "0475")
        land = area + digits(self.rng, 10 - len(area))
        be = "4" + self._one("7", "8", "9", "6") + digits(self.rng, 7)
        return self._one(
            "06" + rest,
            f"06-{rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06/{split_in(rest, (2, 2, 2, 2), '.')}",
            f"+31 6 {split_in(rest, (3, 3, 2))}",
            f"+31 (0)6 {split_in(rest, (4, 4))}",
            f"0031-6-{split_in(rest, (2, 2, 2, 2), '-')}",
            f"+316{rest}",
            f"{land[: len(area)]}-{land[len(area) :]}",
            f"{land[: len(area)]} {split_in(land[len(area) :], (2, 2, 3))}",
            f"+31 {land[1 : len(area)]} {land[len(area) :]}",
            f"0{be[:3]} {split_in(be[3:], (2, 2, 2))}",
            f"0{be[:3]}/{be[3:]}",
            f"011 {split_in(digits(self.rng, 6), (2, 2, 2))}",
            f"089/{split_in(digits(self.rng, 6), (2, 2, 2), '.')}",
            f"+32 {be[:3]} {split_in(be[3:], (2, 2, 2))}",
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
        """Kenyan and Welsh numbers as their owners write them."""
        kenya, uk = self._one("7", "1") + digits(self.rng, 8), "7" + digits(self.rng, 9)
        land = self._one("29", "1792", "1248", "1970", "1267")
        rest = digits(self.rng, 10 - len(land))
        return self._one(
            f"+254 {kenya[:3]} {kenya[3:]}",
            f"0{kenya[:3]} {split_in(kenya[3:], (3, 3))}",
            f"0{kenya}",
            f"+254{kenya}",
            f"254-{kenya[:3]}-{kenya[3:]}",
            f"0{uk[:4]} {uk[4:]}",
            f"+44 {uk[:4]} {split_in(uk[4:], (3, 3))}",
            f"0{land} {rest}",
            f"+44 (0){land} {rest}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if lang == "nl" and self.rng.random() < 0.5:
            return "nul zes, " + ", ".join(pair_words(number[i : i + 2]) for i in range(2, 10, 2))
        if self.rng.random() < 0.5:
            return read_out(number, lang)
        return f"{read_out('06', lang)} {split_in(number[2:], (2, 2, 2, 2))}"

    # ---- bank accounts
    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, iban.lower(), grouped.lower(), grouped.replace(" ", "-"))

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "BE", "PL", "RO", "DE", "GB")
        if country == "NL":
            return self._write_iban(iban_for("NL", self.pick("bank") + digits(self.rng, 10)))
        if country == "GB":
            return self._write_iban(iban_for("GB", self._one("NWBK", "BARC", "LOYD", "HBUK") + digits(self.rng, 14)))
        bban = digits(self.rng, {"BE": 12, "DE": 18, "PL": 24, "RO": 0}[country])
        if country == "RO":
            bban = self._one("BTRL", "BRDE", "RNCB", "INGB") + digits(self.rng, 16)
        return self._write_iban(iban_for(country, bban))

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(
            bsn,
            bsn,
            f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
            f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}",
            f"{bsn[:2]} {bsn[2:4]} {bsn[4:6]} {bsn[6:]}",
            f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}",
            f"{bsn[:3]}/{bsn[3:6]}/{bsn[6:]}",
        )

    def bsn_spoken(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        if lang == "nl" and self.rng.random() < 0.5:  # read out in pairs: 'zesentwintig, achttien, ...'
            pairs = [bsn[i : i + 2] for i in range(0, 8, 2)]
            return ", ".join([*(pair_words(pair) for pair in pairs), SPOKEN_NL[int(bsn[8])]])
        return read_out(bsn, lang)

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._upper(2).replace("SA", "SC").replace("SD", "SE").replace("SS", "ST")
        if self.rng.random() < 0.15:  # Belgian Limburg, always with its country prefix
            return self._one(f"B-{self.rng.randint(3500, 3990)}", f"BE-{self.rng.randint(3500, 3990)}")
        return self._one(
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}{pair.lower()}",
            f"{number}-{pair}",
            f"NL-{number} {pair}",
            f"{number}  {pair}",
        )

    def postcode_en(self, lang: str) -> str:
        outward = self._one("CF10", "CF24", "SA1", "SA31", "LL57", "LL11", "NP20", "SY23", "LD1")
        return self._one(
            f"{outward} {digits(self.rng, 1)}{self._upper(2)}",
            f"{outward}{digits(self.rng, 1)}{self._upper(2)}",
            f"{self.rng.choice(('00100', '00200', '00606', '80100', '40100', '20100'))}",
            f"P.O. Box {self.rng.randint(100, 99999)}-{self._one('00100', '80100', '40100')}",
        )

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 288))
        suffix = self._one("", "", "", "a", "-hs", " III", " bus 1", "/2", "-A", " 2 hoog", "bis")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 420)
        flat = self._one("", "", f"Flat {self.rng.randint(1, 20)}, ", f"Hse No. {self.rng.randint(1, 90)}, ")
        return f"{flat}{number} {self.pick('street_en')}"

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1929, 2016)

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
            f"{day:02d}-{month:02d}-'{str(year)[2:]}",
            f"{day}.{month:02d}.{str(year)[2:]}",
            f"{day} {name} '{str(year)[2:]}",
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
            f"{day}-{name[:3]}-{year}",
            f"{day}/{month}/{str(year)[2:]}",
            f"{day}{nth} of {name}, {year}",
        )
