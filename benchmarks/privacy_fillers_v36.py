"""`FillersV36`: the values for the `test_v36` split's slots (names of Dutch, German, Polish and Turkish customers,
their mail addresses, phones, IBANs, plates and the numbers of libraries, clubs, pharmacies, airlines and
car-sharing services). Written from scratch by someone who never saw the redaction rules."""

from __future__ import annotations

import random

import benchmarks.privacy_fillers_v36_pools  # noqa: F401  (registers POOLS["test_v36"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v36_numbers import (
    de_plate,
    digits,
    grouped,
    luhn,
    make_bsn,
    make_iban,
    nl_plate,
    phone,
    pl_plate,
    split_at,
    tr_plate,
)

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
ASCII = str.maketrans("ıłśşçöüäğńóżźé", "ilsscouagnozze")
ASCII_UPPER = str.maketrans("IŁŚŞÇÖÜÄĞŃÓŻŹÉ", "ILSSCOUAGNOZZE")
ROMAN = "I II III IV V VI VII VIII IX X XI XII".split()


class FillersV36(Fillers):
    def __init__(self, split: str, rng: random.Random) -> None:
        super().__init__(split, rng)

    # --- names -------------------------------------------------------------------------------------------
    def _initials(self) -> str:
        letters = [self.rng.choice("ABCDEGHJKLMPRSTW") for _ in range(self.rng.randint(1, 3))]
        style = self.rng.choice(["dots", "dots", "spaced", "none"])
        if style == "dots":
            return "".join(f"{x}." for x in letters)
        if style == "spaced":
            return " ".join(f"{x}." for x in letters)
        return "".join(letters)

    def name_full(self, lang: str) -> str:
        return f"{self.pick('first')} {self.pick('surname')}"

    def name_first(self, lang: str) -> str:
        return self.pick("first")

    def name_surname(self, lang: str) -> str:
        surname = self.pick("surname")
        return surname[0].upper() + surname[1:]

    def name_init(self, lang: str) -> str:
        return f"{self._initials()} {self.pick('surname')}"

    def name_reg(self, lang: str) -> str:
        surname = self.pick("surname")
        parts = surname.split(" ")
        particle = " ".join(parts[:-1])
        if particle and self.rng.random() < 0.5:
            return f"{parts[-1]}, {self._initials()} {particle}"
        if self.rng.random() < 0.3:
            return f"{surname[0].upper() + surname[1:]}, {self.pick('first')}"
        return f"{surname[0].upper() + surname[1:]}, {self._initials()}"

    def name_married(self, lang: str) -> str:
        own, partner = self.pick("surname"), self.pick("second")
        front = self.rng.choice([self.pick("first") + " ", self._initials() + " ", ""])
        return f"{front}{partner}-{own}"

    def name_double(self, lang: str) -> str:
        return f"{self.pick('first')} {self.pick('second')}-{self.pick('second')}"

    def name_pnr(self, lang: str) -> str:
        surname = self.pick("surname").upper().replace(" ", "").replace("'", "").translate(ASCII_UPPER)
        return f"{surname}/{self.pick('first').upper().translate(ASCII_UPPER)}"

    def name_lower(self, lang: str) -> str:
        return self.rng.choice([self.name_full(lang), self.name_init(lang)]).lower()

    def name_upper(self, lang: str) -> str:
        return self.rng.choice([self.name_full(lang), self.name_married(lang)]).upper()

    # --- e-mail ------------------------------------------------------------------------------------------
    def _local(self) -> str:
        first = self.pick("first").lower().translate(ASCII)
        last = self.pick("surname").lower().replace(" ", "").replace("'", "").translate(ASCII)
        return self.rng.choice(
            [
                f"{first}.{last}",
                f"{first[0]}{last}",
                f"{first}{self.rng.randint(60, 99)}",
                f"{last}.{first[0]}",
                f"{first}_{last}{self.rng.randint(1, 9)}",
                f"{first}-{last}",
            ]
        )

    def email(self, lang: str) -> str:
        return f"{self._local()}@{self.pick('domain')}"

    def email_masked(self, lang: str) -> str:
        local, domain = self._local(), self.pick("domain")
        host, tld = domain.split(".", 1)
        return self.rng.choice(
            [
                f"{local} [at] {host} [dot] {tld}",
                f"{local}(at){domain}",
                f"{local} at {host} dot {tld}",
                f"{local}[@]{domain}",
                f"{local} @ {domain}",
                f"{local.upper()}@{domain.upper()}",
            ]
        )

    def email_spoken(self, lang: str) -> str:
        first = self.pick("first").lower().translate(ASCII)
        last = self.pick("surname").split(" ")[-1].lower().translate(ASCII)
        host = self.pick("domain").split(".")
        if lang == "nl":
            dot, at = "punt", self.rng.choice(["apenstaartje", "at", "apenstaart"])
        else:
            dot, at = "dot", self.rng.choice(["at", "at sign"])
        return f"{first} {dot} {last} {at} {f' {dot} '.join(host)}"

    # --- numbers -----------------------------------------------------------------------------------------
    def phone(self, lang: str) -> str:
        return phone(self.rng)

    def iban(self, lang: str) -> str:
        country = self.rng.choice(["NL", "NL", "NL", "DE", "PL", "TR"])
        iban = make_iban(self.rng, country, self.pool["bank_nl"])
        form = self.rng.choice(["spaced", "spaced", "plain", "lower", "dashed"])
        if form == "spaced":
            return grouped(iban, 4)
        if form == "lower":
            return grouped(iban, 4).lower() if self.rng.random() < 0.5 else iban.lower()
        if form == "dashed":
            return grouped(iban, 4, "-")
        return iban

    def bsn(self, lang: str) -> str:
        bsn = make_bsn(self.rng)
        return self.rng.choice(
            [
                bsn,
                bsn,
                split_at(bsn, [3, 3, 3]),
                split_at(bsn, [4, 2, 3], "."),
                split_at(bsn, [3, 3, 3], "-"),
                split_at(bsn, [2, 3, 4]),
            ]
        )

    def postcode(self, lang: str) -> str:
        number = self.rng.randint(1011, 9999)
        letters = "".join(self.rng.choice("ABCEGHJKLMNPRSTVWXZ") for _ in range(2))
        return self.rng.choice(
            [
                f"{number} {letters}",
                f"{number}{letters}",
                f"{number} {letters.lower()}",
                f"{number}{letters.lower()}",
                f"{number}  {letters}",
            ]
        )

    def address(self, lang: str) -> str:
        number = self.rng.randint(1, 312)
        if lang == "en" and self.rng.random() < 0.4:
            return f"{number} {self.pick('street_en')}"
        if self.rng.random() < 0.12:
            return f"{self.pick('street_de')} {number}"
        extra = self.rng.choice(["", "", "", "a", " B", "-2", " 3-hoog", " bis", "/II", " hs", "-bg", " zw", "C"])
        return f"{self.pick('street_nl')} {number}{extra}"

    def card(self, lang: str) -> str:
        kind = self.rng.choice(["4", "4", "5", "2", "37"])
        if kind == "37":
            number = luhn("37" + digits(self.rng, 12))
            return self.rng.choice([split_at(number, [4, 6, 5]), split_at(number, [4, 6, 5], "-"), number])
        prefix = {"4": "4", "5": "5" + str(self.rng.randint(1, 5)), "2": "22" + str(self.rng.randint(21, 99))}[kind]
        number = luhn(prefix + digits(self.rng, 15 - len(prefix)))
        return self.rng.choice(
            [grouped(number, 4), grouped(number, 4), grouped(number, 4, "-"), number, grouped(number, 4, ".")]
        )

    def dob(self, lang: str) -> str:
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1931, 2011)
        name = MONTHS["en" if lang == "en" else "nl"][month - 1]
        forms = [
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{day}/{month}/{year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day} {name} {year}",
            f"{day} {name[:3]}. {year}",
            f"{day}-{ROMAN[month - 1]}-{year}",
            f"{year}{month:02d}{day:02d}",
            f"{day:02d}/{month:02d}/{str(year)[2:]}",
        ]
        if lang == "en":
            forms += [f"{name} {day}, {year}", f"{day}th {name} {year}", f"{month:02d}/{day:02d}/{year}"]
        else:
            forms += [f"{day} {name} '{str(year)[2:]}", f"{day:02d}{month:02d}{year}"]
        return self.rng.choice(forms)

    def plate(self, lang: str) -> str:
        kind = self.rng.choice(["nl", "nl", "nl", "nl", "de", "pl", "tr"])
        if kind == "nl":
            plate = nl_plate(self.rng)
            return self.rng.choice([plate, plate, plate.replace("-", ""), plate.lower(), plate.replace("-", " ")])
        return {"de": de_plate, "pl": pl_plate, "tr": tr_plate}[kind](self.rng)

    def plate_nl(self, lang: str) -> str:
        plate = nl_plate(self.rng)
        return self.rng.choice([plate, plate.replace("-", ""), plate.lower()])

    def customer_number(self, lang: str) -> str:
        return self.rng.choice(
            [
                digits(self.rng, 7),
                f"{digits(self.rng, 3)} {digits(self.rng, 4)}",
                f"M-{digits(self.rng, 6)}",
                f"{self.rng.choice(['MP', 'CS', 'BK'])}{digits(self.rng, 8)}",
            ]
        )

    def customer_number_ff(self, lang: str) -> str:
        number = digits(self.rng, 10)
        return self.rng.choice(
            [number, split_at(number, [4, 3, 3]), "TK" + digits(self.rng, 9), f"{digits(self.rng, 9)}"]
        )

    def customer_number_lib(self, lang: str) -> str:
        number = "2" + digits(self.rng, 13)
        return self.rng.choice([number, split_at(number, [1, 4, 5, 4]), split_at(number, [4, 4, 4, 2])])

    def customer_number_club(self, lang: str) -> str:
        letters = "".join(self.rng.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(4))
        return self.rng.choice(
            [
                f"{letters}{digits(self.rng, 2)}{self.rng.choice('BCDFGHJK')}",
                f"{self.rng.randint(100, 2999)}",
                f"LID-{digits(self.rng, 5)}",
            ]
        )

    def customer_number_pat(self, lang: str) -> str:
        return self.rng.choice(
            [digits(self.rng, 8), f"P{digits(self.rng, 7)}", split_at(digits(self.rng, 9), [3, 3, 3])]
        )
