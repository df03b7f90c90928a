"""Fillers of the held-out split test_v69 (seed 359): phone repair customers, car importers, scouts and their
parents, dancers, dental claimants, swimming pupils, homeowners insulating, garden owners, pawn shop clients and
people needing a sworn translation, from Friesland, Limburg, Flanders, Germany, Ghana, the Philippines and beyond."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v69_pools  # noqa: F401  (registers POOLS["test_v69"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v69_codes import CodesV69
from benchmarks.privacy_fillers_v69_numbers import (
    belgian_bban,
    burgerservicenummer,
    cut,
    dutch_two_digits,
    numerals,
    say_digits,
    say_english_doubles,
    with_iban_check,
)

_MONTHS_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()
_MONTHS_EN = "January February March April May June July August September October November December".split()
_POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
_AREAS = ("058", "0513", "0566", "043", "045", "046", "024", "0475", "030", "020", "010", "0418")


class FillersV69(CodesV69, Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    def _any(self, *options: str) -> str:
        return self.rng.choice(options)

    def _letters(self, count: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(count))

    def _ascii(self, key: str) -> str:
        folded = unicodedata.normalize("NFKD", self.pick(key).replace("ß", "ss").replace("ł", "l"))
        return "".join(ch for ch in folded.encode("ascii", "ignore").decode().lower() if ch.isalnum())

    # ---- names
    def name_full(self, lang: str) -> str:
        return f"{self.pick('first')} {self.pick('surname')}"

    def name_first(self, lang: str) -> str:
        return self.pick("first")

    def name_surname(self, lang: str) -> str:
        surname = self.pick("surname")
        return surname[:1].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        letters = self.rng.sample("ABCDEFGHIJKLMNPRSTWY", self.rng.choice((1, 2, 2, 3)))
        return f"{self._any(''.join(c + '.' for c in letters), '.'.join(letters) + '.')} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._any(
            f"{first.upper()} {surname.upper()}", f"{surname.upper()}, {first}", f"{surname.upper()} {first[0]}."
        )

    def name_handle(self, lang: str) -> str:
        """How a reviewer or chatter shows up: 'Sytse H.', 'kwame.owusu', 'MaricelDC'."""
        first, surname = self.pick("first"), self.pick("surname")
        return self._any(
            f"{first} {surname.split()[-1][0].upper()}.",
            f"{self._ascii('first')}.{self._ascii('surname')}",
            f"{first.split()[0]}{surname.split()[-1][:2].capitalize()}",
        )

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._ascii("first"), self._ascii("surname")
        box = self._any(
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{last}{first[0]}",
            f"{first}-{last}",
            f"{first}{self.rng.randint(1960, 2012)}",
            f"{first}.{last}{self.rng.randint(2, 99)}",
            f"{last}.{first}",
        )
        return f"{box}@{self.pick('domain')}"

    def email_spoken(self, lang: str) -> str:
        first, last = self._ascii("first"), self._ascii("surname")
        at, dot, dash = ("apenstaart", "punt", "streepje") if lang == "nl" else ("at", "dot", "dash")
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._any(f"{first} {dot} {last} {at} {domain}", f"{first} {dash} {last} {at} {domain}")

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = numerals(self.rng, 8)
        area = self.rng.choice(_AREAS)
        local = numerals(self.rng, 10 - len(area))
        return self._any(
            f"06 {cut(rest, (2, 2, 2, 2))}",
            f"06-{cut(rest, (4, 4), ' ')}",
            f"06{rest}",
            f"+31 6 {cut(rest, (4, 4))}",
            f"+31(0)6 {rest}",
            f"0031 6 {cut(rest, (2, 2, 2, 2))}",
            f"06/{rest}",
            f"06.{cut(rest, (2, 2, 2, 2), '.')}",
            f"({area}) {cut(local, (2, 2, 2))}",
            f"{area} - {cut(local, (3, 4))}",
            f"+31 {area[1:]} {local}",
            f"{area}-{local}",
        )

    def phone_abroad(self, lang: str) -> str:
        be, de = "4" + self._any("7", "8", "9") + numerals(self.rng, 7), "1" + self._any("51", "60", "71", "76")
        de += numerals(self.rng, 7)
        gh, ph = self._any("24", "54", "20", "55") + numerals(self.rng, 7), "9" + numerals(self.rng, 9)
        return self._any(
            f"+32 {cut(be, (3, 2, 2, 2))}",
            f"0{be[:3]}/{cut(be[3:], (2, 2, 2), '.')}",
            f"0032 {be}",
            f"+49 {de[:3]} {de[3:]}",
            f"0049 (0){de[:3]} {cut(de[3:], (3, 4))}",
            f"0{de[:3]} / {de[3:]}",
            f"+233 {cut(gh, (2, 3, 4))}",
            f"0{cut(gh, (2, 3, 4))}",
            f"+63 {cut(ph, (3, 3, 4))}",
            f"0{ph[:3]}-{ph[3:6]}-{ph[6:]}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + numerals(self.rng, 8)
        if lang == "en":
            return self._any(say_digits(number, "en"), say_english_doubles(number))
        pairs = " ".join(dutch_two_digits(number[i : i + 2]) for i in range(2, 10, 2))
        return self._any(say_digits(number, "nl"), f"nul zes, {pairs}", f"nul zes {cut(number[2:], (2, 2, 2, 2))}")

    # ---- bank accounts
    def _nl(self) -> str:
        return with_iban_check("NL", self.pick("bank") + numerals(self.rng, 10))

    def _show(self, iban: str) -> str:
        spaced = cut(iban, (4,) * 8)
        return self._any(iban, spaced, spaced, spaced.lower(), cut(iban, (4,) * 8, "-"), f"{iban[:4]} {iban[4:]}")

    def iban_nl(self, lang: str) -> str:
        return self._show(self._nl())

    def iban(self, lang: str) -> str:
        country = self._any("NL", "NL", "NL", "BE", "BE", "DE", "LU", "GB")
        bban = {
            "NL": lambda: "",
            "BE": lambda: belgian_bban(self.rng),
            "DE": lambda: self.pick("blz") + numerals(self.rng, 10),
            "LU": lambda: self._any("001", "002", "019", "030") + numerals(self.rng, 13),
            "GB": lambda: self._any("NWBK", "BARC", "HBUK") + numerals(self.rng, 14),
        }[country]()
        return self._show(self._nl() if country == "NL" else with_iban_check(country, bban))

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = burgerservicenummer(self.rng)
        return self._any(
            bsn,
            bsn,
            cut(bsn, (3, 3, 3)),
            cut(bsn, (3, 3, 3), "."),
            cut(bsn, (4, 2, 3), "."),
            cut(bsn, (3, 3, 3), "-"),
            cut(bsn, (2, 3, 4)),
        )

    def bsn_spoken(self, lang: str) -> str:
        return say_digits(burgerservicenummer(self.rng), lang)

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._letters(2, _POSTCODE_LETTERS)
        while pair in ("SA", "SD", "SS"):
            pair = self._letters(2, _POSTCODE_LETTERS)
        return self._any(
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}{pair.lower()}",
            f"{number}-{pair}",
            f"{number} {pair[0]}{pair[1].lower()}",
            f"NL {number} {pair}",
        )

    def postcode_abroad(self, lang: str) -> str:
        return self._any(
            f"B-{self.rng.randint(1000, 9992)}",
            f"BE-{self.rng.randint(1000, 9992)}",
            f"D-{self.rng.randint(10115, 99998)}",
            f"DE-{self.rng.randint(10115, 99998)}",
        )

    def address(self, lang: str) -> str:
        number = self.rng.randint(1, 268)
        tail = self._any("", "", "", "A", "-b", " bis", " bus 2", " hs", "-1", " rd", "/3")
        return self._any(
            f"{self.pick('street_nl')} {number}{tail}",
            f"{self.pick('street_nl')} {number}{tail}",
            f"{self.pick('street_nl')} nr. {number}",
        )

    def address_en(self, lang: str) -> str:
        number, street = self.rng.randint(1, 199), self.pick("street_en")
        return self._any(
            f"{number} {street}",
            f"House No. {number}, {street}",
            f"Unit {number}B, {street}",
            f"Blk {self.rng.randint(1, 40)} Lot {number}, {street}",
            f"Flat {number}, {street}",
        )

    # ---- dates of birth
    def _born(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1938, 2021)

    def dob(self, lang: str) -> str:
        day, month, year = self._born()
        month_name = _MONTHS_NL[month - 1]
        return self._any(
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day} {month_name} {year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{day}/{month}/'{year % 100:02d}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day} {month_name[:3]}. {year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day:02d}{month:02d}{year}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._born()
        month_name = _MONTHS_EN[month - 1]
        nth = "th" if day in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._any(
            f"{month_name} {day}, {year}",
            f"{day}{nth} {month_name} {year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{month_name} {day}{nth}, {year}",
            f"{day} {month_name[:3]} {year}",
            f"{month:02d}-{day:02d}-{year}",
            f"{year}-{month:02d}-{day:02d}",
        )
