"""Fillers of the held-out split test_v105 (seed 593): sailing students, farmers leasing rooftop solar, hospice
volunteers, vintage car owners, student cyclists, sauna members, wedding couples, households calling a plumber,
alarm pendant wearers and donors, from the Achterhoek, Zeeuws-Vlaanderen, Leuven, Ghana, the Scottish Highlands
and the Australian outback."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v105_pools  # noqa: F401  (registers POOLS["test_v105"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v105_codes import CodesV105
from benchmarks.privacy_fillers_v105_numbers import digits, eleven_proof, iban_for, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}


class FillersV105(CodesV105, Fillers):
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
        letters = self.rng.sample("ABCDEFGHIJKLMNPRSTW", self.rng.choice((1, 2, 2, 3)))
        initials = self._one(
            "".join(f"{ch}." for ch in letters), "".join(letters), " ".join(f"{ch}." for ch in letters)
        )
        return f"{initials} {self.pick('surname')}"

    def name_titled(self, lang: str) -> str:
        title = self._one("dhr.", "mevr.", "Dhr.", "Mw.") if lang == "nl" else self._one("Mr", "Mrs", "Ms", "Dr.")
        return f"{title} {self.name_surname(lang)}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname}, {first}")

    def name_nick(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        return self._one(f"{first}.{last}", f"{first}_{last[:3]}{self.rng.randint(1, 99)}", f"{first}{last}")

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{last}{self.rng.randint(50, 99)}",
            f"{first}-{last}",
            f"{first}{last[0]}",
            f"{last}.{first}",
            f"info.{last}",
        )
        return f"{box}@{self.pick('domain')}"

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot = ("apenstaartje", "punt") if lang == "nl" else ("at", "dot")
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._one(f"{first} {dot} {last} {at} {domain}", f"{first}{last} {at} {domain}")

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("0543", "0544", "0545", "0314", "0315", "0115", "0114", "0117", "0118", "026", "053")
        land = digits(self.rng, 10 - len(area))
        return self._one(
            f"06{rest}",
            f"06-{rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06 - {split_in(rest, (4, 4))}",
            f"+31 6 {split_in(rest, (2, 2, 2, 2))}",
            f"+31(0)6-{rest}",
            f"0031-6-{rest}",
            f"06.{split_in(rest, (2, 2, 2, 2), '.')}",
            f"{area}-{land}",
            f"{area} {split_in(land, (3, 3))}",
            f"+31 {area[1:]} {land}",
            f"({area}) {split_in(land, (2, 2, 2))}",
        )

    def phone_abroad(self, lang: str) -> str:
        """Belgian (Leuven), Ghanaian, Scottish and Australian numbers in Dutch texts."""
        be, gh = "4" + digits(self.rng, 8), self._one("24", "20", "54", "55") + digits(self.rng, 7)
        return self._one(
            f"+32 {split_in(be, (3, 2, 2, 2))}",
            f"0{be[:3]}/{split_in(be[3:], (2, 2, 2))}",
            f"016 {split_in(digits(self.rng, 6), (2, 2, 2))}",
            f"+32 16 {split_in(digits(self.rng, 6), (2, 2, 2))}",
            f"+233 {split_in(gh, (2, 3, 4))}",
            f"+44 1463 {digits(self.rng, 6)}",
            f"+61 4{digits(self.rng, 2)} {digits(self.rng, 3)} {digits(self.rng, 3)}",
        )

    def phone_en(self, lang: str) -> str:
        gh = self._one("24", "20", "54", "55", "27") + digits(self.rng, 7)
        mob = "4" + digits(self.rng, 8)
        return self._one(
            f"+233 {split_in(gh, (2, 3, 4))}",
            f"0{gh}",
            f"0{gh[:2]} {split_in(gh[2:], (3, 4))}",
            f"01463 {digits(self.rng, 6)}",
            f"+44 1397 {digits(self.rng, 6)}",
            f"07{digits(self.rng, 3)} {digits(self.rng, 6)}",
            f"04{mob[1:3]} {split_in(mob[3:], (3, 3))}",
            f"+61 {split_in(mob, (3, 3, 3))}",
            f"(08) 89{split_in(digits(self.rng, 6), (2, 4))}",
            f"+61 8 89{digits(self.rng, 6)}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if lang == "en":
            return read_out("07" + digits(self.rng, 9), lang) if self.rng.random() < 0.5 else read_out(number, lang)
        return self._one(read_out(number, lang), f"nul zes {split_in(number[2:], (2, 2, 2, 2))}")

    # ---- bank accounts
    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, iban.lower(), grouped.replace(" ", "-"), grouped.lower())

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(iban_for("NL", self.pick("bank") + digits(self.rng, 10)))

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "BE", "BE", "GB", "DE", "FR")
        if country == "NL":
            return self.iban_nl(lang)
        if country == "GB":
            return self._write_iban(iban_for("GB", self.pick("bank_gb") + digits(self.rng, 14)))
        if country == "FR":
            return self._write_iban(iban_for("FR", digits(self.rng, 23)))
        return self._write_iban(iban_for(country, digits(self.rng, 12 if country == "BE" else 18)))

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
        pair = self._caps(2).replace("SA", "SC").replace("SD", "SG").replace("SS", "SP")
        return self._one(
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}-{pair}",
            f"{number}{pair.lower()}",
            f"{number} {pair}",
        )

    def postcode_be(self, lang: str) -> str:
        number = self._one("3000", "3001", "3010", "3012", "3018", "3020", "3050", "3060", "9900", "9940")
        return self._one(number, f"B-{number}", f"BE-{number}", number)

    def postcode_en(self, lang: str) -> str:
        return self._one(
            f"IV{self.rng.randint(1, 63)} {self.rng.randint(0, 9)}{self._caps(2)}",
            f"PH{self.rng.randint(30, 50)} {self.rng.randint(0, 9)}{self._caps(2)}",
            f"KW{self.rng.randint(1, 17)} {self.rng.randint(0, 9)}{self._caps(2)}",
            f"NT {self._one('0870', '0871', '0872', '0850', '0860')}",
            self._one("0870", "0872", "4825", "2880", "6646"),
            f"GA-{self.rng.randint(100, 999)}-{digits(self.rng, 4)}",
        )

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 240))
        suffix = self._one("", "", "", "a", "-2", " bus 3", " B", "/0101", " zw")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 4800)
        unit = self._one("", "", "", f"Apt {self.rng.randint(1, 40)}, ", f"Unit {self.rng.randint(1, 9)}, ")
        return f"{unit}{number} {self.pick('street_en')}"

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1928, 2019)

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
            f"{day:02d}{month:02d}{year}",
            f"{day}/{month} '{str(year)[2:]}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day}e {name} {year}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{month:02d}/{day:02d}/{year}",
            f"{name} {day}, {year}",
            f"{day} {name} {year}",
            f"{day}{nth} {name} {year}",
            f"{day}/{month}/{year}",
            f"{name[:3]} {day} {year}",
            f"{day}.{month:02d}.{year}",
            f"{day} {name[:3].upper()} {year}",
            f"{year}-{month:02d}-{day:02d}",
        )
