"""Fillers of the held-out split test_v49 (seed 239), written without seeing the redaction rules.

Customers of internet and TV providers, streaming and gaming services, universities, libraries, museums,
theatres, airlines, ferries, parcel carriers, car dealers, home insurers and smart-lock firms: Dutch (Holland,
Friesland, Zeeland), Flemish and Walloon, Antillean, Cape Verdean, Iranian, Afghan, Kurdish, Pakistani,
Tamil, Punjabi, Japanese, Korean, Hungarian, Bulgarian, Greek, Irish and Scottish.
"""

from __future__ import annotations

import benchmarks.privacy_fillers_v49_pools  # noqa: F401  (registers POOLS["test_v49"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v49_accounts import AccountsV49
from benchmarks.privacy_fillers_v49_numbers import (
    MONTHS_EN,
    MONTHS_FR,
    MONTHS_NL,
    ascii_fold,
    chunk,
    digits,
    nl_words,
    ordinal_en,
    ordinal_nl,
    say_digits,
    spell_letters,
    year_words,
)

_PARTICLES = ("van der ", "van den ", "van de ", "van ", "de ", "in 't ", "ter ", "ten ")


class FillersV49(AccountsV49, Fillers):
    """Names, mail, phones, addresses, dates and plates; bank, card, BSN and account numbers in AccountsV49."""

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _person(self) -> tuple[str, str]:
        origin = self.pick("origin")
        first = self.pick(f"first_{origin}")
        if self.rng.random() < 0.2:  # mixed family, married name
            origin = self.pick("origin")
        return first, self.pick(f"surname_{origin}")

    # ---- names
    def name_full(self, lang: str) -> str:
        first, surname = self._person()
        return f"{first} {surname}"

    def name_first(self, lang: str) -> str:
        return self._person()[0]

    def name_surname(self, lang: str) -> str:
        surname = self._person()[1]
        return surname[0].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        first, surname = self._person()
        extra = "".join(f"{letter}." for letter in self.rng.sample("ACEHJMPW", self.rng.choice((0, 0, 1, 2))))
        initials = f"{first[0]}.{extra}" if not first.startswith(("Th", "Ij")) else f"{first[:2]}.{extra}"
        return self._one(f"{initials} {surname}", f"{initials} {surname}", f"{surname}, {initials}")

    def name_lower(self, lang: str) -> str:
        return self._one(self.name_full(lang), self.name_first(lang)).lower()

    def name_upper(self, lang: str) -> str:
        return self.name_full(lang).upper()

    def name_reversed(self, lang: str) -> str:
        """Passenger-list and register order: 'SIKKEMA/WIETSKE' or 'Stralen, Coen van'."""
        first, surname = self._person()
        if self.rng.random() < 0.5:
            return f"{ascii_fold(surname).upper()}/{ascii_fold(first).upper()}"
        particle = next((p for p in _PARTICLES if surname.startswith(p)), "")
        return f"{surname[len(particle) :]}, {first} {particle}".rstrip()

    def name_spelled(self, lang: str) -> str:
        """Surname said and then spelled: 'Wiersma, W van Willem, I van Izaak, ...' or 'Kilo Alfa Nov...'."""
        surname = self._person()[1]
        alphabet = "nl" if lang == "nl" and self.rng.random() < 0.7 else "nato"
        style = self._one("link", "words", "dash") if alphabet == "nl" else self._one("words", "link", "dash")
        spelled = spell_letters(ascii_fold(surname), alphabet, style)
        return self._one(f"{surname}, {spelled}", spelled, f"{surname} ({spelled})")

    def name_handle(self, lang: str) -> str:
        """A personal social-media handle without the '@' (the template writes that)."""
        first, surname = (ascii_fold(part) for part in self._person())
        year = self.rng.randint(1958, 2007) % 100
        return self._one(
            f"{first}_{surname}", f"{first}{surname}{year:02d}", f"{first[0]}{surname}", f"{first}.{surname[:3]}",
            f"{surname}_{first}", f"{first}{year:02d}x",
        )  # fmt: skip

    # ---- e-mail
    def _mailbox(self) -> str:
        first, surname = (ascii_fold(part) for part in self._person())
        number = self.rng.randint(1, 99)
        return self._one(
            f"{first}.{surname}", f"{first[0]}.{surname}", f"{first}{surname}", f"{surname}.{first}",
            f"{first}{number}", f"{first}_{surname}{number}", f"{first}-{surname}", f"info.{surname}",
        )  # fmt: skip

    def email(self, lang: str) -> str:
        return f"{self._mailbox()}@{self.pick('domain')}"

    def email_student(self, lang: str) -> str:
        first, surname = (ascii_fold(part) for part in self._person())
        return f"{self._one(f'{first[0]}.{surname}', f'{first}.{surname}')}@{self.pick('student_domain')}"

    def email_obscured(self, lang: str) -> str:
        box, domain = self._mailbox(), self.pick("domain")
        host, _, tld = domain.rpartition(".")
        return self._one(f"{box} (at) {host} (punt) {tld}", f"{box}[at]{domain}", f"{box} AT {host} DOT {tld}")

    def email_spoken(self, lang: str) -> str:
        box, domain = self._mailbox(), self.pick("domain")
        words = {
            "nl": (self._one("apenstaartje", "at", "et"), "punt", "streepje", "liggend streepje"),
            "en": ("at", "dot", "dash", "underscore"),
        }[lang]
        said = f"{box} {words[0]} {domain}"
        for char, word in ((".", words[1]), ("-", words[2]), ("_", words[3])):
            said = said.replace(char, f" {word} ")
        return " ".join(said.split())

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        return self._one(
            f"06-{rest}", f"06 {chunk(rest, (3, 3, 2))}", f"+31 6 {chunk(rest, (4, 4))}", f"+316{rest}",
            f"0031-6-{rest}", f"06 {chunk(rest, (2, 2, 2, 2))}", f"(06){rest}", f"06/{chunk(rest, (4, 4), '.')}",
            f"+31 (0) 6-{rest}", self.phone_landline(lang),
        )  # fmt: skip

    def phone_landline(self, lang: str) -> str:
        area = self._one("010", "020", "024", "043", "076", "013", "0111", "0113", "0118", "0515", "0517", "0299")
        rest = digits(self.rng, 10 - len(area), lead=True)
        sizes = (3, 2, 2) if len(rest) == 7 else (2, 2, 2)
        return self._one(
            f"{area}-{rest}", f"{area} {chunk(rest, sizes)}", f"{area} - {rest}",
            f"+31 {area[1:]} {chunk(rest, sizes)}", f"({area}) {chunk(rest, sizes, '-')}",
        )  # fmt: skip

    def phone_abroad(self, lang: str) -> str:
        rng = self.rng
        return self._one(
            f"+32 {self._one('470', '475', '486', '497')} {chunk(digits(rng, 6), (2, 2, 2))}",
            f"04{self._one('70', '77', '94')} {chunk(digits(rng, 6), (2, 2, 2))}",
            f"09 {chunk(digits(rng, 7, True), (3, 2, 2))}",
            f"+599 9 {self._one('5', '6')}{chunk(digits(rng, 6), (2, 4))}",
            f"+297 {self._one('56', '59', '73')}{digits(rng, 1)} {digits(rng, 4)}",
            f"+238 9{digits(rng, 2)} {chunk(digits(rng, 4), (2, 2))}",
            f"+98 912 {chunk(digits(rng, 7), (3, 4))}",
            f"+92 3{digits(rng, 2)} {digits(rng, 7)}",
            f"+91 9{digits(rng, 4)} {digits(rng, 5)}",
            f"+81 90-{digits(rng, 4)}-{digits(rng, 4)}",
            f"+82 10-{digits(rng, 4)}-{digits(rng, 4)}",
            f"+36 30 {chunk(digits(rng, 7), (3, 4))}",
            f"+359 88 {chunk(digits(rng, 7), (3, 4))}",
            f"+30 69{digits(rng, 1)} {chunk(digits(rng, 7), (3, 4))}",
            f"+353 8{self._one('3', '5', '7')} {chunk(digits(rng, 7), (3, 4))}",
            f"+44 7{digits(rng, 3)} {digits(rng, 6)}",
        )

    def phone_spoken(self, lang: str) -> str:
        return say_digits("06" + digits(self.rng, 8), lang, self.rng)

    # ---- addresses and postcodes
    def address(self, lang: str) -> str:
        extra = self._one("", "", "", "", "A", "-B", " bis", "-2", " 3hoog", " huis", "-III", " K1")
        return f"{self.pick('street_nl')} {self.rng.randint(1, 260)}{extra}"

    def address_number(self, lang: str) -> str:
        """A bare house number given next to a postcode ('huisnummer 14-A'): together they pin down the home."""
        return f"{self.rng.randint(1, 220)}{self._one('', '', '', '-A', 'B', ' bis', '-1', ' zwart')}"

    def address_upper(self, lang: str) -> str:
        return self.address(lang).upper()

    def address_be(self, lang: str) -> str:
        number = self.rng.randint(2, 340)
        return self._one(
            f"{self.pick('street_be')} {number}", f"{self.pick('street_be')} {number} bus {self.rng.randint(1, 31)}"
        )

    def address_fr(self, lang: str) -> str:
        return f"{self.rng.randint(1, 190)}, {self.pick('street_fr')}"

    def address_carib(self, lang: str) -> str:
        street = self.pick(self._one("street_cw", "street_aw"))
        return self._one(f"{street} {self.rng.randint(1, 120)}", f"{street} #{self.rng.randint(1, 80)}")

    def address_uk(self, lang: str) -> str:
        return self._one(
            f"{self.rng.randint(1, 400)} {self.pick('street_uk')}",
            f"Flat {self.rng.randint(1, 9)}/{self.rng.randint(1, 4)}, "
            f"{self.rng.randint(1, 300)} {self.pick('street_uk')}",
        )

    def _postcode_parts(self) -> tuple[str, str]:
        while True:
            letters = "".join(self.rng.choice("ABCEGHJKLMNPRTVWXZ") for _ in range(2))
            if letters not in ("SA", "SD", "SS"):
                return str(self.rng.randint(1011, 9999)), letters

    def postcode(self, lang: str) -> str:
        number, letters = self._postcode_parts()
        return self._one(
            f"{number} {letters}", f"{number}{letters}", f"{number} {letters.lower()}", f"{number}{letters.lower()}",
            f"{number}  {letters}", f"{number}-{letters}",
        )  # fmt: skip

    def postcode_spoken(self, lang: str) -> str:
        number, letters = self._postcode_parts()
        if lang == "en":
            return f"{say_digits(number, 'en', self.rng)}, {spell_letters(letters, 'nato', self._one('words', 'dash'))}"
        head = self._one(f"{nl_words(int(number[:2]))} {nl_words(int(number[2:]))}", say_digits(number, "nl", self.rng))
        if number[2] == "0":
            head = say_digits(number, "nl", self.rng)
        return f"{head} {spell_letters(letters, 'nl', self._one('link', 'dash', 'words'))}"

    # ---- dates of birth
    def _birth(self, young: bool = False) -> tuple[int, int, int]:
        year = self.rng.randint(2004, 2008) if young else self.rng.randint(1938, 2006)
        return self.rng.randint(1, 28), self.rng.randint(1, 12), year

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        if lang == "en":
            name = MONTHS_EN[month - 1]
            return self._one(
                f"{day} {name} {year}", f"{name} {day}, {year}", f"{day:02d}/{month:02d}/{year}",
                f"{ordinal_en(day)} {name[:3]} {year}", f"{year}-{month:02d}-{day:02d}", f"{day}.{month}.{year}",
            )  # fmt: skip
        name = MONTHS_NL[month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}", f"{day}-{month}-{year}", f"{day} {name} {year}",
            f"{day} {name[:3]}. {year}", f"{day:02d}.{month:02d}.{year}", f"{day:02d}/{month:02d}/{year}",
            f"{day:02d}-{month:02d}-'{year % 100:02d}", f"{year}/{month:02d}/{day:02d}",
        )  # fmt: skip

    def dob_student(self, lang: str) -> str:
        day, month, year = self._birth(young=True)
        return self._one(
            f"{day:02d}-{month:02d}-{year}", f"{day} {(MONTHS_NL if lang == 'nl' else MONTHS_EN)[month - 1]} {year}"
        )

    def dob_fr(self, lang: str) -> str:
        day, month, year = self._birth()
        return self._one(f"{'1er' if day == 1 else day} {MONTHS_FR[month - 1]} {year}", f"{day:02d}/{month:02d}/{year}")

    def dob_words(self, lang: str) -> str:
        day, month, year = self._birth()
        if lang == "en":
            name = MONTHS_EN[month - 1]
            return self._one(
                f"the {ordinal_en(day)} of {name}, {year_words(year, 'en')}",
                f"{name} {ordinal_en(day)} {year_words(year, 'en')}",
            )
        name = MONTHS_NL[month - 1]
        return self._one(
            f"{nl_words(day)} {name} {year_words(year, 'nl')}",
            f"{ordinal_nl(day)} {name} {year}",
            f"{nl_words(day)} {name} {year}",
        )

    # ---- licence plates
    def _dutch_plate(self) -> str:
        code = self._one(
            "XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9",
            "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9",
        )  # fmt: skip
        return "".join(
            self.rng.choice("BDFGHJKLNPRSTVXZ") if c == "X" else self.rng.choice("0123456789") if c == "9" else c
            for c in code
        )

    def plate(self, lang: str) -> str:
        value = self._dutch_plate()
        return self._one(value, value, value, value.lower(), value.replace("-", ""), value.replace("-", " "))

    def plate_spelled(self, lang: str) -> str:
        alphabet = "nl" if lang == "nl" else "nato"
        said = []
        for group in self._dutch_plate().split("-"):
            if group.isalpha():
                said.append(spell_letters(group, alphabet, self._one("words", "link")))
            else:
                said.append(self._one(group, say_digits(group, lang, self.rng)))
        return self._one(", ".join(said), " streepje ".join(said) if lang == "nl" else " dash ".join(said))

    def plate_be(self, lang: str) -> str:
        letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        value = f"{self._one('1', '2', '1')}-{letters}-{digits(self.rng, 3)}"
        return self._one(value, value.replace("-", ""), value.lower(), value.replace("-", " "))
