"""Fillers of the held-out test_v5 split: its own pools (`privacy_fillers_v5_pools`) and its own formats for
every kind of personal data, so that a score on it says how the redaction copes with text it was never shaped on.

Written by someone who never saw the redaction rules and scored once by someone else: do not tune on it and do
not copy its values into dev or the word lists. Names, e-mail and phone numbers live in
`privacy_fillers_v5_contact`, number spelling and checksums in `privacy_fillers_v5_formats`.

Conventions: a postcode slot may name its town (`POSTCODE_ZWOLLE`), so that the template can write the town after
it and the two agree; Belgian postcodes are four digits without the 'B-'; an address is street, number and
addition ('bus 3', '-III', ' hs'), never the postcode or town; customer numbers are the numbers of an account,
contract, policy, membership or case file, never of an order, parcel, invoice or product.
"""

from __future__ import annotations

import calendar

import benchmarks.privacy_fillers_v5_pools  # noqa: F401  (registers POOLS["test_v5"])
from benchmarks.privacy_fillers import DIGIT_WORDS, _group, _iban, _luhn_complete
from benchmarks.privacy_fillers_v5_contact import ContactFillersV5
from benchmarks.privacy_fillers_v5_formats import (
    EN_ORDINALS,
    MONTHS,
    digits,
    en_year,
    iban_be,
    iban_de,
    iban_fr,
    nl_number,
    nl_year,
    plate_be,
    plate_de,
    plate_nl,
    plate_uk,
)

# Postcode ranges of the towns templates name, so '8017 KB Zwolle' is a Zwolle postcode.
NL_TOWNS = {
    "AMSTERDAM": (1011, 1109), "ROTTERDAM": (3011, 3089), "UTRECHT": (3511, 3585), "GRONINGEN": (9711, 9747),
    "ZWOLLE": (8011, 8048), "TILBURG": (5011, 5049), "NIJMEGEN": (6511, 6546), "APELDOORN": (7311, 7339),
    "LEEUWARDEN": (8911, 8941), "MAASTRICHT": (6211, 6229), "HAARLEM": (2011, 2037), "BREDA": (4811, 4839),
    "ALMERE": (1311, 1365), "ENSCHEDE": (7511, 7548), "LEIDEN": (2311, 2334), "DEVENTER": (7411, 7439),
    "EINDHOVEN": (5611, 5658), "VENLO": (5911, 5935), "DEN_HAAG": (2491, 2599), "ARNHEM": (6811, 6846),
}  # fmt: skip
BE_TOWNS = {
    "ANTWERPEN": ["2000", "2018", "2020", "2060", "2100", "2140", "2600"], "GENT": ["9000", "9030", "9040", "9050"],
    "LEUVEN": ["3000", "3001", "3010", "3012"], "BRUGGE": ["8000", "8200", "8310"], "HASSELT": ["3500", "3510"],
    "MECHELEN": ["2800"], "KORTRIJK": ["8500"], "GENK": ["3600"], "SINT_NIKLAAS": ["9100"], "AALST": ["9300"],
}  # fmt: skip
NL_POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"


class FillersV5(ContactFillersV5):
    """Every fill method of `Fillers` overridden with test_v5's own values and formats."""

    def fill(self, slot: str, lang: str) -> str:
        town = slot.removeprefix("POSTCODE_")
        if slot.startswith("POSTCODE_") and town in NL_TOWNS:
            return self._nl_postcode(*NL_TOWNS[town])
        if slot.startswith("POSTCODE_") and town in BE_TOWNS:
            return self.rng.choice(BE_TOWNS[town])
        return super().fill(slot, lang)

    # Bank accounts.
    def _spell_iban(self, iban: str) -> str:
        spaced = _group(iban, [4] * 9)
        options = [spaced, spaced, iban, spaced.lower(), iban.lower()]
        if iban.startswith("NL"):
            options.append(f"{iban[:8]} {iban[8:]}")
        return self.rng.choice(options)

    def iban(self, lang: str) -> str:
        return self._spell_iban(_iban("NL", self.pick("bank") + digits(self.rng, 10)))

    def iban_be(self, lang: str) -> str:
        return self._spell_iban(iban_be(self.rng, self.pick("be_bank")))

    def iban_de(self, lang: str) -> str:
        return self._spell_iban(iban_de(self.rng, self.pick("de_blz")))

    def iban_fr(self, lang: str) -> str:
        return self._spell_iban(iban_fr(self.rng, self.pick("fr_bank")))

    def iban_any(self, lang: str) -> str:
        return self.rng.choice([self.iban, self.iban, self.iban_be, self.iban_de, self.iban_fr])(lang)

    # Citizen service numbers: nine digits passing the 11-test, a leading zero now and then.
    def _bsn(self) -> str:
        while True:
            first = [0 if self.rng.random() < 0.15 else self.rng.randint(1, 9)] + [
                self.rng.randint(0, 9) for _ in range(7)
            ]
            last = sum(d * w for d, w in zip(first, range(9, 1, -1), strict=True)) % 11
            if last < 10 and any(first):
                return "".join(map(str, [*first, last]))

    def bsn(self, lang: str) -> str:
        bsn = self._bsn()
        return self.rng.choice(
            [bsn, bsn, _group(bsn, [3, 3, 3]), _group(bsn, [3, 3, 3], "."), _group(bsn, [4, 2, 3], ".")]
        )

    def bsn_spoken(self, lang: str) -> str:
        words = [DIGIT_WORDS[lang][int(char)] for char in self._bsn()]
        return self.rng.choice([" ".join(words), ", ".join(" ".join(words[i : i + 3]) for i in (0, 3, 6))])

    # Postcodes.
    def _nl_postcode(self, low: int, high: int) -> str:
        number = self.rng.randint(low, high)
        letters = "".join(self.rng.choice(NL_POSTCODE_LETTERS) for _ in range(2))
        while letters in ("SA", "SD", "SS"):
            letters = "".join(self.rng.choice(NL_POSTCODE_LETTERS) for _ in range(2))
        return self.rng.choice([f"{number} {letters}", f"{number} {letters}", f"{number}{letters}"] +
                               [f"{number} {letters.lower()}", f"{number}{letters.lower()}"])  # fmt: skip

    def postcode(self, lang: str) -> str:
        return self._nl_postcode(1011, 9999)

    def postcode_be(self, lang: str) -> str:
        return self.rng.choice(self.rng.choice(list(BE_TOWNS.values())))

    def postcode_uk(self, lang: str) -> str:
        inward = f"{self.rng.randint(1, 9)}{''.join(self.rng.choice('ABDEFGHJLNPQRSTUWXYZ') for _ in range(2))}"
        outward = self.pick("uk_outward")
        return f"{outward} {inward}" if self.rng.random() < 0.85 else f"{outward}{inward}"

    # Addresses: street, number, addition.
    def address(self, lang: str) -> str:
        addition = self.rng.choice(["", "", "", "", "A", "a", "-1", "-2", " II", "-III", " hs", "-huis", " bis", " B"])
        return f"{self.pick('street_nl')} {self.rng.randint(1, 260)}{addition}"

    def address_be(self, lang: str) -> str:
        addition = self.rng.choice(["", "", f" bus {self.rng.randint(1, 12)}", f"/{self.rng.randint(1, 4)}", "A"])
        return f"{self.pick('street_be')} {self.rng.randint(1, 180)}{addition}"

    def address_en(self, lang: str) -> str:
        return f"{self.rng.randint(1, 140)}{self.rng.choice(['', '', '', 'a', 'b'])} {self.pick('street_en')}"

    def address_de(self, lang: str) -> str:
        return f"{self.pick('street_de')} {self.rng.randint(1, 90)}{self.rng.choice(['', '', 'a'])}"

    # Payment cards, all passing the Luhn check.
    def _spell_card(self, number: str, sizes: list[int]) -> str:
        return self.rng.choice([_group(number, sizes), _group(number, sizes), number, _group(number, sizes, "-")])

    def card(self, lang: str) -> str:
        prefix = self.rng.choice(["4", "4", "51", "53", "55", str(self.rng.randint(2221, 2720))])
        return self._spell_card(_luhn_complete(prefix + digits(self.rng, 15 - len(prefix))), [4, 4, 4, 4])

    def card_amex(self, lang: str) -> str:
        return self._spell_card(_luhn_complete(self.rng.choice(["34", "37"]) + digits(self.rng, 12)), [4, 6, 5])

    def card_maestro(self, lang: str) -> str:
        if self.rng.random() < 0.5:  # Belgian Bancontact/Maestro, 17 digits
            return self._spell_card(_luhn_complete("6703" + digits(self.rng, 12)), [4, 4, 4, 4, 1])
        return self._spell_card(_luhn_complete(self.rng.choice(["6759", "5018", "6761"]) + digits(self.rng, 14)),
                                [4, 4, 4, 4, 3])  # fmt: skip

    # Dates of birth.
    def _date(self, first: int = 1938, last: int = 2006) -> tuple[int, int, int]:
        year, month = self.rng.randint(first, last), self.rng.randint(1, 12)
        return self.rng.randint(1, calendar.monthrange(year, month)[1]), month, year

    def dob(self, lang: str) -> str:
        day, month, year = self._date()
        if lang == "en":
            return self.dob_en(lang)
        return self.rng.choice(
            [
                f"{day:02d}-{month:02d}-{year}",
                f"{day}-{month}-{year}",
                f"{day:02d}/{month:02d}/{year}",
                f"{day}-{month}-'{str(year)[2:]}",
                f"{day}-{month}-{str(year)[2:]}",
                f"{year}-{month:02d}-{day:02d}",
                f"{day:02d}.{month:02d}.{year}",
            ]
        )

    def dob_written(self, lang: str) -> str:
        day, month, year = self._date()
        name = MONTHS["nl"][month - 1]
        return self.rng.choice([f"{day} {name} {year}", f"{day} {name} {year}", f"{day} {name[:3]}. {year}"])

    def dob_child(self, lang: str) -> str:
        day, month, year = self._date(2007, 2013)
        return self.rng.choice([f"{day} {MONTHS['nl'][month - 1]} {year}", f"{day:02d}-{month:02d}-{year}"])

    def dob_spoken(self, lang: str) -> str:
        day, month, year = self._date()
        if lang == "en":
            return f"{EN_ORDINALS[day - 1]} of {MONTHS['en'][month - 1]} {en_year(year)}"
        return f"{nl_number(day)} {MONTHS['nl'][month - 1]} {nl_year(year)}"

    def dob_en(self, lang: str) -> str:
        day, month, year = self._date()
        name = MONTHS["en"][month - 1]
        suffix = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self.rng.choice(
            [
                f"{day} {name} {year}",
                f"{name} {day}, {year}",
                f"{day}{suffix} {name} {year}",
                f"{name} {day}{suffix}, {year}",
                f"{day:02d}/{month:02d}/{year}",
                f"{day} {name[:3]} {year}",
                f"{day}-{name[:3]}-{year}",
            ]
        )

    # Number plates.
    def plate(self, lang: str) -> str:
        plate = plate_nl(self.rng)
        return self.rng.choice([plate, plate, plate, plate.replace("-", ""), plate.lower()])

    def plate_be(self, lang: str) -> str:
        plate = plate_be(self.rng)
        return self.rng.choice([plate, plate, plate.replace("-", ""), plate.replace("-", " ")])

    def plate_de(self, lang: str) -> str:
        return plate_de(self.rng, self.pick("de_area"))

    def plate_uk(self, lang: str) -> str:
        plate = plate_uk(self.rng)
        return plate if self.rng.random() < 0.8 else plate.replace(" ", "")

    # Numbers of an account, contract, policy, membership or case file.
    def customer_number(self, lang: str) -> str:
        number = digits(self.rng, 9)
        return self.rng.choice(
            [number, number[:8], f"K{number[:7]}", f"{number[:4]} {number[4:]}", f"KL-{number[:4]}-{number[4:8]}"]
        )

    def customer_number_contract(self, lang: str) -> str:
        code = "".join(self.rng.choice("0123456789BCDFGHJKLMNPQRSTVWXZ") for _ in range(6))
        return self.rng.choice([f"1-{code}", f"CT-{self.rng.randint(2019, 2025)}-{digits(self.rng, 6)}",
                                digits(self.rng, 10), f"ABO{digits(self.rng, 7)}"])  # fmt: skip

    def customer_number_policy(self, lang: str) -> str:
        number = digits(self.rng, 8)
        return self.rng.choice([f"{number[:7]}-{digits(self.rng, 3)}", f"AV {number}", f"{number[:2]}.{number[2:5]}"
                                f".{number[5:]}", f"POL{number}", f"NF-{number[:7]}"])  # fmt: skip

    def customer_number_case(self, lang: str) -> str:
        year = self.rng.randint(2022, 2025)
        return self.rng.choice([f"DOS-{year}-{digits(self.rng, 6)}", f"{year}/{digits(self.rng, 6)}",
                                f"Z-{digits(self.rng, 6)}", f"S{str(year)[2:]}-{digits(self.rng, 5)}",
                                f"{digits(self.rng, 3)}.{digits(self.rng, 3)}.{digits(self.rng, 2)}"])  # fmt: skip

    def customer_number_member(self, lang: str) -> str:
        number = digits(self.rng, 8)
        return self.rng.choice([f"{number[:4]} {number[4:]}", f"M-{number[:6]}", number, f"LID{number[:6]}"])
