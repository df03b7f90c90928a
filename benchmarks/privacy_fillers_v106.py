"""Fillers of the held-out split test_v106 (seed 599): plot holders, kite surfers, vegetable box subscribers,
church councils, e-scooter riders, clock owners, adult swimmers, dog and cat owners, storm-damaged homeowners and
student borrowers, from the Veluwe, Rotterdam, Kortrijk, the Caribbean, the Welsh valleys and Hong Kong."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v106_pools  # noqa: F401  (registers POOLS["test_v106"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v106_codes import CodesV106
from benchmarks.privacy_fillers_v106_numbers import digits, eleven_proof, iban_for, keyed, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}


class FillersV106(CodesV106, Fillers):
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

    def name_titled(self, lang: str) -> str:
        title = (
            self._one("dhr.", "mevr.", "Mevrouw", "Meneer", "wed.")
            if lang == "nl"
            else self._one("Mr", "Mrs", "Miss", "Ms.")
        )
        return f"{title} {self.name_surname(lang)}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname}, {first}")

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{last}{self.rng.randint(60, 99)}",
            f"{first}_{last}",
            f"{first}{self.rng.randint(1, 9)}{last[:2]}",
            f"{last}.{first[0]}",
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
        area = self._one("0577", "0578", "0341", "0342", "055", "0318", "010", "010", "0525")
        land = digits(self.rng, 10 - len(area))
        return self._one(
            f"06{rest}",
            f"06-{rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06 - {split_in(rest, (4, 4))}",
            f"+31 6 {split_in(rest, (2, 2, 2, 2))}",
            f"+31(0)6-{rest}",
            f"0031-6-{rest}",
            f"{area}-{land}",
            f"{area} {split_in(land, (3, 3))}",
            f"+31 {area[1:]} {land}",
            f"({area}) {land}",
        )

    def phone_be(self, lang: str) -> str:
        mob, land = "4" + self._one("7", "8", "9") + digits(self.rng, 7), digits(self.rng, 6)
        return self._one(
            f"0{mob[:3]} {split_in(mob[3:], (2, 2, 2))}",
            f"0{mob[:3]}/{split_in(mob[3:], (2, 2, 2), '.')}",
            f"+32 {split_in(mob, (3, 2, 2, 2))}",
            f"056 {split_in(land, (2, 2, 2))}",
            f"056/{land}",
            f"+32 56 {split_in(land, (2, 2, 2))}",
        )

    def phone_en(self, lang: str) -> str:
        area = self._one("876", "868", "246")
        hk = self._one("5", "6", "9", "2") + digits(self.rng, 7)
        uk = digits(self.rng, 6)
        return self._one(
            f"+1 ({area}) {digits(self.rng, 3)}-{digits(self.rng, 4)}",
            f"1-{area}-{digits(self.rng, 3)}-{digits(self.rng, 4)}",
            f"{area}-{digits(self.rng, 3)}-{digits(self.rng, 4)}",
            f"+852 {split_in(hk, (4, 4))}",
            f"(852) {hk}",
            f"+852-{hk}",
            f"{self._one('01443', '01685', '01495', '01633')} {uk}",
            f"07{digits(self.rng, 3)} {uk}",
            f"+44 (0)29 {digits(self.rng, 4)} {digits(self.rng, 4)}",
            f"+44 7{digits(self.rng, 3)} {uk}",
        )

    def phone_spoken(self, lang: str) -> str:
        if lang == "en":
            return read_out(self._one("07", "876") + digits(self.rng, 8), lang)
        number = "06" + digits(self.rng, 8)
        return self._one(read_out(number, lang), f"nul zes {split_in(number[2:], (2, 2, 2, 2))}")

    def phone_dtmf(self, lang: str) -> str:
        return keyed("06" + digits(self.rng, 8))

    # ---- bank accounts
    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, iban.lower(), grouped.replace(" ", "."), grouped.lower())

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(iban_for("NL", self.pick("bank") + digits(self.rng, 10)))

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "BE", "BE", "GB", "DE", "LU")
        if country == "NL":
            return self.iban_nl(lang)
        if country == "GB":
            return self._write_iban(iban_for("GB", self.pick("bank_gb") + digits(self.rng, 14)))
        if country == "LU":
            return self._write_iban(iban_for("LU", digits(self.rng, 16)))
        return self._write_iban(iban_for(country, digits(self.rng, 12 if country == "BE" else 18)))

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(
            bsn,
            bsn,
            f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
            f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}",
            f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}",
            f"{bsn[:2]}.{bsn[2:5]}.{bsn[5:]}",
        )

    def bsn_spoken(self, lang: str) -> str:
        return read_out(eleven_proof(self.rng), lang)

    def bsn_dtmf(self, lang: str) -> str:
        return keyed(eleven_proof(self.rng))

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._caps(2).replace("SA", "SC").replace("SD", "SG").replace("SS", "SP")
        return self._one(
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}  {pair}",
            f"{number}-{pair}",
            f"{number[:2]} {number[2:]} {pair}",
        )

    def postcode_be(self, lang: str) -> str:
        number = self._one("8500", "8501", "8510", "8511", "8520", "8530", "8540", "8560", "8570", "8580")
        return self._one(number, f"B-{number}", f"B {number}", number)

    def postcode_en(self, lang: str) -> str:
        return self._one(
            f"CF{self.rng.randint(31, 48)} {self.rng.randint(1, 9)}{self._caps(2)}",
            f"NP{self.rng.randint(11, 26)} {self.rng.randint(1, 9)}{self._caps(2)}",
            f"SA{self.rng.randint(1, 20)} {self.rng.randint(1, 9)}{self._caps(2)}",
            f"BB{self.rng.randint(11000, 27156)}",
            f"cf{self.rng.randint(31, 48)}{self.rng.randint(1, 9)}{self._caps(2).lower()}",
        )

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 260))
        suffix = self._one("", "", "", "a", "-C", " bus 3", " B", "-2", " hs", "/101")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 980)
        unit = self._one(
            "", "", "", f"Flat {self.rng.randint(1, 30)}, ", f"Flat {self._caps(1)}, {self.rng.randint(3, 40)}/F, "
        )
        return f"{unit}{number} {self.pick('street_en')}"

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1924, 2015)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["nl"][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day} {name} {year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day}.{month:02d}.{year}",
            f"{day} {name[:3]}. {year}",
            f"{day:02d}{month:02d}{year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day}/{month}/'{str(year)[2:]}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{day:02d}/{month:02d}/{year}",
            f"{name} {day}, {year}",
            f"{day} {name} {year}",
            f"{day}{nth} {name} {year}",
            f"{day}{nth} of {name}, {year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day}-{name[:3]}-{year}",
            f"{year}年{month}月{day}日",
        )
