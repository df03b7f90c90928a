"""Fillers of the held-out split test_v55 (seed 271): customers of web shops and marketplaces, airlines, hotels,
holiday parks, lease and rental firms, roadside assistance, telecom, bank fraud desks, debt collectors, lotteries,
charities and energy suppliers; Dutch, Flemish, Walloon, Luxembourgish and many other backgrounds."""

from __future__ import annotations

import benchmarks.privacy_fillers_v55_pools  # noqa: F401  (registers POOLS["test_v55"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v55_numbers import (
    MONTHS,
    chunks,
    digits,
    elfproef,
    luhn,
    mod97_iban,
    say,
    split_at,
)

_LETTERS = "BDFGHJKLNPRSTVXZ"
_NL_PLATES = ("LL-DD-DD", "DD-LL-LL", "DD-LLL-D", "L-DDD-LL", "LLL-DD-L", "D-LL-DDD", "LL-DDD-L", "DDD-LL-D")
_AREA = ("0113", "0118", "0111", "058", "0515", "045", "013", "020", "0162", "046")


class FillersV55(Fillers):
    """Slots: NAME_*, EMAIL_*, PHONE_*, IBAN_*, BSN_*, POSTCODE_*, ADDRESS_*, CARD_*, DOB_*, PLATE_*,
    CUSTOMER_NUMBER_*."""

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _surname(self) -> str:
        name = self.pick("surname")
        return name[0].upper() + name[1:]

    # ---- names
    def name_full(self, lang: str) -> str:
        return f"{self.pick('first')} {self.pick('surname')}"

    def name_first(self, lang: str) -> str:
        return self.pick("first")

    def name_surname(self, lang: str) -> str:
        return self._surname()

    def name_initials(self, lang: str) -> str:
        initials = "".join(f"{c}." for c in self.rng.sample("ABCDGHJKLMNRSTW", self.rng.randint(1, 3)))
        return f"{initials} {self.pick('surname')}"

    def name_airline(self, lang: str) -> str:
        """Ticket and boarding-pass order: SURNAME/GIVENNAME, no title."""
        return f"{self.pick('surname').upper().replace(' ', '')}/{self.pick('first').upper()}"

    def name_upper(self, lang: str) -> str:
        return self.name_full(lang).upper()

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    # ---- e-mail
    def _local(self) -> str:
        first = self.pick("first").lower().replace(" ", "")
        last = self.pick("surname").lower().replace(" ", "").replace("'", "")
        return self._one(
            f"{first}.{last}", f"{first[0]}{last}", f"{last}.{first}", f"{first}{digits(self.rng, 2)}",
            f"{first}_{last[:4]}", f"{last}{digits(self.rng, 4)}", f"{first}-{last}",
        )  # fmt: skip

    def email(self, lang: str) -> str:
        return f"{self._local()}@{self.pick('domain')}"

    def email_upper(self, lang: str) -> str:
        return self.email(lang).upper()

    def email_hidden(self, lang: str) -> str:
        """Written to dodge scrapers: 'naam [at] domein [dot] nl' or '(at)' / '(punt)'."""
        at, dot = self.rng.choice(((" [at] ", " [dot] "), ("(at)", "(punt)"), (" at ", " punt "), ("@", " . ")))
        return f"{self._local()}{at}{self.pick('domain').replace('.', dot)}"

    def email_spoken(self, lang: str) -> str:
        at, dot = ("apenstaart", "punt") if lang == "nl" else ("at", "dot")
        local = self._local().replace(".", f" {dot} ").replace("_", " underscore ").replace("-", " streepje ")
        return f"{local} {at} {self.pick('domain').replace('.', f' {dot} ')}"

    # ---- phone
    def phone(self, lang: str) -> str:
        mobile = "6" + digits(self.rng, 8)
        area = self.rng.choice(_AREA)
        land = area + digits(self.rng, 10 - len(area), first_nonzero=True)
        return self._one(
            "0" + mobile, f"0{mobile[0]}-{mobile[1:]}", f"+31{mobile}", f"+31 (0){mobile[0]} {chunks(mobile[1:], 2)}",
            f"0{mobile[0]} {split_at(mobile[1:], (3, 3, 2))}", f"{area}-{land[len(area):]}",
            f"({area}) {land[len(area):]}", f"+31 {land[1:len(area)]} {land[len(area):]}",
            f"+32 4{digits(self.rng, 2)} {digits(self.rng, 2)} {digits(self.rng, 2)} {digits(self.rng, 2)}",
            f"+352 621 {digits(self.rng, 3)} {digits(self.rng, 3)}", f"00212 6{digits(self.rng, 8)}",
            f"0032 {digits(self.rng, 1, True)} {digits(self.rng, 3)} {digits(self.rng, 2)} {digits(self.rng, 2)}",
        )  # fmt: skip

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if self.rng.random() < 0.5:
            return ", ".join(say(part, lang) for part in split_at(number, (2, 2, 2, 2, 2)).split())
        return say(number, lang)

    def phone_dtmf(self, lang: str) -> str:
        """As logged by an IVR: the keys pressed, often with the closing hash."""
        return self._one("06", "0031 6", "316").replace(" ", "") + digits(self.rng, 8) + self._one("#", "", "")

    # ---- bank account
    def _iban(self) -> str:
        kind = self.rng.random()
        if kind < 0.7:
            return mod97_iban("NL", self.pick("bank") + digits(self.rng, 10))
        if kind < 0.9:
            return mod97_iban("BE", digits(self.rng, 12))
        return mod97_iban("LU", digits(self.rng, 3) + digits(self.rng, 13))

    def iban(self, lang: str) -> str:
        iban = self._iban()
        return self._one(iban, chunks(iban, 4), chunks(iban, 4).lower(), chunks(iban, 4, "-"), iban.lower())

    def iban_spoken(self, lang: str) -> str:
        iban = mod97_iban("NL", self.pick("bank") + digits(self.rng, 10))
        return f"{' '.join(iban[:2])} {say(iban[2:4], lang)} {iban[4:8]} {say(iban[8:], lang)}"

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = elfproef(self.rng)
        return self._one(bsn, bsn, split_at(bsn, (3, 3, 3)), split_at(bsn, (3, 3, 3), "."), split_at(bsn, (4, 5)))

    def bsn_spoken(self, lang: str) -> str:
        return say(elfproef(self.rng), lang)

    # ---- postcode and address
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        letters = self.rng.choice("ABCEGHJKLMNPRSTVWXZ") + self.rng.choice("ABCEGHJKLMNPRTVWXZ")
        return self._one(
            f"{number} {letters}", f"{number}{letters}", f"{number} {letters.lower()}", f"{number}-{letters}",
            f"{number}  {letters}",
        )  # fmt: skip

    def postcode_spoken(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        letters = self.rng.choice("BDGHKLMNRSTVZ") + self.rng.choice("ABCEHJKLNPRTW")
        return f"{say(number, lang)} {' '.join(letters)}"

    def _house(self) -> str:
        return str(self.rng.randint(1, 260)) + self._one("", "", "", "A", "-2", " bis", "b", " zw")

    def address(self, lang: str) -> str:
        if lang == "en" and self.rng.random() < 0.4:
            return f"{self.rng.randint(1, 120)} {self.pick('street_en')}"
        return f"{self.pick('street')} {self._house()}"

    def address_be(self, lang: str) -> str:
        street, number = self.pick("street_be"), str(self.rng.randint(1, 180))
        if street.startswith(("Rue", "Chaussée", "Avenue", "Grand", "Route")):
            return self._one(
                f"{street} {number}", f"{number}, {street}", f"{street} {number} bte {self.rng.randint(1, 9)}"
            )
        return self._one(f"{street} {number}", f"{street} {number} bus {self.rng.randint(1, 12)}")

    def address_upper(self, lang: str) -> str:
        return self.address(lang).upper()

    # ---- card
    def card(self, lang: str) -> str:
        kind = self.rng.random()
        if kind < 0.2:
            amex = luhn(self._one("34", "37"), 15, self.rng)
            return self._one(split_at(amex, (4, 6, 5)), amex)
        number = luhn(self._one("4", "51", "53", "55", "2221", "6703"), 16, self.rng)
        return self._one(chunks(number, 4), number, chunks(number, 4, "-"), chunks(number, 4, "."))

    # ---- date of birth
    def dob(self, lang: str) -> str:
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1938, 2007)
        long = MONTHS["nl_long" if lang == "nl" else "en"][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}", f"{day}/{month}/{year}", f"{day:02d}.{month:02d}.{year}",
            f"{day} {long} {year}", f"{year}-{month:02d}-{day:02d}", f"{day:02d}{month:02d}{year}",
            f"{day}-{MONTHS['nl'][month - 1]}-{str(year)[2:]}" if lang == "nl" else f"{long} {day}, {year}",
        )  # fmt: skip

    def dob_upper(self, lang: str) -> str:
        """Airline and passport style: 14MAR1987."""
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1940, 2006)
        return f"{day:02d}{MONTHS['en'][month - 1][:3].upper()}{year}"

    # ---- licence plate
    def plate(self, lang: str) -> str:
        code = self.rng.choice(_NL_PLATES)
        plate = "".join(
            self.rng.choice(_LETTERS) if c == "L" else str(self.rng.randint(0, 9)) if c == "D" else c for c in code
        )
        return self._one(plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    def plate_be(self, lang: str) -> str:
        letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        plate = f"{self.rng.randint(1, 2)}-{letters}-{digits(self.rng, 3)}"
        return self._one(plate, plate.replace("-", ""), plate.replace("-", " "))

    # ---- customer numbers (all tie one person to an account)
    def customer_number(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 8, True), f"K{digits(self.rng, 7)}", f"{digits(self.rng, 3, True)}-{digits(self.rng, 4)}"
        )

    def customer_number_telecom(self, lang: str) -> str:
        return self._one(
            f"1.{digits(self.rng, 8)}",
            f"KPN{digits(self.rng, 9)}",
            digits(self.rng, 10, True),
            f"OD-{digits(self.rng, 7)}",
        )

    def customer_number_lease(self, lang: str) -> str:
        return self._one(
            f"LC{digits(self.rng, 6)}/{digits(self.rng, 2)}",
            f"{digits(self.rng, 7, True)}-01",
            f"HUUR-{digits(self.rng, 6)}",
        )

    def customer_number_debt(self, lang: str) -> str:
        """Dossier at a collector or bailiff: bound to one debtor."""
        return self._one(
            f"{digits(self.rng, 2)}.{digits(self.rng, 6)}.{digits(self.rng, 2)}",
            f"D{digits(self.rng, 8)}",
            f"INC/{digits(self.rng, 7)}",
        )

    def customer_number_member(self, lang: str) -> str:
        """Lottery participant, donor, frequent flyer or loyalty member."""
        return self._one(
            f"{digits(self.rng, 9, True)}",
            f"FB {digits(self.rng, 9)}",
            f"DON-{digits(self.rng, 6)}",
            f"LOT{digits(self.rng, 8)}",
        )

    def customer_number_energy(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 9, True)}",
            f"E-{digits(self.rng, 8)}",
            f"{digits(self.rng, 4, True)} {digits(self.rng, 4)} {digits(self.rng, 2)}",
        )
