"""`FillersV37`: the values for the held-out `test_v37` split (mortgage intakes, movers, dental claims, a garden
centre, an island ferry and a municipal waste desk), written from scratch without seeing the redaction rules.
Pools are in `privacy_fillers_v37_pools`, number shapes in `privacy_fillers_v37_numbers`."""

from __future__ import annotations

import random

import benchmarks.privacy_fillers_v37_pools  # noqa: F401  (registers POOLS["test_v37"])
from benchmarks import privacy_fillers_v37_numbers as numbers
from benchmarks.privacy_fillers import Fillers

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
SPOKEN = {"nl": ("punt", "apenstaartje"), "en": ("dot", "at")}


class FillersV37(Fillers):
    def __init__(self, split: str, rng: random.Random) -> None:
        super().__init__(split, rng)
        self.held_out = True

    # names -----------------------------------------------------------------------------------------------
    def _first(self, lang: str) -> str:
        return self.pick("first_en") if lang == "en" and self.rng.random() < 0.6 else self.pick("first")

    def _surname(self, lang: str) -> str:
        return self.pick("surname_en") if lang == "en" and self.rng.random() < 0.6 else self.pick("surname")

    def _capital(self, surname: str) -> str:
        return surname[0].upper() + surname[1:]

    def name_full(self, lang: str) -> str:
        return f"{self._first(lang)} {self._surname(lang)}"

    def name_first(self, lang: str) -> str:
        return self._first(lang)

    def name_surname(self, lang: str) -> str:
        surname = self._surname(lang)
        return self._capital(surname) if self.rng.random() < 0.5 else surname

    def name_initials(self, lang: str) -> str:
        letters = self.rng.choice(["S.", "W.J.", "H.", "A.M.", "Tj.", "J.P.M.", "G.", "SJ", "M.C.", "F", "R.J."])
        return f"{letters} {self._surname(lang)}"

    def name_married(self, lang: str) -> str:
        first = self.rng.choice([self._first(lang), self.rng.choice(["A.", "M.", "W.", "J.H."])])
        return f"{first} {self._capital(self._surname(lang))}-{self._surname(lang)}"

    def name_register(self, lang: str) -> str:
        surname = self._surname(lang)
        initials = self.rng.choice(["P.", "S.W.", "H.", "A.J.M.", "T."])
        parts = surname.split()
        if len(parts) > 1 and parts[0].islower():
            return f"{parts[-1]}, {initials} {' '.join(parts[:-1])}"
        return f"{self._capital(surname)}, {initials}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_upper(self, lang: str) -> str:
        return self.name_full(lang).upper()

    def name_ocr(self, lang: str) -> str:
        name = self.name_full(lang)
        return name.replace("l", "1", 1) if "l" in name and self.rng.random() < 0.5 else name.replace("o", "0", 1)

    # e-mail ----------------------------------------------------------------------------------------------
    def _local(self, lang: str) -> str:
        first = self._first(lang).lower().replace("ü", "u").replace("é", "e")
        surname = self._surname(lang).lower().replace(" ", "").replace("'", "").replace("ı", "i")
        surname = surname.replace("ö", "o").replace("ü", "u")
        return self.rng.choice(
            [
                f"{first}.{surname}",
                f"{first[0]}.{surname}",
                f"{first}{self.rng.randint(1950, 2004)}",
                f"{first}_{surname}",
                f"{surname}.{first[0]}",
                f"{first}-{surname}",
                f"{first}{surname}{self.rng.randint(1, 99)}",
            ]
        )

    def email(self, lang: str) -> str:
        address = f"{self._local(lang)}@{self.pick('domain')}"
        return address.upper() if self.rng.random() < 0.08 else address

    def email_spoken(self, lang: str) -> str:
        dot, at = SPOKEN[lang]
        local = self._local(lang).replace(".", f" {dot} ").replace("_", " underscore ").replace("-", " streepje ")
        return f"{local} {at} {self.pick('domain').replace('.', f' {dot} ')}"

    def email_disguised(self, lang: str) -> str:
        local, domain = self._local(lang), self.pick("domain")
        form = self.rng.choice(["brackets", "paren", "words", "spaces"])
        if form == "brackets":
            return f"{local} [at] {domain.replace('.', ' [dot] ')}"
        if form == "paren":
            return f"{local}(at){domain}"
        if form == "words":
            return f"{local} at {domain.replace('.', ' dot ')}"
        return f"{local} @ {domain}"

    # numbers ---------------------------------------------------------------------------------------------
    def phone(self, lang: str) -> str:
        return numbers.phone(self.rng)

    def phone_ocr(self, lang: str) -> str:
        return numbers.ocr(self.rng, numbers.phone(self.rng))

    def iban(self, lang: str) -> str:
        return numbers.iban(self.rng, self.pick("bank"))

    def iban_ocr(self, lang: str) -> str:
        return numbers.ocr(self.rng, numbers.iban(self.rng, self.pick("bank")).upper())

    def bsn(self, lang: str) -> str:
        return numbers.bsn(self.rng)

    def bsn_ocr(self, lang: str) -> str:
        return numbers.ocr(self.rng, numbers.bsn(self.rng))

    def card(self, lang: str) -> str:
        return numbers.card(self.rng)

    def postcode(self, lang: str) -> str:
        return numbers.postcode(self.rng)

    def postcode_ocr(self, lang: str) -> str:
        return numbers.ocr(self.rng, numbers.postcode(self.rng))

    def plate(self, lang: str) -> str:
        return numbers.plate(self.rng, self.rng.choice(["nl", "nl", "nl", "be", "de"]))

    def plate_nl(self, lang: str) -> str:
        return numbers.plate(self.rng, "nl")

    def plate_be(self, lang: str) -> str:
        return numbers.plate(self.rng, "be")

    def plate_de(self, lang: str) -> str:
        return numbers.plate(self.rng, "de")

    def customer_number(self, lang: str) -> str:
        return numbers.customer_number(self.rng)

    def customer_number_policy(self, lang: str) -> str:
        return numbers.customer_number(self.rng, "policy")

    def customer_number_member(self, lang: str) -> str:
        return numbers.customer_number(self.rng, "member")

    def customer_number_tenant(self, lang: str) -> str:
        return numbers.customer_number(self.rng, "tenant")

    def customer_number_ocr(self, lang: str) -> str:
        return numbers.ocr(self.rng, numbers.customer_number(self.rng))

    # addresses and dates ---------------------------------------------------------------------------------
    def address(self, lang: str) -> str:
        if lang == "en" and self.rng.random() < 0.6:
            flat = self.rng.choice(["", "", f"Flat {self.rng.randint(1, 12)}, "])
            return f"{flat}{self.rng.randint(1, 220)} {self.pick('street_en')}"
        number = str(self.rng.randint(1, 260))
        roll = self.rng.random()
        if roll < 0.1:
            return f"{self.pick('street_be')} {number} bus {self.rng.randint(1, 24)}"
        if roll < 0.18:
            return f"{self.pick('street_de')} {number}" + self.rng.choice(["", "a"])
        addition = self.rng.choice(["", "", "", "a", "B", "-1", "-II", " hs", " zw", " bis", "-A", " 2 hoog", "rd"])
        return f"{self.pick('street_nl')} {number}{addition}"

    def address_ocr(self, lang: str) -> str:
        return numbers.ocr(self.rng, f"{self.pick('street_nl')} {self.rng.randint(10, 119)}")

    def dob(self, lang: str) -> str:
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1938, 2007)
        name = MONTHS[lang][month - 1]
        forms = [
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day}/{month}/{year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day} {name} {year}",
            f"{day} {name[:3]}. {year}",
            f"{day:02d}{month:02d}{year}",
            f"{day:02d}-{month:02d}-'{str(year)[2:]}",
        ]
        if lang == "en":
            forms += [f"{name} {day}, {year}", f"{day} {name} {year}", f"{month:02d}/{day:02d}/{year}"]
        return self.rng.choice(forms)

    def dob_ocr(self, lang: str) -> str:
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1940, 2001)
        return numbers.ocr(self.rng, f"{day:02d}-{month:02d}-{year}")
