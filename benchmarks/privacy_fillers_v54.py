"""Fillers of the held-out split test_v54 (seed 269): claimants, patients, pensioners, tenants, students, heirs
and taxpayers of Dutch, Flemish and migrant backgrounds, written without seeing the redaction rules."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v54_pools  # noqa: F401  (registers POOLS["test_v54"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v54_numbers import (
    EN_SMALL,
    MONTHS,
    MONTHS_SHORT_NL,
    NL_SMALL,
    belgian_bban,
    chunk,
    digits,
    elfproef,
    luhn,
    mod97_iban,
    nl_number,
    pairs_spoken_nl,
    year_words,
)

_PLATE_CODES = ("LL-99-LL", "99-LLL-9", "9-LLL-99", "LL-999-L", "L-999-LL", "LLL-99-L", "L-99-LLL", "9-LL-999",
                "999-LL-9", "99-LL-LL", "LL-LL-99")  # fmt: skip
_PARTICLES = ("van den", "van der", "ten", "te", "ter", "de", "van")


def _plain(text: str) -> str:
    flat = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in flat if c.isascii() and (c.isalnum() or c in " -")).replace("'", "")


class FillersV54(Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD, DOB*, PLATE*, CUSTOMER_NUMBER*."""

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _letters(self, count: int, alphabet: str = "ABCDEFGHJKLMNPRSTVWXZ") -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(count))

    # ---- names
    def name_full(self, lang: str) -> str:
        return f"{self.pick('first')} {self.pick('surname')}"

    def name_first(self, lang: str) -> str:
        return self.pick("first")

    def name_surname(self, lang: str) -> str:
        surname = self.pick("surname")
        return surname[:1].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        initials = "".join(f"{c}." for c in self.rng.sample("ABCDGHJKLMRSTW", self.rng.choice((1, 2, 2, 3))))
        return f"{initials} {self.pick('surname')}"

    def name_upper(self, lang: str) -> str:
        return self._one(self.name_full(lang), self.name_initials(lang)).upper()

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_register(self, lang: str) -> str:
        """Surname first as in a CRM list: 'Molen, H. van der' or 'PAPADOPOULOS Eleni'."""
        surname, first = self.pick("surname"), self.pick("first")
        particle = next((p for p in _PARTICLES if surname.startswith(p + " ")), "")
        core = surname[len(particle) :].strip()
        return self._one(f"{core}, {first[0]}. {particle}".rstrip(), f"{surname.upper()} {first}", f"{core}, {first}")

    def name_married(self, lang: str) -> str:
        given = self._one(self.pick("first"), f"{self.pick('first')[0]}.")
        return f"{given} {self.pick('surname')}-{self.pick('surname')}"

    # ---- e-mail
    def _box(self) -> tuple[str, str]:
        first, last = _plain(self.pick("first")).replace(" ", ""), _plain(self.pick("surname"))
        flat = last.replace(" ", "").replace("-", "")
        year = str(self.rng.randint(1948, 2006))
        return self._one(
            f"{first}.{flat}", f"{first[0]}{flat}", f"{flat}.{first[0]}", f"{first}{year[2:]}", f"{first}.{flat}{year}",
            f"{flat}-{first}", f"{first[:3]}{flat[:4]}",
        ), self.pick("domain")  # fmt: skip

    def email(self, lang: str) -> str:
        box, domain = self._box()
        return f"{box}@{domain}"

    def email_upper(self, lang: str) -> str:
        return self._one(self.email(lang).upper(), self.email(lang).capitalize())

    def email_spoken(self, lang: str) -> str:
        box, domain = self._box()
        dot, at = ("punt", self._one("apenstaart", "apestaartje", "at")) if lang == "nl" else ("dot", "at")
        dash = "streepje" if lang == "nl" else "dash"
        said = f"{box} {at} {domain}".replace(".", f" {dot} ").replace("-", f" {dash} ")
        return " ".join(said.split())

    # ---- phones
    def phone(self, lang: str) -> str:
        tail = digits(self.rng, 8)
        area = self._one("053", "0544", "0543", "050", "0592", "073", "0591", "0546", "0314", "0523")
        rest = digits(self.rng, 10 - len(area), lead=True)
        split = chunk(rest, (3, 2, 2) if len(rest) == 7 else (2, 2, 2))
        return self._one(
            f"06 {chunk(tail, (4, 4))}", f"06-{chunk(tail, (2, 2, 2, 2), '.')}", f"+31 6 {chunk(tail, (3, 3, 2))}",
            f"+31(0)6-{tail}", f"0031-6-{tail}", f"06 {chunk(tail, (2, 3, 3))}", f"{area}-{chunk(rest, (3, 3))}",
            f"{area} {rest}", f"+31 {area[1:]} {rest}", f"({area}) {split}", f"06{tail}",
        )  # fmt: skip

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if lang == "nl" and self.rng.random() < 0.6:
            return pairs_spoken_nl(number)
        words = NL_SMALL if lang == "nl" else ("oh", *EN_SMALL[1:10])
        return " ".join(words[int(c)] for c in number)

    def phone_intl(self, lang: str) -> str:
        return self._one(
            f"+32 4{digits(self.rng, 2)} {chunk(digits(self.rng, 6), (2, 2, 2))}",
            f"0032 {digits(self.rng, 1, True)} {chunk(digits(self.rng, 7), (3, 2, 2))}",
            f"+49 15{digits(self.rng, 1)} {digits(self.rng, 8)}", f"+353 8{digits(self.rng, 1)} {digits(self.rng, 7)}",
            f"+44 7{digits(self.rng, 3)} {digits(self.rng, 6)}", f"+40 7{chunk(digits(self.rng, 8), (2, 3, 3))}",
            f"04{digits(self.rng, 2)}/{chunk(digits(self.rng, 6), (2, 2, 2), '.')}",
        )  # fmt: skip

    # ---- bank and cards
    def _iban_value(self) -> str:
        roll = self.rng.random()
        if roll < 0.7:
            return mod97_iban("NL", self.pick("bank") + digits(self.rng, 10))
        if roll < 0.82:
            return mod97_iban("BE", belgian_bban(self.rng))
        if roll < 0.9:
            return mod97_iban("DE", digits(self.rng, 18, True))
        return self._one(
            mod97_iban("IE", "BOFI" + digits(self.rng, 14)), mod97_iban("RO", "BTRL" + digits(self.rng, 16)),
            mod97_iban("ES", digits(self.rng, 20)), mod97_iban("IT", "X" + digits(self.rng, 10) + digits(self.rng, 12)),
        )  # fmt: skip

    def iban(self, lang: str) -> str:
        value = self._iban_value()
        spaced = chunk(value, (4,) * 8)
        return self._one(value, spaced, spaced, value.lower(), spaced.lower(), f"{value[:2]} {value[2:4]} {spaced[5:]}")

    def iban_spoken(self, lang: str) -> str:
        value = mod97_iban("NL", self.pick("bank") + digits(self.rng, 10))
        words = NL_SMALL if lang == "nl" else EN_SMALL
        spelled = " ".join(value[4:8])
        return f"{value[0]} {value[1]} {nl_number(int(value[2:4])) if lang == 'nl' else value[2:4]} {spelled} " + (
            " ".join(words[int(c)] for c in value[8:])
        )

    def card(self, lang: str) -> str:
        kind = self._one("visa", "visa", "mc", "mc2", "amex")
        if kind == "amex":
            number = luhn(self._one("34", "37") + digits(self.rng, 12))
            return self._one(chunk(number, (4, 6, 5)), number)
        head = {"visa": "4", "mc": self._one("51", "53", "55"), "mc2": "22" + str(self.rng.randint(21, 71))}[kind]
        number = luhn(head + digits(self.rng, 15 - len(head)))
        return self._one(number, chunk(number, (4, 4, 4, 4)), chunk(number, (4, 4, 4, 4), "-"), chunk(number, (4,) * 4))

    # ---- BSN, postcodes, addresses
    def bsn(self, lang: str) -> str:
        value = elfproef(self.rng)
        return self._one(
            value, value, chunk(value, (3, 3, 3), "."), chunk(value, (4, 2, 3)), chunk(value, (2, 3, 4), "-")
        )

    def bsn_spoken(self, lang: str) -> str:
        words = NL_SMALL if lang == "nl" else EN_SMALL
        value = elfproef(self.rng)
        return ", ".join(" ".join(words[int(c)] for c in part) for part in (value[:3], value[3:6], value[6:]))

    def postcode(self, lang: str) -> str:
        number, letters = str(self.rng.randint(1011, 9999)), self._letters(2, "ABCDEGHJKLMNPRSTVWXZ")
        return self._one(
            f"{number} {letters}", f"{number}{letters}", f"{number}{letters.lower()}", f"{number}  {letters}"
        )

    def postcode_spoken(self, lang: str) -> str:
        number, letters = self.rng.randint(1011, 9999), self._letters(2, "ABCDEGHJKLMNPRSTVWXZ")
        hundreds, rest = divmod(number, 100)
        if lang == "nl":
            return f"{nl_number(hundreds)} {nl_number(rest)} {letters[0]} {letters[1]}"
        return f"{' '.join(EN_SMALL[int(c)] for c in str(number))} {letters[0]} {letters[1]}"

    def address(self, lang: str) -> str:
        suffix = self._one("", "", "", "a", "-B", " 2-hoog", " bis", "-14", " III", " hs", "F")
        return f"{self.pick('street')} {self.rng.randint(1, 280)}{suffix}"

    def address_upper(self, lang: str) -> str:
        return self.address(lang).upper()

    def address_be(self, lang: str) -> str:
        extra = self._one("", f" bus {self.rng.randint(1, 22)}", f"/{self.rng.randint(1, 9)}", "")
        return f"{self.pick('street_be')} {self.rng.randint(1, 310)}{extra}"

    def address_en(self, lang: str) -> str:
        return f"{self._one('', 'Apt 3, ', 'Flat 12, ')}{self.rng.randint(1, 140)} {self.pick('street_en')}"

    # ---- dates of birth
    def _birth(self, young: int = 2007) -> tuple[int, int, int]:
        return self.rng.randint(1929, young), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def dob(self, lang: str) -> str:
        year, month, day = self._birth()
        named = MONTHS[lang][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}", f"{day}-{month}-'{year % 100:02d}", f"{day:02d}.{month:02d}.{year}",
            f"{day} {named} {year}", f"{day} {MONTHS_SHORT_NL[month - 1] if lang == 'nl' else named[:3]} {year}",
            f"{day:02d}/{month:02d}/{year}", f"{year}-{month:02d}-{day:02d}", f"{day}-{month}-{year}",
        )  # fmt: skip

    def dob_words(self, lang: str) -> str:
        year, month, day = self._birth(2005)
        if lang == "nl":
            return f"{nl_number(day)} {MONTHS['nl'][month - 1]} {year_words(year, 'nl')}"
        return f"the {day}{'th' if 10 < day < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')} of " + (
            f"{MONTHS['en'][month - 1]} {year_words(year, 'en')}"
        )

    # ---- plates
    def plate(self, lang: str) -> str:
        code = self.rng.choice(_PLATE_CODES)
        value = "".join(
            self.rng.choice("BDFGHJKLNPRSTVXZ") if c == "L" else str(self.rng.randrange(10)) if c == "9" else c
            for c in code
        )
        return self._one(value, value, value, value.lower(), value.replace("-", ""), value.replace("-", " "))

    def plate_foreign(self, lang: str) -> str:
        return self._one(
            f"1-{self._letters(3)}-{digits(self.rng, 3)}", f"2-{self._letters(3)}-{digits(self.rng, 3)}",
            f"{self._one('BOR', 'KLE', 'MS', 'EMS')}-{self._letters(2)} {digits(self.rng, 3, True)}",
        )  # fmt: skip

    # ---- customer, policy, patient, student and participant numbers
    def customer_number(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 8, True), f"KL{digits(self.rng, 7)}", chunk(digits(self.rng, 9, True), (3, 3, 3))
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 2, True)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}", f"SCH-{digits(self.rng, 8)}",
            f"RV{digits(self.rng, 6)}/{digits(self.rng, 2)}", f"{digits(self.rng, 10, True)}",
            f"UV {digits(self.rng, 4)} {digits(self.rng, 4)}",
        )  # fmt: skip

    def customer_number_patient(self, lang: str) -> str:
        return self._one(digits(self.rng, 6, True), f"P{digits(self.rng, 7)}", digits(self.rng, 5, True))

    def customer_number_pension(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 4, True)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}", f"DN{digits(self.rng, 9)}"
        )

    def customer_number_tenant(self, lang: str) -> str:
        return self._one(f"{digits(self.rng, 6, True)}", f"H{digits(self.rng, 5)}-{digits(self.rng, 2)}")

    def customer_number_student(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 1, True)}{self._letters(1)}{digits(self.rng, 6)}", digits(self.rng, 7, True)
        )

    def customer_number_spoken(self, lang: str) -> str:
        value = digits(self.rng, 8, True)
        if lang == "nl":
            pairs = (value[i : i + 2] for i in range(0, 8, 2))
            return " ".join(nl_number(int(p)) if p[0] != "0" else f"nul {NL_SMALL[int(p[1])]}" for p in pairs)
        return " ".join(EN_SMALL[int(c)] for c in value)
