"""Values for `test_v7`, a held-out split written apart from the redaction rules: its own pools
(`privacy_fillers_v7_pools`) and formats. A slot ending in `_UP` or `_LOW` gives its value in capitals or lower case
(ALL CAPS mails, speech-to-text); `_BE`, `_EN`, `_DE`, `_UK` pick the country or language of the value."""

from __future__ import annotations

import unicodedata

from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v7_numbers import NumbersV7
from benchmarks.privacy_fillers_v7_pools import BELGIAN_ORIGINS, DUTCH_ORIGINS, ENGLISH_ORIGINS, ORIGINS

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"


def _ascii(text: str) -> str:  # mail addresses drop accents: Ó Briain -> obriain
    return unicodedata.normalize("NFKD", text.replace("ł", "l").replace("ı", "i")).encode("ascii", "ignore").decode()


class FillersV7(NumbersV7, Fillers):
    def fill(self, slot: str, lang: str) -> str:
        case = slot.rsplit("_", 1)[-1] if slot.endswith(("_UP", "_LOW")) else ""
        value = getattr(self, slot.removesuffix("_" + case).lower() if case else slot.lower())(lang)
        return value.upper() if case == "UP" else value.lower() if case == "LOW" else value

    def person(self, origins: tuple[str, ...]) -> tuple[str, str]:
        firsts, surnames = ORIGINS[self.rng.choice(origins)]
        return self.rng.choice(firsts), self.rng.choice(surnames)

    def origins(self, lang: str) -> tuple[str, ...]:
        return ENGLISH_ORIGINS if lang == "en" else DUTCH_ORIGINS

    # NAME
    def name_full(self, lang: str) -> str:
        first, surname = self.person(self.origins(lang))
        return f"{first} {surname}"

    def name_be(self, lang: str) -> str:
        first, surname = self.person(BELGIAN_ORIGINS)
        return f"{first} {surname}"

    def name_first(self, lang: str) -> str:
        return self.person(self.origins(lang))[0]

    def name_surname(self, lang: str) -> str:  # after "mevrouw", "Mr": a leading van/de/ter is capitalised
        surname = self.person(self.origins(lang))[1]
        return surname[0].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        initials = self.rng.choice(["W.F.", "G.J.M.", "Chr.", "A.", "J.P.", "Th.W.", "S.", "M.-L.", "R.H.G."])
        return f"{initials} {self.person(self.origins(lang))[1]}"  # after initials: "W.F. van Ommeren"

    def name_double(self, lang: str) -> str:  # married name first, as Dutch letters write it
        first, own = self.person(self.origins(lang))
        partner = self.person(self.origins(lang))[1]
        return f"{first} {partner}-{own}" if lang == "nl" else f"{first} {own}-{partner.split()[-1]}"

    def name_crm(self, lang: str) -> str:  # "Surname, First name" as a CRM lists people
        first, surname = self.person(self.origins(lang))
        return f"{surname[0].upper() + surname[1:]}, {first}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    # EMAIL
    def _parts(self, lang: str) -> tuple[str, str]:
        first, surname = self.person(self.origins(lang))
        first, surname = (_ascii(part).lower() for part in (first.split("-")[0], surname.split("-")[0]))
        return first, surname.replace(" ", "").replace("'", "")

    def email(self, lang: str) -> str:
        first, last = self._parts(lang)
        year = str(self.rng.randint(1955, 2008))
        local = self.rng.choice(
            [
                f"{first}.{last}",
                f"{first[0]}{last}",
                f"{last}.{first[0]}",
                f"{first}{year[2:]}",
                f"{last}{year}",
                f"info.{last}",
                f"{first}.{last}.{self.rng.randint(2, 9)}",
                f"{first}+webshop",
                f"{last}_{first}",
            ]
        )
        domain = self.pick("domain_work") if self.rng.random() < 0.15 else self.pick("domain")
        return f"{local}@{domain}"

    def email_obf(self, lang: str) -> str:
        first, last = self._parts(lang)
        domain, ext = self.pick("domain").rsplit(".", 1)
        return self.rng.choice(
            [
                f"{first}.{last} [at] {domain} [dot] {ext}",
                f"{first}{last}(at){domain}.{ext}",
                f"{last} at {domain} dot {ext}",
                f"{first}.{last}[@]{domain}.{ext}",
                f"{first}_{last} @ {domain}.{ext}",
            ]
        )

    def email_spoken(self, lang: str) -> str:
        first, last = self._parts(lang)
        domain = self.pick("domain")
        if lang == "en":
            dot, at, dash = "dot", self.rng.choice(["at", "at sign"]), "dash"
        else:
            dot, at, dash = "punt", self.rng.choice(["apenstaartje", "at", "apestaart"]), "streepje"
        spoken = domain.replace(".", f" {dot} ").replace("-", f" {dash} ")
        local = self.rng.choice(
            [f"{first} {dot} {last}", f"{first}{last}", f"{first[0]} {last}", f"{last} {dash} {first}"]
        )
        return f"{local} {at} {spoken}"

    # POSTCODE
    def postcode(self, lang: str) -> str:
        number = self.rng.randint(1011, 9999)
        letters = self.rng.choice("ABCDEGHJKLMNPRTVWXZ") + self.rng.choice("ABCEGHJKLMNPRTVWXZ")
        return self.rng.choice(
            [f"{number} {letters}", f"{number}{letters}", f"{number}  {letters}", f"{number}-{letters}"]
        )

    def postcode_be(self, lang: str) -> str:
        return str(self.rng.choice([9300, 3300, 8790, 3680, 9620, 8600, 9160, 2000, 9000, 3500]))

    def postcode_uk(self, lang: str) -> str:
        inward = f"{self.rng.randint(1, 9)}{self.letters('ABDEFGHJLNPQRSTUWXYZ', 2)}"
        return f"{self.pick('uk_outward')} {inward}"

    # ADDRESS
    def address(self, lang: str) -> str:
        number = self.rng.choice([str(self.rng.randint(1, 40)), str(self.rng.randint(41, 312))])
        addition = self.rng.choice(["", "", "", "-bis", " zw", "-2hg", " rood", "A", "-14", " 3-hoog", "b"])
        return f"{self.pick('street_nl')} {number}{addition}"

    def address_be(self, lang: str) -> str:
        suffix = self.rng.choice(["", "", f" bus {self.rng.randint(1, 12)}", f"/{self.rng.randint(101, 304)}"])
        return f"{self.pick('street_be')} {self.rng.randint(1, 260)}{suffix}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 190)
        return self.rng.choice(
            [
                f"{number} {self.pick('street_en')}",
                f"Flat {self.rng.randint(1, 9)}, {number} {self.pick('street_en')}",
                f"{number}{self.rng.choice('abc')} {self.pick('street_en')}",
            ]
        )

    def address_de(self, lang: str) -> str:
        return f"{self.pick('street_de')} {self.rng.randint(1, 120)}{self.rng.choice(['', '', 'a'])}"

    # DOB
    def dob(self, lang: str) -> str:
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1938, 2012)
        names = MONTHS["en" if lang == "en" else "nl"]
        if lang == "en":
            nth = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
            return self.rng.choice(
                [
                    f"{day}{nth} {names[month - 1]} {year}",
                    f"{names[month - 1]} {day}{nth}, {year}",
                    f"{day:02d}/{month:02d}/{year}",
                    f"{day} {names[month - 1][:3]} {year}",
                    f"{year}-{month:02d}-{day:02d}",
                ]
            )
        return self.rng.choice(
            [
                f"{day} {names[month - 1]} {year}",
                f"{day:02d}-{month:02d}-{year}",
                f"{day}-{month}-'{str(year)[2:]}",
                f"{day} {names[month - 1][:3]} {year}",
                f"{day:02d}{month:02d}{year}",
                f"{day}/{month}/{year}",
            ]
        )

    # PLATE
    def plate(self, lang: str) -> str:
        code = self.rng.choice(["LLL-DD-L", "D-LL-DDD", "L-DD-LLL", "DDD-LL-D", "DD-LLL-D", "LL-DDD-L", "D-LLL-DD"])
        plate = "".join(
            self.rng.choice(PLATE_LETTERS) if c == "L" else str(self.rng.randint(0 if i else 1, 9)) if c == "D" else c
            for i, c in enumerate(code)
        )
        return self.rng.choice([plate, plate, plate.replace("-", ""), plate.lower()])

    def plate_be(self, lang: str) -> str:
        letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        return self.rng.choice(
            [f"1-{letters}-{self.digits(3)}", f"2-{letters}-{self.digits(3)}", f"1{letters}{self.digits(3)}"]
        )

    def plate_uk(self, lang: str) -> str:
        alphabet, age = "ABCDEFGHJKLMNOPRSTUVWXY", self.rng.choice(["19", "21", "68", "70", "23", "73"])
        return f"{self.letters(alphabet, 2)}{age} {self.letters(alphabet, 3)}"

    def plate_de(self, lang: str) -> str:
        area = self.rng.choice(["KLE", "AC", "BOR", "E", "D", "GE"])
        return f"{area}-{self.letters('ABCDEFGHKLMNPRSTUVWXYZ', 2)} {self.rng.randint(1, 9999)}"
