"""Fillers of the held-out split test_v57 (seed 281): movers at utilities, home-loan and rental customers,
debt-help and childcare-allowance clients, outpatients, optician, subscription, parcel, vet and cemetery
customers, of Dutch, Flemish, Caribbean, Asian, African and European backgrounds."""

from __future__ import annotations

import benchmarks.privacy_fillers_v57_pools  # noqa: F401  (registers POOLS["test_v57"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v57_numbers import (
    MONTHS_EN,
    MONTHS_FR,
    MONTHS_NL,
    chunks,
    digits,
    elfproef,
    luhn_digit,
    mod97_iban,
    pair_nl,
    spell,
)

_SPELLING_NL = dict(zip("ABCDEGHJKLMNPRSTVWXZ", (
    "Anton", "Bernard", "Cornelis", "Dirk", "Eduard", "Gerard", "Hendrik", "Johan", "Karel", "Lodewijk",
    "Maria", "Nico", "Pieter", "Rudolf", "Simon", "Theodoor", "Victor", "Willem", "Xantippe", "Zacharias",
), strict=True))  # fmt: skip
_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
_SIDE_CODES = ("XX-99-XX", "99-XXX-9", "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "9-XX-999", "99-XX-XX")


class FillersV57(Fillers):
    """Every upper-case slot of TEST_V57_PII has a method here."""

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _surname(self) -> str:
        name = self.pick("surname")
        return name[0].upper() + name[1:]

    # ---- names
    def name_surname(self, lang: str) -> str:
        return self._surname()

    def name_initials(self, lang: str) -> str:
        return f"{self.pick('initials')} {self.pick('surname')}"

    def name_upper(self, lang: str) -> str:
        return self._one(self.name_full(lang), self.name_initials(lang)).upper()

    def name_register(self, lang: str) -> str:
        return f"{self._surname()}, {self._one(self.pick('initials'), self.pick('first'))}"

    # ---- e-mail
    def _box(self) -> str:
        first, last = self.pick("first").lower(), self.pick("surname").lower()
        for src, dst in zip("ğşçöüéèáóńłıà", "gscoueeaonlia", strict=True):
            first, last = first.replace(src, dst), last.replace(src, dst)
        last = last.replace("'", "").replace(" ", "").replace("-", "")
        return self._one(
            f"{first}.{last}", f"{first[0]}{last}", f"{last}.{first[0]}", f"{first}{digits(self.rng, 2)}",
            f"{first}_{last}{self.rng.randint(70, 99)}", f"fam.{last}", f"{first}-{last}",
        )  # fmt: skip

    def email(self, lang: str) -> str:
        return f"{self._box()}@{self.pick('domain')}"

    def email_obfuscated(self, lang: str) -> str:
        box, domain = self._box(), self.pick("domain")
        host, _, tld = domain.rpartition(".")
        return self._one(f"{box} at {host} punt {tld}", f"{box}[at]{domain}", f"{box} (@) {host} (.) {tld}")

    def email_spoken(self, lang: str) -> str:
        box, domain = self._box(), self.pick("domain")
        at, dot, under = ("apenstaart", "punt", "underscore") if lang == "nl" else ("at", "dot", "underscore")
        text = f"{box} {at} {domain}".replace(".", f" {dot} ").replace("_", f" {under} ").replace("-", " min ")
        return " ".join(text.split())

    # ---- phones
    def phone(self, lang: str) -> str:
        tail = digits(self.rng, 8)
        if self.rng.random() < 0.3:
            return self._landline()
        return self._one(
            f"06 {chunks(tail, (4, 4))}", f"06-{chunks(tail, (2, 2, 2, 2), '-')}", f"+31(0)6{tail}",
            f"+31 6 {chunks(tail, (3, 3, 2))}", f"0 6 {chunks(tail, (2, 3, 3))}", f"06/{tail}", f"06{tail}",
        )  # fmt: skip

    def _landline(self) -> str:
        area = self._one("020", "070", "030", "038", "0591", "010", "016")
        if area == "016":  # Leuven, Belgian landline
            return f"016 {chunks(digits(self.rng, 6, '2345678'), (2, 2, 2))}"
        rest = digits(self.rng, 10 - len(area), "23456789")
        return self._one(
            f"{area}-{chunks(rest, (3, 4) if len(rest) == 7 else (2, 4))}", f"+31 {area[1:]} {rest}", f"{area} {rest}"
        )

    def phone_intl(self, lang: str) -> str:
        return self._one(
            f"+32 4{digits(self.rng, 2)} {chunks(digits(self.rng, 6), (2, 2, 2))}",
            f"+599 9 {chunks(digits(self.rng, 7, '5678'), (3, 4))}",
            f"+599 7{digits(self.rng, 2, '01')}-{digits(self.rng, 4)}",
            f"00597 8{digits(self.rng, 6)}",
            f"+49 171 {digits(self.rng, 7)}",
            f"+353 87 {chunks(digits(self.rng, 7), (3, 4))}",
            f"+40 7{digits(self.rng, 2)} {chunks(digits(self.rng, 6), (3, 3))}",
            f"+48 {chunks(digits(self.rng, 9, '5678'), (3, 3, 3))}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if lang == "nl" and self.rng.random() < 0.5:
            return "nul zes " + " ".join(pair_nl(number[i : i + 2]) for i in range(2, 10, 2))
        if lang == "nl" and self.rng.random() < 0.5:
            return f"nul zes, {spell(number[2:6], lang)}, {spell(number[6:], lang)}"
        return spell(number, lang)

    # ---- bank
    def _nl_iban(self) -> str:
        return mod97_iban("NL", self.pick("bank") + digits(self.rng, 10))

    def iban(self, lang: str) -> str:
        value = self._nl_iban() if self.rng.random() < 0.85 else mod97_iban("BE", digits(self.rng, 12))
        spaced = chunks(value, (4,) * 5)
        return self._one(value, spaced, spaced, spaced.lower(), value.lower(), chunks(value, (4,) * 5, "-"))

    def iban_foreign(self, lang: str) -> str:
        value = self._one(
            mod97_iban("BE", digits(self.rng, 12)),
            mod97_iban("DE", digits(self.rng, 18)),
            mod97_iban("IE", "AIBK" + digits(self.rng, 14)),
            mod97_iban("FR", digits(self.rng, 10) + "A" + digits(self.rng, 12)),
        )
        return self._one(value, chunks(value, (4,) * 8))

    def iban_spoken(self, lang: str) -> str:
        value = self._nl_iban()
        head = " ".join(value[:2]) + " " + spell(value[2:4], lang)
        return f"{head}, {' '.join(value[4:8])}, {spell(value[8:], lang)}"

    # ---- national id
    def bsn(self, lang: str) -> str:
        value = elfproef(self.rng)
        return self._one(value, value, chunks(value, (3, 3, 3)), chunks(value, (3, 3, 3), "."), chunks(value, (4, 5)))

    def bsn_spoken(self, lang: str) -> str:
        return spell(elfproef(self.rng), lang)

    # ---- postcode and address
    def _pc(self) -> tuple[str, str]:
        letters = "".join(self.rng.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))
        return digits(self.rng, 4, "123456789"), letters

    def postcode(self, lang: str) -> str:
        number, letters = self._pc()
        return self._one(
            f"{number} {letters}", f"{number}{letters}", f"{number}{letters}", f"{number} {letters.lower()}",
            f"{number}-{letters}", f"{number}  {letters}",
        )  # fmt: skip

    def postcode_spoken(self, lang: str) -> str:
        number, letters = self._pc()
        spelled = " ".join(_SPELLING_NL[ch] for ch in letters)
        return self._one(f"{number} {spelled}", f"{spell(number, 'nl')} {' '.join(letters)}")

    def _house(self) -> str:
        number = str(self.rng.randint(1, 389))
        return number + self._one("", "", "", "-A", " 2hg", "bis", " huis", "-1", " C")

    def address(self, lang: str) -> str:
        return f"{self.pick('street_nl')} {self._house()}"

    def address_upper(self, lang: str) -> str:
        return f"{self.pick('street_nl')} {self._house()}".upper()

    def address_be(self, lang: str) -> str:
        street, number = self.pick("street_be"), self.rng.randint(2, 240)
        return self._one(f"{street} {number}", f"{street} {number} bus {self.rng.randint(1, 12)}")

    def address_en(self, lang: str) -> str:
        return self._one(
            f"{self.rng.randint(3, 180)} {self.pick('street_en')}",
            f"Flat {self.rng.randint(1, 20)}, {self.rng.randint(3, 99)} {self.pick('street_en')}",
        )

    # ---- card
    def card(self, lang: str) -> str:
        brand = self._one("visa", "visa", "mc", "mc2", "amex")
        if brand == "amex":
            body = self._one("34", "37") + digits(self.rng, 12)
            number = body + luhn_digit(body)
            return self._one(chunks(number, (4, 6, 5)), number)
        prefix = {"visa": "4", "mc": "5" + self._one("1", "3", "5"), "mc2": "22" + self._one("3", "5", "7")}[brand]
        body = prefix + digits(self.rng, 15 - len(prefix))
        number = body + luhn_digit(body)
        return self._one(chunks(number, (4, 4, 4, 4)), number, chunks(number, (4, 4, 4, 4), "-"))

    # ---- date of birth
    def dob(self, lang: str) -> str:
        year, month, day = self.rng.randint(1932, 2007), self.rng.randint(1, 12), self.rng.randint(1, 28)
        if lang == "en":
            return self._one(
                f"{day} {MONTHS_EN[month - 1]} {year}", f"{MONTHS_EN[month - 1]} {day}, {year}",
                f"{day:02d}/{month:02d}/{year}", f"{year}-{month:02d}-{day:02d}",
            )  # fmt: skip
        return self._one(
            f"{day:02d}-{month:02d}-{year}", f"{day}-{month}-{year}", f"{day} {MONTHS_NL[month - 1]} {year}",
            f"{day:02d}.{month:02d}.{year}", f"{day} {MONTHS_NL[month - 1][:3]}. {year}",
            f"{day}/{month}/{year % 100:02d}", f"{year}{month:02d}{day:02d}", f"{day} {MONTHS_FR[month - 1]} {year}",
        )  # fmt: skip

    # ---- plates
    def plate(self, lang: str) -> str:
        code = self.rng.choice(_SIDE_CODES)
        value = "".join(
            self.rng.choice(_PLATE_LETTERS) if ch == "X" else str(self.rng.randint(0, 9)) if ch == "9" else ch
            for ch in code
        )
        return self._one(value, value, value.lower(), value.replace("-", ""), value.replace("-", " "))

    def plate_be(self, lang: str) -> str:
        letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3))
        return self._one(f"1-{letters}-{digits(self.rng, 3)}", f"2{letters}{digits(self.rng, 3)}")

    # ---- customer, contract and dossier numbers (they point to one person)
    def customer_number_energy(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 9, "1234"),
            f"KL{digits(self.rng, 7)}",
            f"2{digits(self.rng, 3)} {digits(self.rng, 4)} {digits(self.rng, 2)}",
        )

    def customer_number_loan(self, lang: str) -> str:
        return self._one(
            f"HYP-{digits(self.rng, 8)}", f"{digits(self.rng, 3)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}"
        )

    def customer_number_rent(self, lang: str) -> str:
        return self._one(f"H{digits(self.rng, 6)}", f"{digits(self.rng, 5)}-{digits(self.rng, 2)}")

    def customer_number_patient(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 7, "3456789"), f"PT {digits(self.rng, 8)}", f"{digits(self.rng, 3)}-{digits(self.rng, 4)}"
        )

    def customer_number_subscriber(self, lang: str) -> str:
        return self._one(
            f"AB{digits(self.rng, 8)}", f"{digits(self.rng, 4)} {digits(self.rng, 4)}", digits(self.rng, 10, "5")
        )

    def customer_number_vet(self, lang: str) -> str:
        return self._one(f"C-{digits(self.rng, 5)}", f"cl{digits(self.rng, 6)}")

    def customer_number_debt(self, lang: str) -> str:
        return self._one(
            f"SHV/{digits(self.rng, 4, '2')}/{digits(self.rng, 5)}", f"D{digits(self.rng, 2)}-{digits(self.rng, 6)}"
        )

    def customer_number_grave(self, lang: str) -> str:
        return self._one(f"RH-{digits(self.rng, 6)}", f"{digits(self.rng, 6)}/R")
