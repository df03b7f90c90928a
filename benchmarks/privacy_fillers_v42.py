"""Fillers of the held-out split test_v42 (seed 197): callers of gemeenten (taxes, parking permits), DUO, UWV,
hospitals and GPs, dentists, vets, gyms and sports clubs, car rental and sharing, furniture shops and rental
agencies, from Limburg, Brabant, Belgium, the German border, Curaçao and Aruba, Syria, Eritrea, China, Vietnam,
Portugal, the United States and Scotland. Every value is the personal datum only, without titles or labels."""

from __future__ import annotations

import unicodedata

from benchmarks import privacy_fillers_v42_world as world
from benchmarks.privacy_fillers_v42_accounts import AccountsV42
from benchmarks.privacy_fillers_v42_numbers import (
    MONTHS_EN,
    MONTHS_NL,
    draw_digits,
    en_ordinal,
    en_year,
    nl_number,
    nl_ordinal,
    nl_year,
)
from benchmarks.privacy_fillers_v42_pools import AGENTS, CHILDREN, ORIGINS, VIET_MIDDLE

_PARTICLES = ("van der", "van den", "van de", "van", "de", "ten", "op de")


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def _core(surname: str) -> tuple[str, str]:
    """'van de Ven' -> ('van de', 'Ven'); 'Houben' -> ('', 'Houben')."""
    for particle in _PARTICLES:
        if surname.startswith(particle + " "):
            return particle, surname[len(particle) + 1 :]
    return "", surname


class FillersV42(AccountsV42):
    """Values for NAME_*, EMAIL_*, PHONE_*, IBAN_*, BSN_*, POSTCODE_*, ADDRESS_*, CARD_*, DOB_*, PLATE_* and
    CUSTOMER_NUMBER_* slots."""

    def _person(self, origins: tuple[str, ...] = ()) -> tuple[str, str, str]:
        names = list(origins or ORIGINS)
        origin = self.rng.choices(names, weights=[ORIGINS[name][2] for name in names])[0]
        firsts, surnames, _ = ORIGINS[origin]
        return origin, self.rng.choice(firsts), self.rng.choice(surnames)

    def _initials(self) -> str:
        count = self.rng.choice((1, 1, 2, 2, 3))
        return "".join(f"{letter}." for letter in self.rng.sample("ABCDEFGHIJKLMNPRSTWY", count))

    # ---- names
    def name_full(self, lang: str) -> str:
        origin, first, surname = self._person()
        if origin == "china":
            return f"{surname} {first}" if self.rng.random() < 0.6 else f"{first} {surname}"
        if origin == "vietnam":
            return f"{surname} {self.rng.choice(VIET_MIDDLE)} {first}"
        if origin == "eritrea" and self.rng.random() < 0.4:
            return f"{first} {surname} {self.rng.choice(ORIGINS['eritrea'][1])}"
        if origin == "usa" and self.rng.random() < 0.4:
            return f"{first} {self.rng.choice('JRTWM')}. {surname}"
        return f"{first} {surname}"

    def name_first(self, lang: str) -> str:
        return self._person()[1]

    def name_surname(self, lang: str) -> str:
        surname = self._person()[2]
        return surname[0].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        return f"{self._initials()} {self._person(('holland', 'limburg', 'brabant', 'belgium', 'germany'))[2]}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_upper(self, lang: str) -> str:
        return self._one(self.name_full(lang), self.name_initials(lang)).upper()

    def name_reversed(self, lang: str) -> str:
        """Surname first, as in patient lists and exports: 'HOUBEN, J.M.', 'Gerven, Noud van', 'Tekle, Selam'."""
        _, first, surname = self._person()
        particle, core = _core(surname)
        given = self._one(first, self._initials())
        shown = f"{core}, {given}" + (f" {particle}" if particle else "")
        return shown.upper() if self.rng.random() < 0.3 else shown

    def name_spelled(self, lang: str) -> str:
        core = _core(self._person()[2])[1]
        letters = [ch for ch in _ascii(core).upper() if ch.isalpha()]
        return self._one("-".join(letters), " ".join(letters))

    def name_asian(self, lang: str) -> str:
        origin, first, surname = self._person(("china", "vietnam"))
        middle = f" {self.rng.choice(VIET_MIDDLE)}" if origin == "vietnam" else ""
        return f"{surname}{middle} {first}"

    def name_child(self, lang: str) -> str:
        return self.rng.choice(CHILDREN)

    def name_agent(self, lang: str) -> str:
        agent = self.rng.choice(AGENTS)
        return self._one(agent, f"{agent} {self.rng.choice('BDHKMSVW')}.")

    # ---- e-mail
    def _local(self) -> str:
        _, first, surname = self._person()
        first, flat = _ascii(first).lower(), _ascii(surname).lower().replace(" ", "").replace("'", "")
        year = str(self.rng.randint(1948, 2006))
        return self._one(
            f"{first}.{flat}", f"{first[0]}.{flat}", f"{flat}.{first}", f"{first}{flat}{year[2:]}",
            f"{first}_{flat}", f"{first}.{flat}{year}", f"{flat}{first[0]}", f"{first}-{flat}",
        )  # fmt: skip

    def email(self, lang: str) -> str:
        return f"{self._local()}@{self.pick('domain')}"

    def email_work(self, lang: str) -> str:
        return f"{self._local()}@{self.pick('work_domain')}"

    def email_student(self, lang: str) -> str:
        domain = self.pick("student_domain")
        box = self._one(self._local(), f"{self.rng.choice('isu')}{draw_digits(self.rng, 7, '1234569')}")
        return f"{box}@{domain}"

    def email_spoken(self, lang: str) -> str:
        text = f"{self._local()}@{self.pick('domain')}"
        if lang == "nl":
            words = {"@": self._one(" apenstaartje ", " at ", " ed "), ".": " punt ", "_": " liggend streepje ",
                     "-": " streepje "}  # fmt: skip
        else:
            words = {"@": " at ", ".": " dot ", "_": " underscore ", "-": " dash "}
        for mark, word in words.items():
            text = text.replace(mark, word)
        return " ".join(text.split())

    # ---- phones
    def phone(self, lang: str) -> str:
        return world.mobile_nl(self.rng) if self.rng.random() < 0.75 else world.landline_nl(self.rng)

    def phone_landline(self, lang: str) -> str:
        return world.landline_nl(self.rng)

    def phone_be(self, lang: str) -> str:
        return world.phone_be(self.rng)

    def phone_de(self, lang: str) -> str:
        return world.phone_de(self.rng)

    def phone_carib(self, lang: str) -> str:
        return world.phone_carib(self.rng)

    def phone_us(self, lang: str) -> str:
        return world.phone_us(self.rng)

    def phone_uk(self, lang: str) -> str:
        return world.phone_uk(self.rng)

    def phone_spoken(self, lang: str) -> str:
        return world.phone_spoken(self.rng, lang)

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        return world.postcode(self.rng)

    def postcode_spoken(self, lang: str) -> str:
        return world.postcode_spoken(self.rng, lang)

    def address(self, lang: str) -> str:
        return world.address_nl(self.rng, self.pick("street"))

    def address_lower(self, lang: str) -> str:
        return self.address(lang).lower()

    def address_words(self, lang: str) -> str:
        return world.address_words(self.rng, self.pick("street"))

    def address_be(self, lang: str) -> str:
        return world.address_be(self.rng, self.pick("street_be"))

    def address_de(self, lang: str) -> str:
        return world.address_de(self.rng, self.pick("street_de"))

    def address_carib(self, lang: str) -> str:
        return world.address_carib(self.rng, self.pick("street_carib"))

    def address_us(self, lang: str) -> str:
        return world.address_us(self.rng, self.pick("street_us"))

    def address_uk(self, lang: str) -> str:
        return world.address_uk(self.rng, self.pick("street_uk"))

    # ---- dates of birth
    def _birth(self, first: int = 1938, last: int = 2007) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(first, last)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = (MONTHS_NL if lang == "nl" else MONTHS_EN)[month - 1]
        short = name[:3] + ("." if lang == "en" else "")
        return self._one(
            f"{day:02d}-{month:02d}-{year}", f"{day:02d}.{month:02d}.{year}", f"{day}/{month}/{year}",
            f"{day} {short} {year}", f"{day} {name} {year}", f"{year}-{month:02d}-{day:02d}",
            f"{day}-{month}-{str(year)[2:]}", f"{day:02d}{month:02d}{year}", f"{day}.{month}.'{str(year)[2:]}",
        )  # fmt: skip

    def dob_words(self, lang: str) -> str:
        day, month, year = self._birth()
        if lang == "nl":
            name = MONTHS_NL[month - 1]
            return self._one(
                f"{'één' if day == 1 else nl_number(day)} {name} {nl_year(year)}",
                f"de {nl_ordinal(day)} {name} {nl_year(year)}", f"{day} {name} {nl_year(year)}",
                f"{nl_ordinal(day)} van de {nl_ordinal(month)}, {year}",
            )  # fmt: skip
        name = MONTHS_EN[month - 1]
        return self._one(f"the {en_ordinal(day)} of {name} {en_year(year)}", f"{name} {en_ordinal(day)}, {year}")

    def dob_us(self, lang: str) -> str:
        day, month, year = self._birth()
        return self._one(
            f"{month:02d}/{day:02d}/{year}", f"{MONTHS_EN[month - 1]} {day}, {year}", f"{month}-{day}-{str(year)[2:]}"
        )

    def dob_child(self, lang: str) -> str:
        day, month, year = self._birth(2011, 2023)
        return self._one(
            f"{day}-{month}-{year}", f"{day} {(MONTHS_NL if lang == 'nl' else MONTHS_EN)[month - 1]} {year}"
        )

    # ---- plates
    def plate(self, lang: str) -> str:
        return world.plate_nl(self.rng)

    def plate_be(self, lang: str) -> str:
        return world.plate_be(self.rng)

    def plate_de(self, lang: str) -> str:
        return world.plate_de(self.rng)
