"""Fillers of the held-out split test_v40 (seed 191): Dutch contact-center customers of energy, health insurance,
housing, municipal, lease, childcare and pension organisations, plus a few British and Belgian callers."""

from __future__ import annotations

import benchmarks.privacy_fillers_v40_pools  # noqa: F401  (registers POOLS["test_v40"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v40_numbers import (
    DAY_WORDS_NL,
    MONTH_NAMES,
    grouped,
    make_bsn,
    make_iban,
    numeric,
    ordinal_en,
    read_aloud,
    with_luhn,
)

_CONSONANTS = "BDFGHJKLNPRSTVXZ"
# The fourteen Dutch side codes: X is a letter, 9 a digit.
_SIDECODES = (
    "XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9",
    "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9",
)  # fmt: skip
_PARTICLES = ("van der", "van den", "van de", "van 't", "in 't", "op den", "ten", "ter", "van", "de")


def _capital(surname: str) -> str:
    return surname[:1].upper() + surname[1:]


class FillersV40(Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN, BSN, POSTCODE, ADDRESS*, CARD, DOB*, PLATE, CUSTOMER_NUMBER_*."""

    def _any(self, *options: str) -> str:
        return self.rng.choice(options)

    def _initials(self) -> str:
        letters = self.rng.sample("ABDEFGHIJKLMNPRSTW", self.rng.choice((1, 1, 2, 3)))
        return "".join(f"{letter}." for letter in letters)

    # ---- names
    def name_full(self, lang: str) -> str:
        return f"{self.pick('first')} {self.pick('surname')}"

    def name_first(self, lang: str) -> str:
        return self.pick("first")

    def name_child(self, lang: str) -> str:
        return self.pick("child")

    def name_surname(self, lang: str) -> str:
        return _capital(self.pick("surname"))

    def name_initials(self, lang: str) -> str:
        return f"{self._initials()} {self.pick('surname')}"

    def name_upper(self, lang: str) -> str:
        return self._any(self.name_full(lang), self.name_initials(lang)).upper()

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_double(self, lang: str) -> str:
        """Married or double-barrelled name: 'Anouk Bakker-de Vries'."""
        return f"{self.pick('first')} {self.pick('surname')}-{self.pick('surname')}"

    def name_register(self, lang: str) -> str:
        """Surname first, as in registers and CSV exports: 'Heijden, H.J. van der' or 'Kaya, Emre'."""
        surname = self.pick("surname")
        particle = next((p for p in _PARTICLES if surname.startswith(p + " ")), "")
        core = surname[len(particle) :].strip() if particle else surname
        given = self._any(self._initials(), self.pick("first"))
        return f"{core}, {given} {particle}".rstrip()

    # ---- e-mail
    def _mailbox(self) -> str:
        first = self.pick("first").lower()
        last = self.pick("surname").lower()
        for old, new in (("ş", "s"), ("ı", "i"), ("ü", "u"), ("ö", "o"), ("ç", "c"), ("ł", "l"), ("ś", "s"),
                         ("ń", "n"), ("é", "e"), ("ë", "e"), ("'", ""), ("ç", "c")):  # fmt: skip
            first, last = first.replace(old, new), last.replace(old, new)
        flat = last.replace(" ", "")
        year = str(self.rng.randint(1950, 2008))
        return self._any(
            f"{first}.{flat}", f"{first[0]}.{flat}", f"{first}{year[2:]}", f"{flat}{year}",
            f"{first}_{last.replace(' ', '_')}", f"{first[0]}{flat}", f"{first}-{flat}",
        )  # fmt: skip

    def email(self, lang: str) -> str:
        return f"{self._mailbox()}@{self.pick('domain')}"

    def email_upper(self, lang: str) -> str:
        return self.email(lang).upper()

    def email_obscured(self, lang: str) -> str:
        box, domain = self._mailbox(), self.pick("domain")
        name, _, tld = domain.rpartition(".")
        return self._any(f"{box} [at] {name} [dot] {tld}", f"{box}(at){domain}", f"{box} @ {domain}")

    def email_spoken(self, lang: str) -> str:
        box, domain = self._mailbox(), self.pick("domain")
        if lang == "nl":
            at, dot = self._any("apenstaartje", "at", "ad"), "punt"
        else:
            at, dot = "at", "dot"
        said = f"{box} {at} {domain}".replace(".", f" {dot} ").replace(
            "_", " underscore " if lang == "en" else " laag streepje "
        )
        return said.replace("-", " streepje " if lang == "nl" else " dash ").replace("  ", " ")

    # ---- phones
    def phone(self, lang: str) -> str:
        mobile = numeric(self.rng, 8)
        return self._any(
            f"06 {grouped(mobile, (2, 2, 2, 2))}", f"06{mobile}", f"06 - {grouped(mobile, (4, 4))}",
            f"+31 (0)6 {grouped(mobile, (4, 4))}", f"+316{mobile}", f"0031 6 {grouped(mobile, (3, 3, 2))}",
            f"(06) {grouped(mobile, (2, 3, 3))}", f"+31 6 {grouped(mobile, (2, 2, 2, 2))}",
            f"06.{grouped(mobile, (2, 2, 2, 2), '.')}",
            self.phone_landline(lang),
        )  # fmt: skip

    def phone_landline(self, lang: str) -> str:
        area = self._any("010", "020", "030", "040", "050", "058", "070", "072", "0513", "0592", "0475", "0318")
        rest = numeric(self.rng, 10 - len(area), first_nonzero=True)
        return self._any(
            f"{area}-{rest}", f"{area} {grouped(rest, (3, 2, 2) if len(rest) == 7 else (2, 2, 2))}",
            f"({area}) {rest}", f"+31 {area[1:]} {rest}", f"0031{area[1:]}{rest}",
        )  # fmt: skip

    def phone_uk(self, lang: str) -> str:
        tail = numeric(self.rng, 9)
        return self._any(f"+44 7{tail[:3]} {tail[3:]}", f"07{tail[:3]} {tail[3:6]} {tail[6:]}")

    def phone_spoken(self, lang: str) -> str:
        return read_aloud("06" + numeric(self.rng, 8), lang, self.rng)

    # ---- bank and card
    def iban(self, lang: str) -> str:
        value = make_iban("NL", self.pick("bank") + numeric(self.rng, 10))
        if self.rng.random() < 0.12:
            value = make_iban("BE", numeric(self.rng, 12))
        spaced = grouped(value, (4,) * 5)
        return self._any(value, spaced, spaced, value.lower(), spaced.lower(), grouped(value, (2, 2, 4, 10)))

    def card(self, lang: str) -> str:
        prefix = self._any("4", "4", "51", "55", "2720", "34", "37")
        if prefix in ("34", "37"):
            number = with_luhn(prefix + numeric(self.rng, 12))
            return self._any(number, grouped(number, (4, 6, 5)))
        number = with_luhn(prefix + numeric(self.rng, 15 - len(prefix)))
        return self._any(number, grouped(number, (4, 4, 4, 4)), grouped(number, (4, 4, 4, 4), "-"))

    # ---- government and address
    def bsn(self, lang: str) -> str:
        value = make_bsn(self.rng)
        return self._any(
            value, value, grouped(value, (4, 2, 3), "."), grouped(value, (3, 3, 3)), grouped(value, (3, 2, 4), "-")
        )

    def postcode(self, lang: str) -> str:
        letters = "".join(self.rng.choice("ABCDEGHJKLMNPRTVWXZ") for _ in range(2))
        digits = str(self.rng.randint(1000, 9999))
        return self._any(
            f"{digits} {letters}", f"{digits}{letters}", f"{digits} {letters}", f"{digits} {letters.lower()}"
        )

    def address(self, lang: str) -> str:
        number = self.rng.randint(1, 340)
        suffix = self._any("", "", "", "-A", " bis", "hs", " III", "-2", " B", "a", " zw", "-1hg", " rd")
        return f"{self.pick('street')} {number}{suffix}"

    def address_upper(self, lang: str) -> str:
        return self.address(lang).upper()

    def address_po(self, lang: str) -> str:
        return f"Postbus {self.rng.randint(12, 9850)}"

    def address_uk(self, lang: str) -> str:
        return f"{self._any('', 'Flat 4, ', '2nd floor, ')}{self.rng.randint(1, 199)} {self.pick('street_uk')}"

    # ---- dates of birth
    def dob(self, lang: str) -> str:
        year, month, day = self.rng.randint(1936, 2008), self.rng.randint(1, 12), self.rng.randint(1, 28)
        month_name = MONTH_NAMES[lang][month - 1]
        return self._any(
            f"{day:02d}-{month:02d}-{year}", f"{day}-{month}-{year}", f"{day:02d}/{month:02d}/{year}",
            f"{day} {month_name} {year}", f"{day:02d}{month:02d}{year}", f"{year}{month:02d}{day:02d}",
            f"{day:02d}-{month:02d}-'{str(year)[2:]}", f"{day} {month_name[:3]} {year}",
        )  # fmt: skip

    def dob_words(self, lang: str) -> str:
        year, month, day = self.rng.randint(1940, 2006), self.rng.randint(1, 12), self.rng.randint(1, 28)
        if lang == "nl":
            month_name = MONTH_NAMES["nl"][month - 1]
            return self._any(
                f"{DAY_WORDS_NL[day - 1]} {month_name} {year}",
                f"de {DAY_WORDS_NL[day - 1]} van {month_name} {year}",
                f"{day} {month_name} '{year % 100:02d}",
            )
        month_name = MONTH_NAMES["en"][month - 1]
        return self._any(f"the {ordinal_en(day)} of {month_name} {year}", f"{month_name} {ordinal_en(day)}, {year}")

    def dob_child(self, lang: str) -> str:
        year, month, day = self.rng.randint(2012, 2024), self.rng.randint(1, 12), self.rng.randint(1, 28)
        return self._any(f"{day:02d}-{month:02d}-{year}", f"{day} {MONTH_NAMES[lang][month - 1]} {year}")

    # ---- plates
    def plate(self, lang: str) -> str:
        pattern = self.rng.choice(_SIDECODES)
        value = "".join(
            self.rng.choice(_CONSONANTS) if c == "X" else str(self.rng.randrange(10)) if c == "9" else c
            for c in pattern
        )
        return self._any(value, value, value, value.replace("-", ""), value.lower(), value.replace("-", " "))

    # ---- customer, contract, policy and member numbers
    def customer_number(self, lang: str) -> str:
        return self._any(
            numeric(self.rng, 9, True), f"KN-{numeric(self.rng, 7)}", f"K{numeric(self.rng, 6)}-{numeric(self.rng, 1)}",
            f"C{numeric(self.rng, 8)}", grouped(numeric(self.rng, 10, True), (3, 3, 4)),
        )  # fmt: skip

    def customer_number_energy(self, lang: str) -> str:
        return self._any(
            f"EN{numeric(self.rng, 8)}", f"{numeric(self.rng, 3)}.{numeric(self.rng, 3)}.{numeric(self.rng, 3)}"
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._any(
            f"ZV-{numeric(self.rng, 9)}", f"{numeric(self.rng, 9, True)}", f"POL{numeric(self.rng, 7)}",
            f"{numeric(self.rng, 4)} {numeric(self.rng, 3)} {numeric(self.rng, 3)}",
        )  # fmt: skip

    def customer_number_tenant(self, lang: str) -> str:
        return self._any(f"HU{numeric(self.rng, 6)}", f"{numeric(self.rng, 5, True)}-{numeric(self.rng, 2)}")

    def customer_number_lease(self, lang: str) -> str:
        year = self._any("2022", "2023", "2024", "2025")
        return self._any(
            f"LC-{year}-{numeric(self.rng, 5)}", f"FL{numeric(self.rng, 7)}", f"{year}/{numeric(self.rng, 6)}"
        )

    def customer_number_pension(self, lang: str) -> str:
        return self._any(f"{numeric(self.rng, 10, True)}", f"PF {numeric(self.rng, 4)} {numeric(self.rng, 4)}")

    def customer_number_spoken(self, lang: str) -> str:
        return read_aloud(numeric(self.rng, 8, True), lang, self.rng)
