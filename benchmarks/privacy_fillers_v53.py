"""Fillers of the held-out split test_v53 (seed 263): customers of libraries and municipal desks, bike and scooter
sharing, parking and EV charging, salons, gyms, photographers, pet sitters, music and tutoring schools, cleaning
platforms and child care, from Dutch, Flemish and many other backgrounds. Written without seeing the rules."""

from __future__ import annotations

import benchmarks.privacy_fillers_v53_pools  # noqa: F401  (registers POOLS["test_v53"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v53_numbers import (
    MONTHS,
    belgian_bban,
    digits,
    elfproef,
    en_number,
    iban_for,
    luhn,
    nl_number,
    say_digits,
    say_pairs,
    say_year,
    split_in,
)

_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
_PLATE_CODES = ("LL-99-LL", "99-LLL-9", "9-LLL-99", "LL-999-L", "L-999-LL", "LLL-99-L", "L-99-LLL", "9-LL-999",
                "999-LL-9", "LL-LL-99", "99-LL-LL", "LLL-9-LL")  # fmt: skip
_ASCII = str.maketrans("çğıöşüéèëïłńśóąęźżėūųšžčāõãâêô", "cgiosueeeilnsoaezzeuuszcaoaaeo")
_SAY_LETTER = dict(
    zip(
        "ABCDEFGHJKLMNPRTVWXZ",
        "a bee cee dee ee ef gee ha jee ka el em en pee er tee vee wee iks zet".split(),
        strict=True,
    )
)


class FillersV53(Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN, BSN*, POSTCODE*, ADDRESS*, CARD, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _letters(self) -> str:
        return "".join(f"{c}." for c in self.rng.sample("ABCDEFGHJKLMNPRSTW", self.rng.choice((1, 2, 2, 3))))

    # ---- names
    def name_full(self, lang: str) -> str:
        return f"{self.pick('first')} {self.pick('surname')}"

    def name_first(self, lang: str) -> str:
        return self.pick("first")

    def name_child(self, lang: str) -> str:
        return self.pick("child")

    def name_surname(self, lang: str) -> str:
        surname = self.pick("surname")
        return surname[0].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        return f"{self._letters()} {self.pick('surname')}"

    def name_upper(self, lang: str) -> str:
        return self.name_full(lang).upper()

    def name_lower(self, lang: str) -> str:
        return self._one(self.name_full(lang), self.pick("first")).lower()

    def name_reversed(self, lang: str) -> str:
        """As in CSV exports and agendas: 'Kovalenko, Oleksandra' or 'KOVALENKO Oleksandra'."""
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(f"{surname}, {first}", f"{surname.upper()} {first}", f"{surname}, {self._letters()}")

    # ---- e-mail
    def _box(self) -> tuple[str, str]:
        first = self.pick("first").lower().translate(_ASCII).replace("'", "")
        last = self.pick("surname").lower().translate(_ASCII).replace("'", "").replace(" ", "")
        box = self._one(f"{first}.{last}", f"{last}.{first[0]}", f"{first}{self.rng.randint(70, 99)}",
                        f"{first[0]}{last}", f"{first}_{last}{self.rng.randint(1, 9)}", f"{last}-{first}")  # fmt: skip
        return box, self.pick("domain")

    def email(self, lang: str) -> str:
        box, domain = self._box()
        value = f"{box}@{domain}"
        return value.upper() if self.rng.random() < 0.1 else value

    def email_spoken(self, lang: str) -> str:
        box, domain = self._box()
        at, dot, line = ("apenstaartje", "punt", "liggend streepje") if lang == "nl" else ("at", "dot", "underscore")
        at = self._one(at, "at", "@") if lang == "nl" else at
        said = f"{box} {at} {domain}".replace(".", f" {dot} ").replace("_", f" {line} ")
        return said.replace("-", " streepje " if lang == "nl" else " hyphen ").replace("  ", " ")

    # ---- phones
    def phone(self, lang: str) -> str:
        tail = digits(self.rng, 8)
        return self._one(
            f"06 {split_in(tail, (3, 3, 2))}", f"06-{split_in(tail, (4, 4))}", f"+31 6 {split_in(tail, (4, 4))}",
            f"0031-6-{tail}", f"+31(0)6{tail}", f"06 {tail}", f"+31 6 {split_in(tail, (2, 2, 2, 2), '-')}",
            self.phone_landline(lang), self.phone_landline(lang),
        )  # fmt: skip

    def phone_landline(self, lang: str) -> str:
        area = self._one("036", "0320", "010", "0114", "0115", "0117", "0118", "020", "0341", "078")
        rest = digits(self.rng, 10 - len(area), lead=True)
        groups = (3, 2, 2) if len(rest) == 7 else (2, 2, 2)
        return self._one(f"{area} - {split_in(rest, groups)}", f"{area}-{rest}", f"{area} {rest}",
                         f"+31 {area[1:]} {rest}")  # fmt: skip

    def phone_intl(self, lang: str) -> str:
        return self._one(
            f"+32 4{digits(self.rng, 2)} {split_in(digits(self.rng, 6), (2, 2, 2))}",
            f"04{digits(self.rng, 2)}/{split_in(digits(self.rng, 6), (2, 2, 2), '.')}",
            f"+380 {self._one('67', '50', '93')} {split_in(digits(self.rng, 7), (3, 2, 2))}",
            f"+48 {split_in('5' + digits(self.rng, 8), (3, 3, 3))}",
            f"+599 9 {digits(self.rng, 3)} {digits(self.rng, 4)}",
            f"+597 8{digits(self.rng, 2)}-{digits(self.rng, 4)}",
            f"+234 80{digits(self.rng, 1)} {digits(self.rng, 3)} {digits(self.rng, 4)}",
            f"+370 6{digits(self.rng, 2)} {digits(self.rng, 5)}",
            f"+351 91{digits(self.rng, 1)} {digits(self.rng, 3)} {digits(self.rng, 3)}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if self.rng.random() < 0.5:
            return say_pairs(number, lang)
        if self.rng.random() < 0.5:  # voicemail-to-text mixing words and digits
            return f"{say_digits(number[:2], lang)} {split_in(number[2:], (2, 2, 2, 2))}"
        return say_digits(number, lang)

    # ---- bank and card
    def iban(self, lang: str) -> str:
        roll = self.rng.random()
        if roll < 0.7:
            value = iban_for("NL", self.pick("bank") + digits(self.rng, 10))
        elif roll < 0.85:
            value = iban_for("BE", belgian_bban(self.rng))
        else:
            value = self._one(
                iban_for("LT", "32500" + digits(self.rng, 11)),
                iban_for("PT", "0035" + digits(self.rng, 17)),
                iban_for("PL", digits(self.rng, 24)),
            )
        spaced = split_in(value, (4,) * 8)
        return self._one(value, spaced, spaced, spaced.lower(), value.lower(), split_in(value, (2, 2, 4, 4, 4, 2)))

    def card(self, lang: str) -> str:
        prefix = self._one("4", "4", "53", "2221", "6759")
        size = 19 if prefix == "6759" else 16
        number = luhn(prefix + digits(self.rng, size - 1 - len(prefix)))
        if size == 19:
            return self._one(number, split_in(number, (4, 4, 4, 4, 3)))
        return self._one(number, split_in(number, (4, 4, 4, 4)), split_in(number, (4, 4, 4, 4), "."))

    # ---- BSN, postcode, address
    def bsn(self, lang: str) -> str:
        value = elfproef(self.rng)
        return self._one(value, value, split_in(value, (3, 3, 3)), split_in(value, (3, 3, 3), "."),
                         split_in(value, (2, 3, 4), " "), split_in(value, (4, 5), "-"))  # fmt: skip

    def bsn_spoken(self, lang: str) -> str:
        return say_digits(elfproef(self.rng), lang)

    def _postcode_parts(self) -> tuple[str, str]:
        while True:
            letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRTVWXZ") for _ in range(2))
            if letters not in ("SA", "SD", "SS"):
                return str(self.rng.randint(1011, 9999)), letters

    def postcode(self, lang: str) -> str:
        number, letters = self._postcode_parts()
        return self._one(f"{number} {letters}", f"{number}{letters}", f"{number}{letters.lower()}",
                         f"{number}-{letters}", f"{number}  {letters}", f"{number} {letters.lower()}")  # fmt: skip

    def postcode_spoken(self, lang: str) -> str:
        number, letters = self._postcode_parts()
        if lang == "nl":
            said = f"{nl_number(int(number[:2]))} {nl_number(int(number[2:]))}" if number[2] != "0" else None
            said = said or say_digits(number, "nl")
            return f"{said} {' '.join(_SAY_LETTER[c] for c in letters)}"
        return f"{say_digits(number, 'en')} {' '.join(letters)}"

    def address(self, lang: str) -> str:
        house = self.rng.randint(1, 288)
        extra = self._one("", "", "", "", "A", " B", "-4", " 2-hoog", "-bis", " unit 3")
        return f"{self.pick('street')} {house}{extra}"

    def address_upper(self, lang: str) -> str:
        return self.address(lang).upper()

    def address_be(self, lang: str) -> str:
        return f"{self.pick('street_be')} {self.rng.randint(1, 180)}{self._one('', '', ' bus 2', ' bus 101', '/3')}"

    # ---- dates of birth
    def _birth(self, low: int = 1939, high: int = 2007) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(low, high)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = MONTHS[lang][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}", f"{day}/{month}/{year}", f"{year}-{month:02d}-{day:02d}",
            f"{day} {name} {year}", f"{day:02d}.{month:02d}.{year}", f"{day}-{month}-'{year % 100:02d}",
            f"{day} {name.lower()[:3]}. {year}", f"{day:02d}/{month:02d}/{year % 100:02d}",
        )  # fmt: skip

    def dob_iso(self, lang: str) -> str:
        day, month, year = self._birth()
        return f"{year}-{month:02d}-{day:02d}"

    def dob_spoken(self, lang: str) -> str:
        day, month, year = self._birth()
        name = MONTHS[lang][month - 1]
        if lang == "nl":
            return self._one(f"{nl_number(day)} {name} {say_year(year, 'nl')}", f"{day} {name} {say_year(year, 'nl')}")
        return self._one(f"{en_number(day)} {name} {say_year(year, 'en')}", f"{name} {day}, {say_year(year, 'en')}")

    def dob_child(self, lang: str) -> str:
        day, month, year = self._birth(2013, 2023)
        return self._one(
            f"{day:02d}-{month:02d}-{year}", f"{day} {MONTHS[lang][month - 1]} {year}", f"{day}/{month}/{year}"
        )

    # ---- number plates
    def plate(self, lang: str) -> str:
        code = self.rng.choice(_PLATE_CODES)
        value = "".join(
            self.rng.choice(_PLATE_LETTERS) if c == "L" else str(self.rng.randrange(10)) if c == "9" else c
            for c in code
        )
        return self._one(value, value, value.replace("-", ""), value.lower(), value.replace("-", " "))

    def plate_be(self, lang: str) -> str:
        value = (
            f"{self.rng.randint(1, 2)}-{''.join(self.rng.sample('ABCDEFGHJKLMNPRSTUVWXYZ', 3))}-{digits(self.rng, 3)}"
        )
        return self._one(value, value.replace("-", ""), value.replace("-", " "))

    # ---- customer, member and card numbers
    def customer_number(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 8, True), f"KL{digits(self.rng, 6)}", f"{digits(self.rng, 3)}-{digits(self.rng, 5)}"
        )

    def customer_number_library(self, lang: str) -> str:
        barcode = "2" + digits(self.rng, 13)
        return self._one(barcode, split_in(barcode, (1, 4, 5, 4)), f"BIB{digits(self.rng, 7)}")

    def customer_number_member(self, lang: str) -> str:
        return self._one(f"M-{self._one('2024', '2025', '2026')}-{digits(self.rng, 5)}", f"LID{digits(self.rng, 6)}",
                         f"{digits(self.rng, 2)}.{digits(self.rng, 4)}.{digits(self.rng, 2)}")  # fmt: skip

    def customer_number_ov(self, lang: str) -> str:
        ov = "3528" + digits(self.rng, 12)
        return self._one(split_in(ov, (4, 4, 4, 4)), ov, split_in(ov, (4, 4, 4, 4), "-"))

    def customer_number_charge(self, lang: str) -> str:
        """EV charging card (eMSP contract) IDs."""
        provider = self._one("TNM", "SHL", "ALL", "EVB", "VAT")
        contract = f"NL-{provider}-C{digits(self.rng, 8)}-{self.rng.choice('ABCDEFGHJKX')}"
        return self._one(contract, contract, contract.replace("-", ""), f"{provider}-{digits(self.rng, 8)}")

    def customer_number_platform(self, lang: str) -> str:
        return self._one(
            f"HH-{digits(self.rng, 6)}",
            f"rel. {digits(self.rng, 5, True)}",
            f"GO{digits(self.rng, 5)}/{digits(self.rng, 2)}",
        )

    def customer_number_spoken(self, lang: str) -> str:
        return say_digits(digits(self.rng, 7, True), lang)
